import type { ApiErrorCode } from '../../shared/errors.ts';

/** Why a call to the central API failed, in terms the sync engine acts on. */
export type ApiErrorKind = ApiErrorCode;

export interface ApiErrorDetails {
  status?: number;
  retryAfterMs?: number;
  expectedSeq?: number;
  /** A 401 for an access token past its time: renewable with the refresh token, once. */
  expired?: boolean;
  /** The server's own code for a refusal (the error body's `error`), e.g. `not_your_team`. */
  code?: string;
  /** What the server said of its refusal (the error body's `message`), without the console's framing. */
  said?: string;
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
