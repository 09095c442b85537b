import type { Migration } from './index.ts';

// The case marks and the coaching plan's tables take this version (they are merged before the
// survey's 025); empty here so the versions stay in order.
export const m024CaseMarksCoaching: Migration = {
  version: 24,
  name: '024-case-marks-coaching',
  up() {
    // Nothing of its own yet.
  },
};
