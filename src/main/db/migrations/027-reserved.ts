import type { Migration } from './index.ts';

// Version 27 belongs to the case's routing field (why the server gave a new case to its agent);
// its columns arrive with that change. Nothing here, so the numbering stays whole.
export const m027Reserved: Migration = {
  version: 27,
  name: '027-reserved',
  up() {
    // Intentionally empty.
  },
};
