import type { TFunction } from 'i18next';
import type { ContractError } from '../../../shared/contract.ts';
import { errorText } from '../../lib/errorText.ts';

const CODES = ['no_sender', 'already_blocked', 'block_not_found'] as const;
type BlockCode = (typeof CODES)[number];
const isBlockCode = (code: string): code is BlockCode => (CODES as readonly string[]).includes(code);

/** The block list's own refusals in the agent's words; anything else as every other failure. */
export function blockErrorText(t: TFunction, error: ContractError): string {
  return isBlockCode(error.code) ? t(`block.errors.${error.code}`) : errorText(t, error);
}
