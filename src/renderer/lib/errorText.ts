// A failed call in plain words: every code main may answer has a sentence of its own in the
// shared catalog (src/shared/i18n/main.ts), which may quote main's message (a broken class
// script names its file and step); any other failure shows main's message inside a generic
// sentence, so nothing fails silently.
import type { TFunction } from 'i18next';
import type { ContractError } from '../../shared/contract.ts';
import { isErrorCode } from '../../shared/i18n/main.ts';

export function errorText(t: TFunction, error: ContractError): string {
  return isErrorCode(error.code) ? t(`errors.${error.code}`, { message: error.message }) : t('errors.generic', { message: error.message });
}
