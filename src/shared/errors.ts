// Every code main answers a failed call with, in one list: the renderer words each one in the
// agent's language (i18n/main.ts must have a sentence for every code it words), and main throws
// them through one typed error, so a code cannot be misspelt on either side.

/**
 * Why the central API refused a pushed mutation (a push result's `reason`): every reason the
 * server's push, its guards and its mutation modules answer, typed there so none is misspelt.
 * The console keeps the reason with the refused change and words those it knows (the case's
 * refused changes, the business-hours page). The wire keeps `reason` a string: a newer server
 * may answer one this list does not have yet, shown then in the server's own words.
 */
export const REFUSAL_REASONS = [
  // the push itself: an unknown name, args its schema refuses, a seq used by another mutation
  'unknown_mutation', 'invalid_args', 'seq_reused',
  // who may: the case's assignee, a template's author, a supervisor
  'case_not_found', 'not_assigned', 'not_owner', 'not_supervisor',
  // replies, moves to a private channel and case states
  'duplicate_message', 'not_public', 'invalid_target', 'reason_required', 'unknown_reason', 'resolution_required',
  // out-of-hours auto-replies
  'already_auto_replied', 'not_in_case', 'stale_auto_reply', 'invalid_dedupe_key', 'invalid_notice_text',
  // the block list
  'duplicate_block', 'already_blocked', 'block_not_found',
  // notes on a customer, links, merges and their undoing
  'customer_not_found', 'not_in_scope', 'duplicate_note', 'duplicate_merge', 'customer_merged', 'no_identity', 'not_this_customer',
  'identity_not_found', 'only_identity', 'merge_not_found', 'already_undone', 'no_shared_key', 'link_not_validated',
  // settings documents
  'invalid_setting', 'stale_setting',
  // QA reviews: who reviews which pack's cases, the answers against the scorecard, disputes
  'pack_not_found', 'not_pack_reviewer', 'case_not_in_pack', 'duplicate_review', 'already_reviewed', 'unknown_scorecard',
  'invalid_answers', 'review_not_found', 'not_reviewed_agent', 'review_disputed', 'unknown_criterion', 'duplicate_dispute',
  'already_disputed', 'dispute_not_found', 'already_resolved', 'not_reviewer', 'review_too_large',
  // the product chosen at classification; the coaching plan, written by a supervisor of the agent's team
  'unknown_product', 'unknown_agent', 'not_team_supervisor', 'objective_not_found',
  // reassigning a case: a case outside the supervisor's teams (forbidden), an agent outside them (invalid_target)
  'forbidden',
  // derivations: to an area of the routing document or an agent, one open at a time, answered by whom it went to
  // (no_recipient: an area with no member but the caller, the caller, or no agent or supervisor)
  'unknown_area', 'already_derived', 'duplicate_derivation', 'not_derived', 'not_in_area', 'no_recipient',
  // listening: a post no longer listed, or one a case was already opened from; a like on a channel that has none
  'post_not_found', 'already_opened', 'no_likes',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

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
  'already_reviewed', 'unknown_scorecard', 'invalid_answers', 'invalid_review', 'review_not_found', 'not_reviewed_agent',
  'dispute_not_found', 'not_reviewer',
  // a customer message's type and the noise filter
  'not_triaged', 'not_filtered',
  // the product, the peer-answer mark and the coaching plan
  'unknown_product', 'not_team_supervisor', 'invalid_coaching', 'objective_not_found',
  // derivations
  'unknown_area', 'already_derived', 'not_derived', 'not_in_area', 'invalid_derivation', 'no_recipient', 'unknown_agent',
  // listening posts
  'post_not_found', 'already_opened', 'already_reacted',
  // a like on a message: only a customer's comment or mention, cached, on a channel that has likes
  'not_customer_message', 'message_not_found', 'no_likes',
] as const;
export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number];

/**
 * Why the central API refused a QA draw or a calibration (the error body's code), and `online_only`:
 * drawing needs the server, which sees every case.
 */
export const QA_ERROR_CODES = [
  'no_agents', 'unknown_agent', 'unknown_team', 'not_your_team', 'invalid_period', 'empty_period', 'nothing_to_draw',
  'pack_not_found', 'unknown_reviewer', 'online_only',
] as const;
export type QaErrorCode = (typeof QA_ERROR_CODES)[number];

/** Why main refused a call itself: its input, the profile, or what the call asked about. */
export const CALL_ERROR_CODES = [
  'invalid_input', 'unknown_operation', 'bad_request', 'no_profile', 'profile', 'schema_too_new', 'insecure_server',
  'not_refused', 'invalid_zone', 'schedule_not_found', 'cache_locked',
  // a report period or drill-down the synced snapshot does not hold, asked offline
  'reports_offline',
  // the team view asks the central API each time
  'team_online_only',
  // a class lives on the sandbox server: the trainer's calls need it
  'class_online_only', 'not_trainer', 'class_not_found',
  // the server's refusals of a trainer's call: a finished class, a trainee or their case it does not have, a broken script
  'class_finished', 'trainee_not_found', 'trainee_case_not_found', 'invalid_script',
  // a trainee joining a class: a wrong or used code, a server that gives no classes
  'class_code_refused', 'no_classes',
] as const;

export const ERROR_CODES = [...API_ERROR_CODES, ...COMMAND_ERROR_CODES, ...CALL_ERROR_CODES, ...QA_ERROR_CODES] as const;
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
