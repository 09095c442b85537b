import { resetKnowledge } from '../knowledge/index.ts';

/** Forgets what the last profile searched in the pane (called when the console shell changes profile). */
export function resetTools(): void {
  resetKnowledge();
}
