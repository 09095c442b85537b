// Private data in a message (type B of seed 001, section 5): identity numbers, cards, bank
// accounts, phones, e-mail addresses, account numbers and home addresses (address.ts). A number is judged by its shape
// (digit count, grouping, Luhn) and by the few words before it, so prices ("$12.500"),
// dates ("23.11.2026"), case and order numbers ("caso 1043", "#1043") and the company's own
// toll-free line stay out. Every pattern is linear: runs are found once, context windows are short.
import { fold } from '../template-search.ts';
import { findAddresses } from './address.ts';
import type { TextInput } from './message-text.ts';

export const PRIVATE_DATA_KINDS = ['dni', 'cuit', 'card', 'cbu', 'phone', 'email', 'account', 'address'] as const;
export type PrivateDataKind = (typeof PRIVATE_DATA_KINDS)[number];

// The lookbehinds let a match start only where a word starts, which keeps long runs linear.
const EMAILS = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Digits in groups split by one space, dot or dash: "30.123.456", "11 5555-1234", "+54 9 11…".
const NUMBER_RUN = /(?<![\p{L}\p{N}])(\+ ?)?\d+(?:[ .-]\d+)*/gu;
const AREA_CODE_IN_PARENS = /\((\d{1,4})\)/g;
// Runs of blanks become one space; a lone space is left as it is, so most texts are not copied.
const SPACES = /[ \t\u00a0]{2,}|[\t\u00a0]/g;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const NON_DIGITS = /\D/g;
const GROUP_SEPARATOR = /[ .-]/;
const CARD_PREFIX = /^[2-6]/;
const ONLY_DIGITS = /^\d+$/;
const ONLY_ZEROS = /^0+$/;

const BEFORE = 40;
const MAX_GROUPS = 6;
const AFTER = 25;

