// Serving the built renderer's files, shared by the app:// protocol and the browser harness.
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

export const contentType = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream';

/** The file a URL path names inside `root` (`/` is index.html), or null if it would leave root. */
export function resolveInside(root: string, pathname: string): string | null {
  const base = normalize(root + sep);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null; // malformed %-escapes
  }
  const file = normalize(join(base, decoded));
  return file.startsWith(base) ? file : null;
}
