// Why a command was refused before anything was queued: a code the console words in the
// agent's language, and a message in plain English for logs and the CLI.
import { CodedError, type CommandErrorCode } from '../../shared/errors.ts';

export type { CommandErrorCode };

export class CommandError extends CodedError<CommandErrorCode> {
  constructor(code: CommandErrorCode, message: string) {
    super(code, message);
    this.name = 'CommandError';
  }
}
