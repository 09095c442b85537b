// How panels beside the reply box (templates, knowledge base, suggestions) put text into it at
// the agent's cursor. One composer is open at a time; it registers itself while mounted.
import { useEffect } from 'react';

export interface Insertion {
  /** Template syntax: placeholders are filled with the case's values, fields become holes. */
  body: string;
  /** Recorded with the reply and counted for the metrics. */
  source: { kind: 'template' | 'article'; id: string; version: number };
}

type Target = (insertion: Insertion) => void;

let target: Target | null = null;

/** Inserts at the reply box's cursor; false when no reply box is open. */
export function insertIntoReply(insertion: Insertion): boolean {
  if (!target) return false;
  target(insertion);
  return true;
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
