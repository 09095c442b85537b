import { z } from 'zod';
import { EDITABLE_SETTINGS } from '../../shared/business-settings.ts';

export const PUT_SETTING = 'put_setting';
/**
 * A supervisor's new version of a settings document (business hours, auto-replies, retention, the QA scorecard), validated
 * by the server with the same schema the consoles read it with. `baseVersion` is the version
 * the supervisor edited (null: none had reached their console): someone else's save since then
 * makes it `conflict` / `stale_setting`, while their own earlier saves queued on top do not.
 */
export const PutSettingArgs = z.object({
  settingId: z.enum(EDITABLE_SETTINGS),
  value: z.json(),
  baseVersion: z.int().nonnegative().nullable(),
});
