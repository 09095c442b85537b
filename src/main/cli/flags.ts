// Flag values the CLI's commands share, each checked with the flag's name in the refusal.

/** An ISO instant from a flag, or a clear refusal naming it. */
export function instant(flag: string, value: string): string {
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new Error(`${flag}: not a date and time (ISO 8601, e.g. 2026-11-01T00:00:00Z)`);
  return new Date(at).toISOString();
}
