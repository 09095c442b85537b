import type { Migration } from './index.ts';

// QA packs a supervisor reviews (src/protocol/qa.ts): the pack as the server sent it in `data`,
// and its cases as rows, so retention can keep them whole and a screen can list them by case.
export const m020QaPacks: Migration = {
  version: 20,
  name: '020-qa-packs',
  up(db) {
    db.exec(`
      CREATE TABLE qa_packs (
        id TEXT PRIMARY KEY, created_by TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE qa_pack_cases (
        pack_id TEXT NOT NULL, case_id TEXT NOT NULL, agent TEXT NOT NULL, stratum TEXT NOT NULL,
        PRIMARY KEY (pack_id, case_id)
      ) STRICT;
      CREATE INDEX qa_pack_cases_case ON qa_pack_cases(case_id);
    `);
  },
};
