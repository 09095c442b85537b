import type { TFunction } from 'i18next';
import type { ContractError } from '../../../shared/contract.ts';
import { BLOCK_ERROR_CODES, type BlockErrorCode } from '../../../shared/errors.ts';
import { errorText } from '../../lib/errorText.ts';

const isBlockCode = (code: string): code is BlockErrorCode => (BLOCK_ERROR_CODES as readonly string[]).includes(code);

/** The block list's own refusals in the agent's words; anything else as every other failure. */
export function blockErrorText(t: TFunction, error: ContractError): string {
  return isBlockCode(error.code) ? t(`block.errors.${error.code}`) : errorText(t, error);
}
