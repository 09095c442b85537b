// Spanish joins object pronouns to the end of imperatives, infinitives and gerunds: "cancelame",
// "cancelenmelo", "denme", "darnos", "dénle", "dándome". Stemmers do not take them off, so the
// verb is read without them first. A pronoun is taken off only when what is left ends the way
// those verb forms end ("cable" stays whole); a wrong cut of another word is harmless, since
// only verbs of the retention lexicon are looked for in what is left.
const PRONOUNS = ['melo', 'mela', 'melos', 'melas', 'selo', 'sela', 'selos', 'selas', 'noslo', 'nosla', 'noslos', 'noslas', 'me', 'te', 'se', 'nos', 'lo', 'la', 'los', 'las', 'le', 'les']
  // Longest first: "cancelenmelo" loses "melo", not "lo".
  .sort((a, b) => b.length - a.length);
// Infinitive (-r), gerund (-ndo), imperative (-a, -e, -i as in "cancelá", "rescindí"; -en, -an
// plural; -mos as in "démosle").
const VERB_END = /(?:r|ndo|[aei]|[ae]n|mos)$/;
const MIN_STEM = 2;

/** The word without the object pronouns joined to its end, or the word itself when it has none. */
export function withoutEnclitics(word: string): string {
  // One cut: pairs are listed whole ("melo"), and a second cut would eat the verb ("cancela").
  const pronoun = PRONOUNS.find((p) => word.endsWith(p) && word.length - p.length >= MIN_STEM && VERB_END.test(word.slice(0, -p.length)));
  return pronoun === undefined ? word : word.slice(0, -pronoun.length);
}
