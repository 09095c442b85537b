// The browser harness: the console's main-process side (ConsoleController) in plain Node,
// serving the built renderer and answering the contract over loopback HTTP + SSE behind a
// random token. End-to-end tests drive a real Chromium against it; no Electron needed.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { answerClientError } from '../../node/client-error.ts';
import { ENTITY_NAMES, type AppEvent } from '../../shared/events.ts';
import { ConsoleController } from '../console/controller.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { createHandlers, type Handlers } from '../ipc/handlers.ts';
import { contentType, resolveInside } from '../static-files.ts';
import { BRIDGE_SCRIPT } from './bridge.ts';
import { HttpError, readBody, requireJsonType } from '../../server/http.ts';
import { allowedHostsFromEnv, guardRequest, GUARDED_SERVER_OPTIONS } from '../../server/request-guard.ts';

export interface HarnessOptions {
  profilesRoot: string;
  rendererDir: string;
  scenarioDir?: string;
}

const MAX_BODY = 1024 * 1024;
/** This computer's names and addresses (and ATIENDE_ALLOWED_HOSTS): a web page's rebound name gets nothing. */
const ALLOWED_HOSTS = allowedHostsFromEnv();

export class Harness {
  readonly controller: ConsoleController;
  readonly token = randomBytes(24).toString('hex');
  private readonly handlers: Handlers;
  private readonly listeners = new Set<ServerResponse>();
  private readonly options: HarnessOptions;
  private server: Server | null = null;

  constructor(options: HarnessOptions) {
    this.options = options;
    if (!existsSync(join(options.rendererDir, 'index.html'))) {
      throw new Error(`No built renderer in ${options.rendererDir}: run npm run build first`);
    }
    this.controller = new ConsoleController({
      profilesRoot: options.profilesRoot,
      emit: (event) => this.broadcast(event),
      ...(options.scenarioDir ? { scenarioDir: options.scenarioDir } : {}),
    });
    // A browser tab opens links itself; the harness only answers whether one is allowed.
    this.handlers = createHandlers(this.controller, { openUrl: () => undefined });
  }

  async listen(port = 0): Promise<string> {
    const server = createServer(GUARDED_SERVER_OPTIONS, (req, res) => void this.handle(req, res));
    server.on('clientError', answerClientError((_status, code, message) => ({ ok: false, error: { code, message } })));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return this.url;
  }

  /** What to open: the token rides in the query once; the page keeps it for the tab. */
  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('The harness is not listening');
    return `http://127.0.0.1:${address.port}/?token=${this.token}`;
  }

  async close(): Promise<void> {
    for (const res of this.listeners) res.end();
    this.listeners.clear();
    await this.controller.close();
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://harness');
    try {
      guardRequest(req, ALLOWED_HOSTS);
      if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        if (!this.authorised(req.headers['x-atiende-token'])) return refuse(res, 401, 'unauthorized', 'Bad token');
        const input = await readRpcInput(req);
        return reply(res, 200, await dispatch(this.handlers, url.pathname.slice(5), input));
      }
      if (req.method === 'GET' && url.pathname === '/events') {
        if (!this.authorised(url.searchParams.get('token') ?? undefined)) return refuse(res, 401, 'unauthorized', 'Bad token');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write(': connected\n\n');
        this.listeners.add(res);
        // A page that connects after events went out (it was still loading) catches up: the
        // current sync status, and a nudge for every view to read the cache again.
        const status = this.controller.session().status;
        if (status) res.write(`data: ${JSON.stringify({ type: 'sync', status } satisfies AppEvent)}\n\n`);
        res.write(`data: ${JSON.stringify({ type: 'changed', entities: [...ENTITY_NAMES] } satisfies AppEvent)}\n\n`);
        req.on('close', () => this.listeners.delete(res));
        return;
      }
      if (req.method === 'GET') return this.serveStatic(url.pathname, res);
      refuse(res, 405, 'method_not_allowed', `${req.method ?? ''} is not served here`);
    } catch (error) {
      if (error instanceof HttpError) return refuse(res, error.status, error.code, error.message, error.headers);
      refuse(res, 400, 'bad_request', error instanceof Error ? error.message : String(error));
    }
  }

  private authorised(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string' || given.length !== this.token.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(this.token));
  }

  private broadcast(event: AppEvent): void {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of this.listeners) res.write(frame);
  }

  private serveStatic(pathname: string, res: ServerResponse): void {
    if (pathname === '/__atiende_bridge.js') {
      res.writeHead(200, { 'content-type': contentType('bridge.js'), 'cache-control': 'no-store' });
      res.end(BRIDGE_SCRIPT);
      return;
    }
    const file = resolveInside(this.options.rendererDir, pathname);
    // A folder is no file to serve: 404, as for anything missing.
    if (file === null || !existsSync(file) || !statSync(file).isFile()) return refuse(res, 404, 'not_found', 'No such file');
    let body: string | Buffer = readFileSync(file);
    if (file.endsWith('index.html')) {
      // Deferred like the app's module script, so the bridge still runs first (in document order)
      // but the parser does not stop to fetch it: the app's scripts are asked for at once, as in
      // Electron, where the preload is there before the page without a fetch.
      body = body.toString('utf8').replace('<script', '<script defer src="/__atiende_bridge.js"></script>\n    <script');
    }
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' });
    res.end(body);
  }
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Every refusal carries a code, as the contract's errors do. */
function refuse(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  reply(res, status, { ok: false, error: { code, message } }, headers);
}

async function readRpcInput(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_BODY, '1 MiB');
  requireJsonType(req, body.length > 0);
  return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
}
