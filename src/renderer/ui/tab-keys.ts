// The keys of a row of tabs (WAI-ARIA tabs pattern): the arrows move to the next or previous tab,
// wrapping around; Home and End to the first and the last. null: a key the tabs leave alone.
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function tabAfterKey<T extends string>(tabs: readonly T[], current: T, key: string): T | null {
  const move = MOVES[key];
  if (move === undefined || tabs.length === 0) return null;
  return tabs[move(Math.max(0, tabs.indexOf(current)), tabs.length)] ?? null;
}
