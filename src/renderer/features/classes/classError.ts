// A failed class call in the trainer's words: the console's sentence for each code it knows
// (class_online_only, not_trainer, class_not_found…); a refusal of the server's own (a finished
// class, an unknown trainee, a broken script naming its file and step) keeps what the server said.
import type { TFunction } from 'i18next';
import type { ContractError } from '../../../shared/contract.ts';
import { errorText } from '../../lib/errorText.ts';

export const classErrorText = (t: TFunction, error: ContractError): string =>
  error.code === 'rejected_request' ? t('classes.refused', { message: error.message }) : errorText(t, error);
