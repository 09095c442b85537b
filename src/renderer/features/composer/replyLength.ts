// Characters as the channel limit counts them: Unicode code points, the same rule main applies
// when it refuses a reply as too long (so the counter and the refusal never disagree).
export function replyLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
