// Every code main answers a failed call with, in one list: the renderer words each one in the
// agent's language (i18n/main.ts must have a sentence for every code it words), and main throws
// them through one typed error, so a code cannot be misspelt on either side.

/** Why a call to the central API failed, in terms the sync engine acts on (ApiError's kind). */
export const API_ERROR_CODES = [
  'unauthorized', // 401: sign in again; the outbox is kept
  'device_revoked', // 403 device_revoked: wipe this profile
  'retry_later', // 429/503: wait Retry-After
  'sequence_gap', // 409: the server expects another seq
  'resync_required', // 410: the server no longer knows our cursor
  'bad_response', // the server answered something that is not the protocol
  'rejected_request', // 4xx: this request will never succeed as it is
  'unavailable', // network error or 5xx: back off and retry
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The block list's refusals, which its own panel words (the renderer's `block.errors`). */
export const BLOCK_ERROR_CODES = ['no_sender', 'already_blocked', 'block_not_found'] as const;
export type BlockErrorCode = (typeof BLOCK_ERROR_CODES)[number];

/** Why a command was refused before anything was queued. */
export const COMMAND_ERROR_CODES = [
  'case_not_found', 'empty_reply', 'reply_too_long', 'invalid_status',
  'invalid_template', 'template_not_found', 'not_owner',
  'reason_required', 'unknown_reason', 'resolution_required', 'not_public', 'invalid_target',
  ...BLOCK_ERROR_CODES, 'invalid_block',
  'not_assigned', 'customer_not_found', 'invalid_note',
  'no_identity', 'same_customer', 'identity_not_found', 'only_identity', 'invalid_unlink', 'not_this_customer', 'merge_not_found',
  'not_supervisor', 'invalid_setting',
] as const;
export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number];

/** Why main refused a call itself: its input, the profile, or what the call asked about. */
export const CALL_ERROR_CODES = [
  'invalid_input', 'unknown_operation', 'bad_request', 'no_profile', 'profile', 'schema_too_new', 'insecure_server',
  'not_refused', 'not_filtered', 'not_triaged', 'invalid_zone', 'schedule_not_found',
] as const;

export const ERROR_CODES = [...API_ERROR_CODES, ...COMMAND_ERROR_CODES, ...CALL_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** The codes main's catalog words; the block list words its own. */
export type WordedErrorCode = Exclude<ErrorCode, BlockErrorCode>;

/** An error with a code the console words; the contract carries it as `{code, message}`. */
export class CodedError<C extends string = ErrorCode> extends Error {
  readonly code: C;

  constructor(code: C, message: string) {
    super(message);
    this.code = code;
    this.name = 'CodedError';
  }
}
