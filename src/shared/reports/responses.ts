// Response times from a case's thread: the first response (opened → first agent reply) and
// ART's samples (each run of customer messages → the agent reply that answered it). Auto-replies
// answer nothing, and a customer message the noise filter holds starts no run: nobody owes it
// an answer. See docs/metrics.md.

export interface ThreadMessage {
  kind: 'customer' | 'reply' | 'auto_reply';
  /** Epoch milliseconds. */
  at: number;
  /** A customer message the noise filter holds (and nobody restored), or one from a blocked sender. */
  held?: boolean;
}

/** Seconds from the case's opening to its first agent reply; null while unanswered. */
export function firstResponseSeconds(thread: readonly ThreadMessage[], openedAt: number): number | null {
  const reply = thread.find((m) => m.kind === 'reply');
  return reply === undefined ? null : Math.max(0, reply.at - openedAt) / 1000;
}

/** ART's samples, in seconds: one per run of customer messages an agent reply answered. */
export function responseSamples(thread: readonly ThreadMessage[]): number[] {
  const samples: number[] = [];
  let waitingSince: number | null = null;
  for (const m of thread) {
    if (m.kind === 'customer' && !m.held) waitingSince ??= m.at;
    else if (m.kind === 'reply' && waitingSince !== null) {
      samples.push(Math.max(0, m.at - waitingSince) / 1000);
      waitingSince = null;
    }
  }
  return samples;
}