// Context, read in the folded text right before (or after) the number.
const MONEY_BEFORE = /(?:\$|us\$|u\$s|usd|ars|eur|€) ?$|\b(?:cobraron|cobran|cobro|pague|pago|pagar|debo|deuda|saldo|total|monto|importe|precio|cuesta|sale|charged|paid|pay|price|costs?|owe) (?:de |un total de |es |is |of )?$/;
const MONEY_AFTER = /^ ?(?:pesos|mangos|usd|dolares|dollars|ars|mil|k)\b/;
const REFERENCE_BEFORE = /\b(?:caso|reclamo|pedido|orden|order|ticket|envio|seguimiento|tracking|compra|gestion|tramite|factura|case|claim|ref|referencia|reference|incidente|incident|operacion|transaccion|transaction|remito) ?(?:n(?:ro|umero|°|º|o)?\.?|number|no\.?|#)? ?(?:es|is|:|#|=)? ?$|# ?$/;
const ACCOUNT_BEFORE = /(?:(?:\bn(?:ro|umero|°|º|o)?\.?|numero) ?(?:de )?(?:cliente|cuenta|socio|abonado|usuario)|\b(?:cliente|cuenta|socio|abonado)(?: ?(?:n(?:ro|°|º|o)?\.?|#|numero))?|(?:customer|account|client|member) ?(?:number|no\.?|num|#|id)?|id de cliente) ?(?:es|is|:|#|=)? ?(?:[a-z]{1,4}-)?$/;
const DNI_WORD = /\b(?:dni|d\.n\.i|documento|doc)\b/;
const CUIT_WORD = /\b(?:cuit|cuil)\b/;
const CBU_WORD = /\b(?:cbu|cvu)\b/;
const PHONE_WORD = /\b(?:tel|telefono|cel|celu|celular|movil|whatsapp|wsp|wpp|phone|mobile|call me|text me|llamame|llamenme|llamar al)\b/;
// Toll-free lines are the company's, not the customer's.
const TOLL_FREE = /^0(?:800|810|822|600)/;
const CUIT_PREFIX = /^(?:20|23|24|27|30|33|34)/;
const COUNTRY_PREFIX = /^(?:0|1|5[1-9]|59\d)/;

interface NumberRun {
  digits: string;
  /** Digit counts of the groups, in order: "30.123.456" → [2, 3, 3]. */
  groups: number[];
  plus: boolean;
  before: string;
  after: string;
}

/** One piece of private data: numbers by their digits alone, an e-mail address folded, a home address as address.ts `addressKey` writes it. */
export interface PrivateDataItem {
  kind: PrivateDataKind;
  value: string;
}

/** Kinds of private data in the text, each once, in PRIVATE_DATA_KINDS order. */
export function findPrivateData(text: TextInput): PrivateDataKind[] {
  const found = new Set(privateDataIn(text).map((item) => item.kind));
  return PRIVATE_DATA_KINDS.filter((kind) => found.has(kind));
}

/** Each piece of private data in the text, in order (e-mail addresses first, home addresses last): what a reply must never repeat in public. */
export function privateDataIn(text: TextInput): PrivateDataItem[] {
  const folded = typeof text === 'string' ? fold(text) : text.folded;
  // Every kind is a number or an e-mail address (a home address has a house number): most
  // messages have neither to look at.
  const hasAt = folded.includes('@');
  if (!hasAt && !DIGIT.test(folded)) return [];
  const view = (folded.includes('(') ? folded.replace(AREA_CODE_IN_PARENS, ' $1 ') : folded).replace(SPACES, ' ');
  const items: PrivateDataItem[] = [];
  if (hasAt) for (const [value] of view.matchAll(EMAILS)) items.push({ kind: 'email', value });
  for (const match of view.matchAll(NUMBER_RUN)) {
    const end = match.index + match[0].length;
    if (LETTER.test(view[end] ?? '')) continue; // part of a word: "3x2", "10am"
    const run = readRun(match[0], view, match.index, end);
    const kind = kindOf(run);
    if (kind) items.push({ kind, value: run.digits });
  }
  for (const { value } of findAddresses(view)) items.push({ kind: 'address', value });
  return items;
}

function readRun(raw: string, view: string, start: number, end: number): NumberRun {
  const plus = raw.startsWith('+');
  const body = plus ? raw.slice(1).trim() : raw;
  return {
    digits: body.replace(NON_DIGITS, ''),
    groups: body.split(GROUP_SEPARATOR).map((g) => g.length),
    plus,
    before: view.slice(Math.max(0, start - BEFORE), start),
    after: view.slice(end, end + AFTER),
  };
}

function kindOf(run: NumberRun): PrivateDataKind | null {
  const { digits, before, after } = run;
  const n = digits.length;
  // A CBU or CVU named as one is the account, even after "mercado pago" or "para el pago".
  if (n === 22 && CBU_WORD.test(before)) return 'cbu';
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after) || REFERENCE_BEFORE.test(before)) return null;
  if (ACCOUNT_BEFORE.test(before) && n >= 4) return 'account';
  // Digits spelled out one by one ("1 2 3 4 5 …") are a list or a count, not a number to keep.
  if (run.groups.length > MAX_GROUPS) return null;
  if (run.plus) return n >= 8 && n <= 15 ? 'phone' : null;
  if (isDate(run) || isIpAddress(run) || TOLL_FREE.test(digits)) return null;
  if (n === 22) return 'cbu';
  if (n >= 13 && n <= 19 && CARD_PREFIX.test(digits) && luhnValid(digits)) return 'card';
  const near = before + ' ' + after;
  if (n === 11 && (CUIT_WORD.test(near) || isCuitShaped(run))) return 'cuit';
  if (n >= 7 && n <= 13 && PHONE_WORD.test(before) && !DNI_WORD.test(near)) return 'phone';
  if ((n === 7 || n === 8) && isDni(run, DNI_WORD.test(near))) return 'dni';
  return isPhoneShaped(run) ? 'phone' : null;
}

/** The Luhn checksum every payment card number satisfies (a typo fails it 9 times in 10). */
export function luhnValid(digits: string): boolean {
  if (!ONLY_DIGITS.test(digits) || ONLY_ZEROS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** 23.11.2026, 23-11-26, 2026-11-23. */
function isDate({ groups }: NumberRun): boolean {
  const [a = 0, b = 0, c = 0] = groups;
  if (groups.length !== 3) return false;
  return (a <= 2 && b <= 2 && (c === 2 || c === 4)) || (a === 4 && b <= 2 && c <= 2);
}

const isIpAddress = ({ groups }: NumberRun): boolean => groups.length === 4 && groups.every((g) => g <= 3);

/** 20-30123456-7, or eleven digits starting like a CUIT/CUIL. */
function isCuitShaped({ digits, groups }: NumberRun): boolean {
  const [a, b, c] = groups;
  if (groups.length === 3) return a === 2 && b === 8 && c === 1;
  return groups.length === 1 && CUIT_PREFIX.test(digits);
}

/**
 * 30.123.456 or 40 123 456 (in thousands), or eight bare digits; seven bare digits only next
 * to "dni"/"documento". Eight digits that read as a date (20261123) need the word too.
 */
function isDni({ digits, groups }: NumberRun, named: boolean): boolean {
  const inThousands = groups.length === 3 && (groups[0] ?? 0) <= 2 && groups[1] === 3 && groups[2] === 3;
  if (named) return inThousands || groups.length === 1;
  if (inThousands) return true;
  return groups.length === 1 && digits.length === 8 && !isCompactDate(digits);
}

function isCompactDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Argentine and international numbers: 11 5555 1234, 15-5555-1234, 351 555-6789, 1155551234,
 * 011 4555-1234, 54 9 11 5555 1234; locally 4555-1234 or 555-1234.
 */
function isPhoneShaped({ digits, groups }: NumberRun): boolean {
  const n = digits.length;
  if (n === 10) return true;
  if (n >= 11 && n <= 13) return COUNTRY_PREFIX.test(digits);
  if (n === 8) return groups.length >= 2;
  if (n === 7) return groups.length === 2 && groups[0] === 3;
  return false;
}
