// Reading a customer's reply to a satisfaction survey: 1–5 (digits, words, stars, faces),
// yes/no in the three languages, in one message. A reply that says anything more than an answer
// ("gracias" alone, a new question, "no funciona todavía") is not one: it goes to the agent as
// any message does.

/** One entry per question: a 1–5 score, a yes (true) or a no (false), or null when not answered. */
export type CsatAnswer = number | boolean | null;

const NUMBER_WORDS: Record<string, number> = {
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
  one: 1, two: 2, three: 3, four: 4, five: 5,
  um: 1, dois: 2, duas: 2, 'três': 3, quatro: 4,
};
const YES = new Set(['sí', 'si', 'yes', 'yep', 'yeah', 'sim', 'claro', 'obvio', 'seguro', 'sure', 'absolutamente', 'totalmente']);
const NO = new Set(['no', 'nope', 'não', 'nao', 'nah', 'nunca', 'never', 'jamás', 'jamas']);
// Faces read on the 1–5 scale; thumbs and hearts as yes/no.
const FACES: Record<string, number> = {
  '😡': 1, '🤬': 1, '😠': 1, '😤': 1, '😭': 1,
  '😞': 2, '🙁': 2, '☹': 2, '😕': 2, '😢': 2, '😒': 2,
  '😐': 3, '😶': 3, '🤔': 3,
  '🙂': 4, '😊': 4, '☺': 4,
  '😀': 5, '😃': 5, '😄': 5, '😁': 5, '🤩': 5, '😍': 5, '🥰': 5, '❤': 5, '💯': 5,
};
const FLAGS: Record<string, boolean> = { '👍': true, '✅': true, '👎': false, '❌': false };
/** Words that turn a reply into something else: "5 días sin respuesta" is a complaint. */
const TURNS = new Set(['sin', 'pero', 'todavía', 'todavia', 'aún', 'aun', 'without', 'but', 'still', 'yet', 'sem', 'mas', 'ainda']);
/** Words that may surround an answer without making it something else. */
const FILLER = new Set([
  'gracias', 'muchas', 'mil', 'muchísimas', 'thanks', 'thank', 'you', 'thx', 'obrigado', 'obrigada', 'muito',
  'le', 'les', 'pongo', 'doy', 'un', 'una', 'mi', 'respuesta', 'es', 'puntaje', 'nota', 'calificación', 'calificacion',
  'estrellas', 'estrella', 'stars', 'star', 'estrelas', 'estrela', 'points', 'puntos', 'pontos', 'a', 'i', 'give', 'it', 'my',
  'answer', 'rating', 'score', 'y', 'e', 'and', 'también', 'tambien', 'todo', 'ok', 'okay', 'vale', 'dale', 'listo', 'muy', 'very', 'bien', 'well', 'saludos',
  'hola', 'hi', 'hello', 'olá', 'ola', 'buen', 'buenas', 'día', 'dia', 'pregunta', 'question', 'the', 'la', 'el', 'las', 'los',
  'primera', 'segunda', 'tercera', 'first', 'second', 'third', 'de', 'por', 'supuesto', 'course', 'of',
]);

interface Token { kind: 'score'; value: number }
interface Flag { kind: 'flag'; value: boolean }

/**
 * The answers in `text` to `questions` (one entry each), or null when the reply is not an answer.
 * The first score found answers the first question; the other answers fill the next questions
 * in order. Without a score, the yes/no answers fill the questions from the first.
 */
export function readCsatAnswer(text: string, questions: readonly string[]): CsatAnswer[] | null {
  const tokens = tokensOf(text);
  if (tokens === null || tokens.length === 0) return null;
  const answers: CsatAnswer[] = questions.map(() => null);
  const first = tokens.find((t) => t.kind === 'score');
  const ordered = first === undefined ? tokens : [first, ...tokens.filter((t) => t !== first)];
  ordered.slice(0, answers.length).forEach((t, i) => (answers[i] = t.value));
  return answers;
}

/** Negative: 1–2 on the first question, or a "no" to any. */
export function isNegative(answers: readonly CsatAnswer[]): boolean {
  const first = answers[0];
  return (typeof first === 'number' && first <= 2) || answers.includes(false);
}

/** The first question's 1–5 score, or null when it was answered yes/no or not at all. */
export function scoreOf(answers: readonly CsatAnswer[]): number | null {
  return typeof answers[0] === 'number' ? answers[0] : null;
}

/** The answer tokens in order; null when the text says something else besides. */
function tokensOf(text: string): (Token | Flag)[] | null {
  const normal = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\uFE0F/g, '')
    // "1) 5 2) sí 3) sí": the questions' numbers are no answers.
    .replace(/(^|\s)[1-3]\s*[):]\s*(?=\S)/g, '$1')
    // "4/5", "4 de 5", "4 out of 5", "4 sobre 5": the scale's top is no answer of its own.
    .replace(/\b([1-5])\s*(?:\/|de|sobre|out of|em)\s*5\b/g, '$1')
    // "5 estrellas", "5⭐": the number says it.
    .replace(/\b([1-5])\s*(?:⭐|★)+/g, '$1')
    .replace(/(?:⭐|★)+/g, (stars) => ` ${stars.match(/⭐|★/g)?.length ?? 0} `)
    .replace(/\p{Extended_Pictographic}/gu, (emoji) => ` ${emoji} `);
  const words = normal.split(/[\s.,;:!¡?¿()[\]"'«»\-–—_*#]+/u).filter((w) => w !== '');
  const tokens: (Token | Flag)[] = [];
  let unknown = 0;
  if (text.includes('?')) return null; // a question is for the agent
  for (const word of words) {
    if (TURNS.has(word)) return null;
    const token = tokenOf(word);
    if (token) tokens.push(token);
    else if (/^\d+$/.test(word)) return null; // a number off the scale: an order, a date, a quantity
    else if (!FILLER.has(word) && !/^\p{Extended_Pictographic}$/u.test(word)) unknown += 1;
  }
  // A score may come with a short comment ("5, excelente atención"); a bare yes/no may not
  // ("no funciona todavía" is a complaint, not an answer).
  const allowed = tokens.some((t) => t.kind === 'score') ? 2 : 0;
  return unknown > allowed ? null : tokens;
}

function tokenOf(word: string): Token | Flag | null {
  if (/^[1-5]$/.test(word)) return { kind: 'score', value: Number(word) };
  const named = NUMBER_WORDS[word] ?? FACES[word];
  if (named !== undefined) return { kind: 'score', value: named };
  if (YES.has(word)) return { kind: 'flag', value: true };
  if (NO.has(word)) return { kind: 'flag', value: false };
  const flag = FLAGS[word];
  return flag === undefined ? null : { kind: 'flag', value: flag };
}
