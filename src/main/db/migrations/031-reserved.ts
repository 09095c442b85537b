import type { Migration } from './index.ts';

// Number 31 belongs to the message index's own migration, which lands separately; this keeps the
// list numbered 1..N until it does, and is replaced by it.
export const m031Reserved: Migration = {
  version: 31,
  name: '031-reserved',
  up() {},
};
