// The panel's list logic: which templates a filter shows, and which one the arrow keys choose.
import type { TemplateSuggestion } from '../../../shared/contract.ts';

export const OWNER_FILTERS = ['all', 'mine', 'company'] as const;
export type OwnerFilter = (typeof OWNER_FILTERS)[number];

/** All, the agent's own, or the company's; the order (ranked for the case) is kept. */
export function byOwner(items: readonly TemplateSuggestion[], filter: OwnerFilter): TemplateSuggestion[] {
  if (filter === 'all') return [...items];
  return items.filter((t) => t.personal === (filter === 'mine'));
}

/** The chosen template: the one picked if it is still listed, else the first (Enter inserts the best match). */
export function chosen(items: readonly TemplateSuggestion[], pickedId: string | null): TemplateSuggestion | null {
  return items.find((t) => t.id === pickedId) ?? items[0] ?? null;
}

/** The id ↓ (step 1) or ↑ (step -1) moves to, stopping at either end. */
export function step(items: readonly TemplateSuggestion[], currentId: string | null, by: 1 | -1): string | null {
  if (items.length === 0) return null;
  const at = Math.max(0, items.findIndex((t) => t.id === currentId));
  return items[Math.min(items.length - 1, Math.max(0, at + by))]?.id ?? null;
}
