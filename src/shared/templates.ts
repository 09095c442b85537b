// Template placeholders: the documented syntax agents and administrators write templates in.
//
//   {{customer.firstName}} {{customer.name}} {{agent.name}} {{case.number}} {{channel}} {{today}}
//   {{field:order_number}}            a free field the agent fills in before sending
//   {{customer.firstName || "hola"}}  a fallback when the value is missing
//   \{{                               two literal braces
//
// Rendering never leaves a raw placeholder in text that could be sent: every placeholder without
// a value becomes a hole the composer shows and the agent must fill.

/** What a personal template may hold: the editor, main and the server check the same. */
export const TEMPLATE_TITLE_MAX = 200;
export const TEMPLATE_BODY_MAX = 20_000;
export const TEMPLATE_SHORTCUT = /^[a-z0-9_-]{1,30}$/;

export const KNOWN_PLACEHOLDERS = [
  'customer.firstName', 'customer.name', 'agent.name', 'case.number', 'channel', 'today',
] as const;
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number];

export type TemplateValues = Partial<Record<KnownPlaceholder, string>>;

/** A placeholder the rendered text still needs: its range in the text and what it asks for. */
export interface Hole {
  start: number;
  end: number;
  /** `field:order_number`, `customer.firstName`, or an unknown name typed in the template. */
  name: string;
  kind: 'field' | 'missing' | 'unknown';
}

export interface Rendered {
  text: string;
  holes: Hole[];
}

const PLACEHOLDER = /\\\{\{|\{\{\s*([^{}|]*?)\s*(?:\|\|\s*"((?:[^"\\]|\\.)*)"\s*)?\}\}/g;

const isKnown = (name: string): name is KnownPlaceholder => (KNOWN_PLACEHOLDERS as readonly string[]).includes(name);

/** Fills a template's placeholders; what has no value stays visible as a hole, e.g. `[order_number]`. */
export function renderTemplate(body: string, values: TemplateValues): Rendered {
  return fillPlaceholders(body, (name) => (isKnown(name) ? values[name] : undefined), isKnown);
}

/**
 * The placeholder syntax itself, for other texts written in it (out-of-hours auto-replies):
 * `valueOf` answers each name, `known` says which names the text may use at all.
 */
export function fillPlaceholders(body: string, valueOf: (name: string) => string | undefined, known: (name: string) => boolean): Rendered {
  let text = '';
  const holes: Hole[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    text += body.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '\\{{') {
      text += '{{';
      continue;
    }
    const name = match[1] ?? '';
    const fallback = match[2]?.replace(/\\(.)/g, '$1');
    const value = valueOf(name)?.trim();
    if (value) {
      text += value;
    } else if (fallback !== undefined) {
      text += fallback;
    } else {
      const kind = name.startsWith('field:') ? 'field' : known(name) ? 'missing' : 'unknown';
      const label = `[${kind === 'field' ? name.slice('field:'.length) : name}]`;
      holes.push({ start: text.length, end: text.length + label.length, name, kind });
      text += label;
    }
  }
  return { text: text + body.slice(last), holes };
}

/** First name for greetings: the first word of the customer's name, if it looks like one. */
export function firstName(fullName: string | null): string | undefined {
  const first = fullName?.trim().split(/\s+/)[0];
  return first && /^\p{L}[\p{L}'’-]*$/u.test(first) ? first : undefined;
}

/** Today's date as the customer reads it, e.g. "lunes, 23 de noviembre". */
export function todayFor(language: string, timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(now);
}
