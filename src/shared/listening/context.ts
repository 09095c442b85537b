// When a brand that is also a common word is written exactly ("conecta": the company, or the
// verb conectar), the words around it tell which. Each rule is a fact of Spanish or English,
// tried in order; the first that applies decides, and a bare verb is the default.

/** Real words one edit from a brand keyword: never the brand, however they are written. */
export const NEAR_WORDS = new Set([
  // conectar, one edit from "conecta"
  'conectá', 'conectó', 'conecto', 'conecte', 'conecté', 'conectas', 'conectás', 'conectan', 'conectar', 'conectad',
  // other Spanish words one edit away
  'colecta', 'correcta',
  // English
  'connect', 'connects', 'conect',
]);

/** A post's words as the rules read them. */
export interface Word {
  /** As written, without a leading "#" or "@". */
  text: string;
  /** "#" or "@" when it was a hashtag or a mention. */
  sign: '' | '#' | '@';
  /** First of its sentence. */
  sentenceStart: boolean;
}

export type Reading = 'brand' | 'word';
export interface RuleResult { reading: Reading; rule: ContextRule }
export type ContextRule =
  | 'tag' | 'game' | 'capitalised' | 'preposition' | 'before_verb' | 'clitic_before' | 'object_after' | 'english' | 'verb_default';

// "de Conecta", "con conecta", "a conecta", "la de conecta", "tengo conecta", "my conecta router"
const BRAND_BEFORE = new Set([
  'de', 'del', 'en', 'con', 'a', 'al', 'por', 'para', 'sin', 'contra', 'desde', 'hasta', 'sobre', 'entre', 'según',
  'tengo', 'tenés', 'tiene', 'tienen', 'tenemos', 'contraté', 'contratar', 'uso',
  'with', 'at', 'from', 'to', 'by', 'about', 'of', 'on', 'for', 'my', 'your', 'our', 'their', 'the',
]);
// "no me conecta", "se conecta", "que conecta": the verb
const VERB_BEFORE = new Set(['me', 'te', 'se', 'le', 'les', 'nos', 'lo', 'los', 'las', 'no', 'ya', 'que']);
// "Conecta me cobró", "Conecta no", "conecta es un desastre": the brand is the subject
const BRAND_AFTER = new Set([
  'me', 'te', 'nos', 'le', 'les', 'se', 'no', 'es', 'era', 'fue', 'sos', 'está', 'anda', 'tiene', 'cobra', 'sigue', 'nunca',
]);
// "conecta el cable", "conecta a la primera", "conecta con el iPhone", "conecta solo": the verb
const VERB_AFTER = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'tu', 'su', 'mi', 'tus', 'sus', 'mis', 'este', 'esta', 'ese', 'esa', 'todo', 'toda',
  'a', 'al', 'con', 'por', 'solo', 'sola', 'bien', 'mal', 'y', 'pero',
]);
const ENGLISH = new Set(['the', 'is', 'my', 'i', 'and', 'to', 'of', 'with', 'for', 'this', 'has', 'been', 'it', 'was', 'are', 'keeps', 'again', 'just', 'any', 'twice', 'month']);
const SPANISH = new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'se', 'por', 'un', 'una', 'con', 'es', 'lo', 'las', 'del', 'al', 'mi', 'tu']);

const lower = (w: Word | undefined): string => (w ? w.text.toLowerCase() : '');
const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
const isUpper = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase();

/** Whether the post is written in English (so "conecta" cannot be a verb). */
export function isEnglish(words: readonly Word[]): boolean {
  let en = 0;
  let es = 0;
  for (const w of words) {
    const t = lower(w);
    if (ENGLISH.has(t)) en += 1;
    if (SPANISH.has(t)) es += 1;
  }
  return en >= 2 && en > es;
}

/** Whether words[i], written as a brand that is also a common word, names the brand. */
export function readInContext(words: readonly Word[], i: number): RuleResult {
  const word = words[i];
  if (!word) throw new RangeError(`no word ${i}`);
  const before = lower(words[i - 1]);
  const after = words[i + 1];
  const shouting = words.every((w) => !/\p{L}/u.test(w.text) || isUpper(w.text));
  const decide = (reading: Reading, rule: ContextRule): RuleResult => ({ reading, rule });

  if (word.sign) return decide('brand', 'tag');
  // "Conecta 4" is the board game
  if (after && /^\p{N}+$/u.test(after.text)) return decide('word', 'game');
  // "se cayó Conecta", "Gracias por nada, CONECTA."; "Conecta TV" at the start: a name
  if (!shouting && !word.sentenceStart && (isCapitalised(word.text) || isUpper(word.text))) return decide('brand', 'capitalised');
  if (!shouting && word.sentenceStart && isCapitalised(word.text) && after && isCapitalised(after.text) && !after.sentenceStart) {
    return decide('brand', 'capitalised');
  }
  if (!word.sentenceStart && VERB_BEFORE.has(before)) return decide('word', 'clitic_before');
  if (!word.sentenceStart && BRAND_BEFORE.has(before)) return decide('brand', 'preposition');
  if (after && !after.sentenceStart && BRAND_AFTER.has(lower(after))) return decide('brand', 'before_verb');
  if (after && !after.sentenceStart && VERB_AFTER.has(lower(after))) return decide('word', 'object_after');
  if (isEnglish(words)) return decide('brand', 'english');
  return decide('word', 'verb_default');
}
