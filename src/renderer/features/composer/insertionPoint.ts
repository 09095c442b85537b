// Where text sent from a panel lands in the reply. At the cursor, or over what the agent
// selected; but a field the composer selected by itself after the previous insertion is not the
// agent's choice: replacing it would swallow that field, so the next insertion goes after the
// previous one instead, and several templates inserted in a row follow each other.

export interface Range {
  start: number;
  end: number;
}

/** What the composer's last insertion left: the reply's text, the selection it made, and where the inserted text ends. */
export interface LastInsertion {
  text: string;
  selection: Range;
  end: number;
}

export function insertionRange(text: string, selection: Range, last: LastInsertion | null): Range {
  const untouched = last !== null && last.text === text && last.selection.start === selection.start && last.selection.end === selection.end;
  if (untouched && selection.start !== selection.end) return { start: last.end, end: last.end };
  return selection;
}
