// HTTP client of the central API. Every response is validated against src/protocol before the
// engine sees it; failures become ApiErrors that say what to do next.
import type { z } from 'zod';
import { prettifyError } from 'zod';
import { ApiError, parseRetryAfter } from './api-error.ts';
import { AUTH_ERRORS, LoginResponse, RefreshResponse } from '../../protocol/auth.ts';
import { INSECURE_SERVER_MESSAGE, transportOf } from '../../shared/transport.ts';
import { DirectoryResponse } from '../../protocol/directory.ts';
import { ErrorBody } from '../../protocol/errors.ts';
import {
  ClassBoard, ClassCase, ClassGrade, ClassList, ClassMessageResponse, ClassScripts, ClassStartResponse, ClassSummary, ClassTimeline,
  type ClassControlRequest, type ClassMessageRequest, type ClassStartRequest,
} from '../../protocol/classes.ts';
import { CalibrationResponse, DrawResponse, type CalibrationRequest, type DrawRequest } from '../../protocol/qa.ts';
import { OperationReport, ReportCases, ReportSnapshots, type ReportQuery } from '../../protocol/reports.ts';
import { HealthResponse, PullResponse, PushResponse, type Mutation } from '../../protocol/sync.ts';
import { PresenceResponse, TeamResponse } from '../../protocol/team.ts';
import type { PresenceState } from '../../shared/presence.ts';

export interface ApiClientOptions {
  baseUrl: string;
  /** Read at each call, so a fresh sign-in takes effect without a new client. */
  token: () => string | null;
  /** Renews an expired access token (with the refresh token); a call refused as expired is then repeated once. */
  renew?: () => Promise<void>;
  timeoutMs?: number;
}

/** Whether a call carries the token: always (refused without one), never, or when one is held. */
type Authentication = boolean | 'when-held';

export class ApiClient {
  readonly baseUrl: string;
  private readonly options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  login(username: string, password: string, deviceId?: string): Promise<LoginResponse> {
    return this.call('/v1/auth/login', { username, password, deviceId }, LoginResponse, false);
  }

  /** A trainee's one-time class code signs them in (`POST /v1/classes/join`), as a login would. */
  joinClass(code: string, deviceId?: string): Promise<LoginResponse> {
    return this.call('/v1/classes/join', { code, deviceId }, LoginResponse, false);
  }

  /** Trades a refresh token for new tokens; the one sent stops working. */
  refresh(refreshToken: string): Promise<RefreshResponse> {
    return this.call('/v1/auth/refresh', { refreshToken }, RefreshResponse, false);
  }

  /** Ends this token's session on the server (its refresh token too). */
  async logout(timeoutMs = 5000): Promise<void> {
    await this.send('POST', '/v1/auth/logout', {}, true, AbortSignal.timeout(timeoutMs), true, true);
  }

  pull(cursor: string | null, limit: number): Promise<PullResponse> {
    return this.call('/v1/sync/pull', { cursor, limit }, PullResponse);
  }

  /** `epoch`: the server epoch of the console's cursor, so a restored server never applies a change twice. */
  push(clientId: string, mutations: z.infer<typeof Mutation>[], epoch: string | null = null): Promise<PushResponse> {
    return this.call('/v1/sync/push', { clientId, epoch, mutations }, PushResponse);
  }

  /** The organisation's customer directory: by words, or by shared phone, e-mail or handle keys. */
  searchCustomers(query: string, keys: string[] = []): Promise<DirectoryResponse> {
    return this.call('/v1/customers/search', { query, keys }, DirectoryResponse);
  }

  /** A QA sample: the preview, or (confirmed) the pack created; supervisors only, online only. */
  qaDraw(request: DrawRequest): Promise<DrawResponse> {
    return this.call('/v1/qa/draw', request, DrawResponse);
  }

  /** Opens a calibration session: the same cases for several supervisors. */
  qaCalibration(request: CalibrationRequest): Promise<CalibrationResponse> {
    return this.call('/v1/qa/calibrations', request, CalibrationResponse);
  }

  /** One period of the operation's reports (the caller's audience: their teams, or themselves). */
  report(query: ReportQuery): Promise<OperationReport> {
    return this.call(`/v1/reports?${searchOf(query)}`, undefined, OperationReport, true, 'GET');
  }

  /** The per-case rows behind a report's figures, narrowed to a drill-down's group. */
  reportCases(query: ReportQuery): Promise<ReportCases> {
    return this.call(`/v1/reports/cases?${searchOf(query)}`, undefined, ReportCases, true, 'GET');
  }

  /** The last 8 weeks by week and the current month, to keep for reading offline. */
  reportSnapshots(): Promise<ReportSnapshots> {
    return this.call('/v1/reports/snapshots', undefined, ReportSnapshots, true, 'GET');
  }

  /** Says the user's presence; the server stamps it with its own clock. */
  presence(state: PresenceState): Promise<PresenceResponse> {
    return this.call('/v1/presence', { state }, PresenceResponse);
  }

  /** The supervisor's team view: each agent's load and presence, the teams' queue. */
  team(): Promise<TeamResponse> {
    return this.call('/v1/team', undefined, TeamResponse, true, 'GET');
  }

  /** Trainers: the class scripts on the sandbox server. */
  classScripts(): Promise<ClassScripts> {
    return this.call('/v1/classes/scripts', undefined, ClassScripts, true, 'GET');
  }

  classes(): Promise<{ classes: ClassSummary[] }> {
    return this.call('/v1/classes', undefined, ClassList, true, 'GET');
  }

  startClass(request: ClassStartRequest): Promise<ClassStartResponse> {
    return this.call('/v1/classes', request, ClassStartResponse);
  }

