// What an administrator does to the settings documents (contact reasons, where public cases
// move to private, priority rules, satisfaction surveys, …): publish a new version, seen by every console on its next
// pull. Contact reasons, products, move-to-private targets, business hours, auto-replies, retention, the QA scorecard, the survey (`csat`) and routing are checked
// first, so a typo never reaches the consoles, unless the trainer asks for `unchecked` to rehearse
// what an invalid document does (consoles keep their defaults and say so); `priority_rules` is
// always stored as sent.
import { z } from 'zod';
import { AUTO_REPLIES_SETTING, AutoReplies } from '../shared/autoreply/index.ts';
import { CONTACT_REASONS_SETTING, ContactReasonsDocument } from '../shared/contact-reasons.ts';
import { CSAT_SETTING, CsatSettings } from '../shared/csat/settings.ts';
import { LISTENING_SETTING, ListeningDocument } from '../shared/listening/document.ts';
import { BUSINESS_HOURS_SETTING, BusinessHours } from '../shared/hours/index.ts';
import { MOVE_TO_PRIVATE_SETTING, MoveToPrivateDocument } from '../shared/move-to-private.ts';
import { PRODUCTS_SETTING, ProductsDocument } from '../shared/products.ts';
import { QA_SCORECARDS_SETTING, ScorecardsDocument } from '../shared/qa/scorecard.ts';
import { RETENTION_SETTING, Retention } from '../shared/retention.ts';
import { ROUTING_SETTING, RoutingDocument } from '../shared/routing/document.ts';
import { HttpError } from './http.ts';
import type { ServerStore } from './store/store.ts';

export const SettingRequest = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/),
  value: z.json(),
  /** Publishes the document as sent, valid or not: a class rehearsing a broken one. */
  unchecked: z.boolean().default(false),
});

const KNOWN: Record<string, z.ZodType> = {
  [CONTACT_REASONS_SETTING]: ContactReasonsDocument,
  [MOVE_TO_PRIVATE_SETTING]: MoveToPrivateDocument,
  [BUSINESS_HOURS_SETTING]: BusinessHours,
  [AUTO_REPLIES_SETTING]: AutoReplies,
  [RETENTION_SETTING]: Retention,
  [QA_SCORECARDS_SETTING]: ScorecardsDocument,
  [PRODUCTS_SETTING]: ProductsDocument,
  [CSAT_SETTING]: CsatSettings,
  [ROUTING_SETTING]: RoutingDocument,
  [LISTENING_SETTING]: ListeningDocument,
};

/** Why a settings document cannot be published, or null. */
export function settingProblem(id: string, value: unknown): string | null {
  const schema = KNOWN[id];
  const parsed = schema?.safeParse(value);
  return parsed && !parsed.success ? z.prettifyError(parsed.error) : null;
}

export async function putSetting(store: ServerStore, setting: z.infer<typeof SettingRequest>): Promise<{ version: number }> {
  const problem = setting.unchecked ? null : settingProblem(setting.id, setting.value);
  if (problem) throw new HttpError(400, 'invalid_setting', `The ${setting.id} document is not valid: ${problem}`);
  return await store.transaction(async (tx) => {
    const version = await tx.settings.put(setting.id, setting.value);
    // An administrator's version: a console's save based on an older one is now stale.
    await tx.settings.forgetAuthor(setting.id);
    await tx.feed.publishGlobal('setting', setting.id, version);
    return { version };
  });
}
