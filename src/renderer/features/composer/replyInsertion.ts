// How panels beside the reply box (templates, knowledge base) put text into it at the agent's
// cursor. One composer is open at a time; it registers itself while mounted.
import { useEffect } from 'react';

export interface Insertion {
  /** Template syntax: placeholders are filled with the case's values, fields become holes. */
  body: string;
  /** Recorded with the reply and counted for the metrics. */
  source: { kind: 'template' | 'article'; id: string; version: number };
}

/** False when the reply box cannot take text now (its draft still loading, a send under way). */
type Target = (insertion: Insertion) => boolean;

let target: Target | null = null;

/** Inserts at the reply box's cursor; false when no reply box is open or ready. */
export function insertIntoReply(insertion: Insertion): boolean {
  return target?.(insertion) ?? false;
}

/** The composer's side: `insert` receives what panels send while this composer is mounted. */
export function useReplyInsertionTarget(insert: Target): void {
  useEffect(() => {
    target = insert;
    return () => {
      if (target === insert) target = null;
    };
  }, [insert]);
}
