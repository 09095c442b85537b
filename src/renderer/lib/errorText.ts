// A failed call in plain words: known contract error codes have a sentence of their own; any
// other failure shows main's message inside a generic sentence, so nothing fails silently.
import type { TFunction } from 'i18next';
import type { ContractError } from '../../shared/contract.ts';

const KNOWN = [
  'unauthorized', 'unavailable', 'device_revoked', 'retry_later', 'bad_response', 'rejected_request',
  'invalid_input', 'no_profile', 'case_not_found', 'empty_reply', 'reply_too_long', 'invalid_status',
  'not_refused', 'not_owner', 'invalid_template', 'template_not_found',
  'not_assigned', 'customer_not_found', 'invalid_note',
  'no_identity', 'same_customer', 'identity_not_found', 'only_identity', 'invalid_unlink', 'not_this_customer', 'merge_not_found',
] as const;
type KnownCode = (typeof KNOWN)[number];

const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

export function errorText(t: TFunction, error: ContractError): string {
  return isKnown(error.code) ? t(`errors.${error.code}`) : t('errors.generic', { message: error.message });
}
