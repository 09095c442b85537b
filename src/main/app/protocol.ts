// The renderer is served from app://atiende/ rather than file://, so it has a real origin,
// a CSP header, and no way to read other files on disk.
import { readFile } from 'node:fs/promises';
import { contentType, resolveInside } from '../static-files.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://atiende`;

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Compared by scheme and host: URL.origin is "null" for custom schemes outside Chromium.
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'atiende';
  } catch {
    return false;
  }
}

/** Answers one app:// request from `rendererDir`; anything outside it is a 404. */
export async function serveApp(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (!isAppUrl(request.url)) return new Response('Not found', { status: 404 });
  const file = resolveInside(rendererDir, url.pathname);
  if (file === null) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: { 'content-type': contentType(file), 'content-security-policy': CSP },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
