/** Why a call to the central API failed, in terms the sync engine acts on. */
export type ApiErrorKind =
  | 'unauthorized' // 401: sign in again; the outbox is kept
  | 'device_revoked' // 403 device_revoked: wipe this profile
  | 'retry_later' // 429/503: wait Retry-After
  | 'sequence_gap' // 409: the server expects another seq
  | 'resync_required' // 410: the server no longer knows our cursor
  | 'bad_response' // the server answered something that is not the protocol
  | 'rejected_request' // 4xx: this request will never succeed as it is
  | 'unavailable'; // network error or 5xx: back off and retry

export interface ApiErrorDetails {
  status?: number;
  retryAfterMs?: number;
  expectedSeq?: number;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly details: ApiErrorDetails;

  constructor(kind: ApiErrorKind, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.kind = kind;
    this.details = details;
    this.name = 'ApiError';
  }

  get retryable(): boolean {
    return this.kind === 'retry_later' || this.kind === 'unavailable';
  }
}

/** Parses Retry-After: delta-seconds or an HTTP date, relative to `now`. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
