// A customer message read once for every rule: folded, split into words and decoded. Type,
// hostility, content, private data, noise and priority all read the same words, so triage
// reads each message once and hands this object on; callers with a lone string pass the string.
import { fold } from '../template-search.ts';
import { tokenizeFolded, wordsFrom, type Words } from './text.ts';

export interface MessageText {
  /** As written. */
  readonly raw: string;
  /** Lowercase, accents folded (template-search `fold`). */
  readonly folded: string;
  /** Folded words as written, numbers intact: what text.ts `tokenize` returns. */
  readonly plain: readonly string[];
  /** The same words decoded and squeezed for list matching: text.ts `wordsFrom(plain)`. */
  readonly words: Words;
}

/** A message's text as written, or already read by `readMessage`. */
export type TextInput = string | MessageText;

export function readMessage(raw: string): MessageText {
  const folded = fold(raw);
  const plain = tokenizeFolded(folded);
  return { raw, folded, plain, words: wordsFrom(plain) };
}

export const asRead = (text: TextInput): MessageText => (typeof text === 'string' ? readMessage(text) : text);
