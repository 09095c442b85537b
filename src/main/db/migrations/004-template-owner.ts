import type { Migration } from './index.ts';

// Personal templates: the agent's own, created offline and synced; NULL owner is the company's.
export const m004TemplateOwner: Migration = {
  version: 4,
  name: '004-template-owner',
  up(db) {
    db.exec('ALTER TABLE templates ADD COLUMN owner TEXT');
  },
};
