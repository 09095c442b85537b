import { PutSettingArgs, type PUT_SETTING } from '../../../protocol/mutations/put-setting.ts';
import type { MutationModule } from './module.ts';

/**
 * Not applied here until the server takes it: the auto-reply engine reads the settings row, and
 * a refused document must never have been in force. The editor shows it pending instead.
 */
export const putSetting: MutationModule<typeof PUT_SETTING> = {
  args: PutSettingArgs,
  effect: () => undefined,
  announces: [],
};
