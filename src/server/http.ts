// Small HTTP helpers for the sandbox server: JSON in and out, errors as `{error, message}`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
/**
 * Deeper than any request of the protocol (a settings document inside a push is under 15):
 * zod and JSON.stringify recurse, so a body nested thousands deep would overflow the stack.
 */
const MAX_JSON_DEPTH = 64;

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
  }
}

/** Too large: answered, then the connection closes, since the rest of the body is never read. */
export const tooLarge = (limit: string): HttpError =>
  new HttpError(413, 'too_large', `Request body over ${limit}`, {}, { connection: 'close' });

/** The body's bytes, refused past `max` (by its declared length at once, else as it arrives). */
export async function readBody(req: IncomingMessage, max: number, limit: string): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  const body = await readBody(req, MAX_BODY_BYTES, '10 MiB');
  requireJsonType(req, body.length > 0);
  let json: unknown;
  try {
    json = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad_json', 'The request body is not valid JSON');
  }
  if (nestedDeeperThan(json, MAX_JSON_DEPTH)) throw new HttpError(400, 'too_deep', `The request body is nested over ${MAX_JSON_DEPTH} levels deep`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(400, 'bad_request', z.prettifyError(parsed.error));
  return parsed.data;
}

/** Whether arrays and objects nest more than `max` deep; walked without recursion. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth === max) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(res, error.status, { error: error.code, message: error.message, ...error.extra }, error.headers);
    return;
  }
  sendJson(res, 500, { error: 'internal', message: error instanceof Error ? error.message : String(error) });
}

/** A body is JSON or nothing: `text/plain` and forms (what a page may send cross-site without asking) are refused. */
export function requireJsonType(req: IncomingMessage, hasBody: boolean): void {
  const type = req.headers['content-type'];
  if (type === undefined ? !hasBody : /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) return;
  throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json');
}
