// Text a customer (or anyone outside the console) wrote: a name, a subject, a message, a
// handle. It is React text in a `dir="auto"` isolate of its own, without the explicit bidi
// controls (shared/bidi.ts), so an override cannot make "gnp.exe" read "exe.png" nor turn the
// line around it, and Arabic or Hebrew still reads right to left. `as` keeps the element the
// layout expects: an inline <bdi> by default, a block (p, dd, h2…) where the text is one.
import type { HTMLAttributes } from 'react';
import { neutraliseBidi } from '../../shared/bidi.ts';

type Element = 'bdi' | 'span' | 'p' | 'strong' | 'dd' | 'h2' | 'blockquote';

interface Props extends Omit<HTMLAttributes<HTMLElement>, 'dir' | 'children'> {
  text: string;
  as?: Element;
}

export function CustomerText({ text, as: Tag = 'bdi', ...rest }: Props) {
  return <Tag dir="auto" {...rest}>{neutraliseBidi(text)}</Tag>;
}

const SLOT = '\ue000';

/**
 * One of the console's sentences with a piece of customer text inside: `sentence` words it
 * around a slot, and the piece takes the slot in an isolate element of its own (for attributes,
 * which hold no elements, shared/bidi.ts's isolateBidi does the same in plain text).
 */
export function SentenceWith({ sentence, text }: { sentence: (slot: string) => string; text: string }) {
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  return <>{before}<CustomerText text={text} />{after}</>;
}