  classControl(request: ClassControlRequest): Promise<ClassSummary> {
    return this.call('/v1/classes/control', request, ClassSummary);
  }

  classMessage(request: ClassMessageRequest): Promise<{ delivered: number }> {
    return this.call('/v1/classes/message', request, ClassMessageResponse);
  }

  classBoard(classId: string): Promise<ClassBoard> {
    return this.call(`/v1/classes/board?${searchOf({ class: classId })}`, undefined, ClassBoard, true, 'GET');
  }

  classGrade(classId: string): Promise<ClassGrade> {
    return this.call(`/v1/classes/grade?${searchOf({ class: classId })}`, undefined, ClassGrade, true, 'GET');
  }

  classTimeline(classId: string): Promise<ClassTimeline> {
    return this.call(`/v1/classes/timeline?${searchOf({ class: classId })}`, undefined, ClassTimeline, true, 'GET');
  }

  classCase(classId: string, trainee: string, caseId: string): Promise<ClassCase> {
    return this.call(`/v1/classes/case?${searchOf({ class: classId, trainee, case: caseId })}`, undefined, ClassCase, true, 'GET');
  }

  /**
   * Listens to the SSE stream of content-free pokes ("pull now"). Calls `onOpen` once
   * connected and `onPoke` per poke; resolves when the stream ends.
   */
  async events(handlers: { onOpen: () => void; onPoke: () => void }, signal: AbortSignal): Promise<void> {
    const response = await this.send('GET', '/v1/sync/events', undefined, true, signal, false);
    if (!response.body) throw new ApiError('bad_response', 'The event stream has no body');
    handlers.onOpen();
    await readPokes(response.body, handlers.onPoke);
  }

  /**
   * Unauthenticated: the server's clock (the offline limit reads it before anything is pushed),
   * and whether it is a training sandbox (asked before a password goes over plain http). The
   * token goes along when one is held: a class's trainee reads their class's clock, the one
   * their pulls carry, not the server's.
   */
  health(): Promise<HealthResponse> {
    return this.call('/v1/health', undefined, HealthResponse, 'when-held', 'GET');
  }

  private async call<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    authenticated: Authentication = true,
    method = 'POST',
  ): Promise<z.infer<S>> {
    const response = await this.send(method, path, body, authenticated);
    const text = await response.text().catch((error: unknown) => {
      throw new ApiError('unavailable', `The connection dropped while reading ${path}: ${String(error)}`);
    });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError('bad_response', `The central API answered ${path} with something that is not JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError(
        'bad_response',
        `The central API answered ${path} with a malformed payload: ${prettifyError(parsed.error)}`,
      );
    }
    return parsed.data;
  }

  private async send(
    method: string,
    path: string,
    body: unknown,
    authenticated: Authentication,
    signal?: AbortSignal,
    timeout = true,
    renewed = false,
  ): Promise<Response> {
    // Nothing, password or token, goes to a plain-http server off this computer (see transport.ts).
    if (transportOf(this.baseUrl) === 'refused') throw new ApiError('rejected_request', INSECURE_SERVER_MESSAGE);
    const headers: Record<string, string> = { accept: method === 'GET' ? 'text/event-stream' : 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (authenticated) {
      const token = this.options.token();
      if (token) headers.authorization = `Bearer ${token}`;
      else if (authenticated === true) throw new ApiError('unauthorized', 'Not signed in');
    }
    const signals = [signal, timeout ? AbortSignal.timeout(this.options.timeoutMs ?? 30_000) : undefined];
    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined)),
      });
    } catch (error) {
      throw new ApiError('unavailable', `Cannot reach ${this.baseUrl}: ${describe(error)}`);
    }
    if (response.ok) return response;
    const error = await toApiError(response, path);
    if (authenticated === true && !renewed && error.details.expired === true && this.options.renew) {
      await this.options.renew();
      return this.send(method, path, body, authenticated, signal, timeout, true);
    }
    throw error;
  }
}

/** A query's fields as a query string, those left out omitted. */
const searchOf = (query: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]]))).toString();

async function toApiError(response: Response, path: string): Promise<ApiError> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
  const body = parsed.success ? parsed.data : null;
  const said = body?.message ?? body?.error ?? response.statusText;
  const status = response.status;
  if (status === 401 && body?.error === 'bad_credentials') return new ApiError('rejected_request', said, { status });
  if (status === 401 && body?.error === AUTH_ERRORS.tokenExpired) {
    return new ApiError('unauthorized', `The access token expired: ${said}`, { status, expired: true });
  }
  if (status === 401) return new ApiError('unauthorized', `Signed out by the server: ${said}`, { status });
  if (status === 403 && body?.error === 'device_revoked') {
    return new ApiError('device_revoked', 'This device was revoked by an administrator', { status });
  }
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    return new ApiError('retry_later', `The server asked to retry later (${status})`, {
      status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (status === 409 && body?.expectedSeq !== undefined) {
    return new ApiError('sequence_gap', `The server expected mutation ${body.expectedSeq}`, {
      status,
      expectedSeq: body.expectedSeq,
    });
  }
  if (status === 410 && body?.error === 'resync_required') {
    return new ApiError('resync_required', `The server asked for a full resync: ${said}`, { status });
  }
  // The server's code is kept on a 5xx too: a broken class script is the server's fault, and says which.
  const own = body ? { code: body.error, said } : {};
  if (status >= 500) return new ApiError('unavailable', `Server error ${status} on ${path}: ${said}`, { status, ...own });
  return new ApiError('rejected_request', `The server refused ${path} (${status}): ${said}`, { status, ...own });
}

async function readPokes(stream: ReadableStream<Uint8Array>, onPoke: () => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of stream) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^event: poke$/m.test(event)) onPoke();
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}
