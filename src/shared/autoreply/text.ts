// The auto-reply's words: the template syntax agents already know (templates.ts), with the few
// placeholders an unattended message can fill — the customer's name and the next opening, in
// Spanish, English or Portuguese. Nobody reviews an auto-reply before it leaves, so a text may
// use only these (the settings schema refuses others), and a missing name leaves no trace.
import { fillPlaceholders } from '../templates.ts';

export interface AutoReplyValues {
  /** The customer's first name, when their name looks like one. */
  firstName?: string;
  fullName?: string;
  /** The next opening in the customer's words: "mañana lunes a las 9:00". */
  opening: string;
}

export const AUTO_REPLY_PLACEHOLDERS: Record<string, keyof AutoReplyValues> = {
  nombre: 'firstName', name: 'firstName', nome: 'firstName', 'customer.firstName': 'firstName',
  'customer.name': 'fullName',
  apertura: 'opening', opening: 'opening', abertura: 'opening',
};

const known = (name: string) => Object.hasOwn(AUTO_REPLY_PLACEHOLDERS, name);

/** Placeholders a text uses that an auto-reply cannot fill, e.g. `field:order_number`. */
export function unknownPlaceholders(body: string): string[] {
  return fillPlaceholders(body, () => undefined, known)
    .holes.filter((h) => h.kind !== 'missing')
    .map((h) => h.name);
}

/** The text as sent; a placeholder without a value disappears with the space before it. */
export function renderAutoReply(body: string, values: AutoReplyValues): string {
  const key = (name: string) => AUTO_REPLY_PLACEHOLDERS[name];
  const { text, holes } = fillPlaceholders(body, (name) => { const k = key(name); return k && values[k]; }, known);
  let result = text;
  for (const hole of holes.toReversed()) {
    let before = result.slice(0, hole.start);
    let after = result.slice(hole.end);
    // "Hola [nombre], gracias" → "Hola, gracias"; "[nombre], gracias" → "gracias".
    if (/^[\s,.;:!?]/.test(after) || after === '') before = before.replace(/[ \t]+$/, '');
    if (before === '' || /[\n¡¿]$/.test(before)) after = after.replace(/^[,;:]?[ \t]*/, '');
    result = before + after;
  }
  return result.trim();
}
