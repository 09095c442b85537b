// When a brand that is also a common word is written exactly ("conecta": the company, or the
// verb conectar), the words around it tell which. Each rule is a fact of Spanish or English,
// tried in order; the first that applies decides. Without a cue of the verb (a clitic or a subject
// before it, an object after it) a company name is what people write, so the brand is the default.

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
  /** A comma, colon or other pause separates it from the word before. */
  pauseBefore?: boolean;
}

export type Reading = 'brand' | 'word';
export interface RuleResult { reading: Reading; rule: ContextRule }
export type ContextRule =
  | 'tag' | 'game' | 'capitalised' | 'preposition' | 'clitic_before' | 'subject_before' | 'before_verb' | 'object_after' | 'english' | 'brand_default';

// "de Conecta", "con conecta", "a conecta", "la de conecta", "tengo conecta", "my conecta router"
const BRAND_BEFORE = new Set([
  'de', 'del', 'en', 'con', 'a', 'al', 'por', 'para', 'sin', 'contra', 'desde', 'hasta', 'sobre', 'entre', 'según',
  'tengo', 'tenés', 'tiene', 'tienen', 'tenemos', 'contraté', 'contratar', 'uso',
  'with', 'at', 'from', 'to', 'by', 'about', 'of', 'on', 'for', 'my', 'your', 'our', 'their', 'the',
]);
// "no me conecta", "se conecta", "que conecta", "lo conecta": a clitic or a relative before the verb
const VERB_BEFORE = new Set(['me', 'te', 'se', 'le', 'les', 'nos', 'lo', 'la', 'los', 'las', 'no', 'ya', 'que']);
// "ella conecta", "esto conecta", "nadie conecta": a pronoun as the verb's subject
const SUBJECT_PRONOUNS = new Set(['él', 'ella', 'ellos', 'ellas', 'usted', 'ustedes', 'esto', 'eso', 'aquello', 'nadie', 'alguien', 'quien', 'quién', 'cual', 'cuál']);
// "el auricular conecta", "un buen maestro conecta": a noun phrase opened by one of these
const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'ese', 'esa', 'mi', 'tu', 'su', 'mis', 'tus', 'sus', 'nuestro', 'nuestra']);
// "Conecta me cobró", "Conecta no", "conecta es un desastre": the brand is the subject
const BRAND_AFTER = new Set([
  'me', 'te', 'nos', 'le', 'les', 'se', 'no', 'es', 'era', 'fue', 'sos', 'está', 'anda', 'tiene', 'cobra', 'sigue', 'nunca',
]);
// "conecta el cable", "conecta a la primera", "conecta con el iPhone": the verb's object or complement
const VERB_AFTER = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'tu', 'su', 'mi', 'tus', 'sus', 'mis', 'este', 'esta', 'ese', 'esa', 'todo', 'toda',
  'a', 'al', 'con',
]);
// English function words: in an English post "conecta" cannot be the Spanish verb
const ENGLISH = new Set(['the', 'is', 'my', 'i', 'and', 'to', 'of', 'with', 'for', 'this', 'has', 'been', 'it', 'was', 'are', 'just', 'any', 'me', 'again']);
const SPANISH = new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'se', 'por', 'un', 'una', 'con', 'es', 'lo', 'las', 'del', 'al', 'mi', 'tu']);

const lower = (w: Word | undefined): string => (w ? w.text.toLowerCase() : '');
const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
const isUpper = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase();

/** What the rules need to know of the whole post, found once per post (a post may be long). */
export interface PostFacts {
  /** Written in English, so "conecta" cannot be the Spanish verb. */
  english: boolean;
  /** All in capitals, so capitals say nothing. */
  shouting: boolean;
}

export function postFacts(words: readonly Word[]): PostFacts {
  let en = 0;
  let es = 0;
  let shouting = true;
  for (const w of words) {
    const t = lower(w);
    if (ENGLISH.has(t)) en += 1;
    if (SPANISH.has(t)) es += 1;
    if (shouting && /\p{L}/u.test(w.text) && !isUpper(w.text)) shouting = false;
  }
  return { english: en >= 2 && en > es, shouting };
}

/** Whether the post is written in English (so "conecta" cannot be a verb). */
export const isEnglish = (words: readonly Word[]): boolean => postFacts(words).english;

/** Whether words[i], written as a brand that is also a common word, names the brand. */
export function readInContext(words: readonly Word[], i: number, facts: PostFacts = postFacts(words)): RuleResult {
  const word = words[i];
  if (!word) throw new RangeError(`no word ${i}`);
  const prev = word.sentenceStart || word.pauseBefore ? undefined : words[i - 1];
  const before = lower(prev);
  const prev2 = prev && !prev.sentenceStart && !prev.pauseBefore ? words[i - 2] : undefined;
  const next = words[i + 1];
  const after = next && !next.sentenceStart && !next.pauseBefore ? next : undefined;
  const { shouting } = facts;
  const decide = (reading: Reading, rule: ContextRule): RuleResult => ({ reading, rule });

  if (word.sign) return decide('brand', 'tag');
  // "Conecta 4" is the board game
  if (next?.text === '4') return decide('word', 'game');
  // "se cayó Conecta", "Gracias por nada, CONECTA."; "Conecta TV" at the start: a name
  if (!shouting && !word.sentenceStart && (isCapitalised(word.text) || isUpper(word.text))) return decide('brand', 'capitalised');
  if (!shouting && word.sentenceStart && isCapitalised(word.text) && after && isCapitalised(after.text)) {
    return decide('brand', 'capitalised');
  }
  if (VERB_BEFORE.has(before)) return decide('word', 'clitic_before');
  if (BRAND_BEFORE.has(before)) return decide('brand', 'preposition');
  if (after && BRAND_AFTER.has(lower(after))) return decide('brand', 'before_verb');
  if (after && VERB_AFTER.has(lower(after))) return decide('word', 'object_after');
  if (SUBJECT_PRONOUNS.has(before) || (prev2 && DETERMINERS.has(lower(prev2)))) return decide('word', 'subject_before');
  if (facts.english) return decide('brand', 'english');
  return decide('brand', 'brand_default');
}
