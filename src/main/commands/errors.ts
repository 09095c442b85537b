// Why a command was refused before anything was queued: a code the console words in the
// agent's language, and a message in plain English for logs and the CLI.
export type CommandErrorCode =
  | 'case_not_found' | 'empty_reply' | 'reply_too_long' | 'invalid_status'
  | 'invalid_template' | 'template_not_found' | 'not_owner'
  | 'reason_required' | 'unknown_reason' | 'resolution_required' | 'not_public' | 'invalid_target'
  | 'no_sender' | 'already_blocked' | 'block_not_found' | 'invalid_block'
  | 'not_assigned' | 'customer_not_found' | 'invalid_note'
  | 'no_identity' | 'same_customer' | 'identity_not_found' | 'only_identity' | 'invalid_unlink' | 'not_this_customer' | 'merge_not_found'
  | 'not_supervisor' | 'invalid_setting';

export class CommandError extends Error {
  readonly code: CommandErrorCode;

  constructor(code: CommandErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'CommandError';
  }
}
