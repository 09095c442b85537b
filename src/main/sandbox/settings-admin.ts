// What supervisors do to the organisation's settings documents (`business_hours`,
// `priority_rules`), as a trainer control: publish a new version, which every console receives
// on its next pull. The sandbox stores the document as sent: consoles validate it themselves,
// so a trainer can also rehearse what an invalid one does (the console keeps its defaults).
import { z } from 'zod';
import type { Feed } from './feed.ts';
import { prepared } from './prepared.ts';
import { nextVersion, type SandboxDb } from './schema.ts';

export const SettingRequest = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, 'a setting id is a lowercase code such as "priority_rules"'),
  value: z.json(),
});

export function putSetting(db: SandboxDb, feed: Feed, input: z.infer<typeof SettingRequest>): { version: number } {
  return db.transaction(() => {
    const version = nextVersion(db);
    prepared(db, `INSERT INTO settings (id, value, version) VALUES (?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET value = excluded.value, version = excluded.version`)
      .run(input.id, JSON.stringify(input.value), version);
    feed.publishGlobal('setting', input.id, version);
    return { version };
  })();
}
