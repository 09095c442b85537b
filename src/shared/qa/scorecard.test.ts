// What a supervisor's sheet may be, what a review may answer, and how a save becomes a version.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from './default-scorecard.ts';
import { answersProblem, DEFAULT_SCORECARDS, historyProblem, publishScorecard, Scorecard, scorecardFrom, scorecardVersion, SCORECARD_LIMITS } from './scorecard.ts';

const clone = (): Scorecard => structuredClone(DEFAULT_SCORECARD);
const problemOf = (card: unknown) => scorecardFrom({ inForce: card, previous: [] }).problem;

describe('scorecardFrom', () => {
  it('takes the default when the document is missing, and says nothing', () => {
    expect(scorecardFrom(undefined)).toEqual({ scorecard: DEFAULT_SCORECARDS, problem: null });
    expect(scorecardFrom(null).scorecard.inForce).toBe(DEFAULT_SCORECARD);
  });

  it('uses a valid document whole', () => {
    const card = { ...clone(), version: 3, name: 'Planilla 2027' };
    const { scorecard, problem } = scorecardFrom({ inForce: card, previous: [{ ...clone(), version: 2 }] });
    expect(problem).toBeNull();
    expect(scorecard.inForce.name).toBe('Planilla 2027');
    expect(scorecard.previous).toHaveLength(1);
  });

  it('keeps the default when the document is invalid, and says why in the schema\'s words', () => {
    const { scorecard, problem } = scorecardFrom({ inForce: { id: 'x' } });
    expect(scorecard).toBe(DEFAULT_SCORECARDS);
    expect(problem).toMatch(/version/);
  });

  it('accepts the default sheet', () => {
    expect(Scorecard.safeParse(DEFAULT_SCORECARD).success).toBe(true);
  });

  it.each([
    ['a repeated criterion id', (c: Scorecard) => { c.sections[1]!.criteria[0]!.id = 'firma'; }, /criterion id appears once/],
    ['a repeated section id', (c: Scorecard) => { c.sections[1]!.id = 'tono'; }, /section id appears once/],
    ['no standard criterion', (c: Scorecard) => { c.sections = c.sections.filter((s) => s.kind !== 'standard'); }, /at least one standard criterion/],
    ['a weight of 0', (c: Scorecard) => { c.sections[0]!.criteria[0]!.weight = 0; }, /weight is more than 0/],
    ['a negative bonus cap', (c: Scorecard) => { c.bonusCap = -1; }, /bonus cap is 0 or more/],
    ['an empty question', (c: Scorecard) => { c.sections[0]!.criteria[0]!.question = '   '; }, /question cannot be empty/],
    ['an empty name', (c: Scorecard) => { c.name = ''; }, /name cannot be empty/],
    ['an empty section title', (c: Scorecard) => { c.sections[0]!.title = ''; }, /title cannot be empty/],
    ['an auto-fail criterion on a 1–5 scale', (c: Scorecard) => { c.sections[3]!.criteria[0]!.scale = '1-5'; }, /auto-fail criterion is yes\/no or 1–3/],
    ['an empty channel list', (c: Scorecard) => { c.sections[0]!.criteria[0]!.channels = []; }, /at least one channel/],
    ['a channel named twice', (c: Scorecard) => { c.sections[0]!.criteria[0]!.channels = ['email', 'email']; }, /each channel appears once/],
    ['a channel no standard criterion applies to', (c: Scorecard) => {
      for (const s of c.sections) if (s.kind === 'standard') for (const cr of s.criteria) cr.channels = ['email'];
    }, /no standard criterion applies to facebook_post/],
    ['a question past its length', (c: Scorecard) => { c.sections[0]!.criteria[0]!.question = 'x'.repeat(SCORECARD_LIMITS.question + 1); }, /300/],
    ['too many criteria', (c: Scorecard) => {
      const model = c.sections[0]!.criteria[0]!;
      c.sections[0]!.criteria = Array.from({ length: SCORECARD_LIMITS.criteria + 1 }, (_, i) => ({ ...model, id: `c${i}` }));
    }, /60/],
    ['an id with spaces', (c: Scorecard) => { c.sections[0]!.criteria[0]!.id = 'tono 1'; }, /lowercase letters/],
  ])('refuses %s', (_what, change, message) => {
    const card = clone();
    change(card);
    expect(problemOf(card)).toMatch(message);
  });

  it('refuses a history that repeats a version or is newer than the card in force', () => {
    expect(scorecardFrom({ inForce: clone(), previous: [clone()] }).problem).toMatch(/version appears once/);
    expect(scorecardFrom({ inForce: clone(), previous: [{ ...clone(), version: 4 }] }).problem).toMatch(/newer than its previous/);
  });
});

describe('publishScorecard', () => {
  it('bumps the version and moves the card in force into the history, newest first', () => {
    const edited = { ...clone(), name: 'Nueva' };
    const once = publishScorecard(DEFAULT_SCORECARDS, edited);
    expect(once.inForce).toMatchObject({ name: 'Nueva', version: 2 });
    expect(once.previous).toEqual([DEFAULT_SCORECARD]);
    const twice = publishScorecard(once, { ...once.inForce, bonusCap: 5 });
    expect(twice.inForce.version).toBe(3);
    expect(twice.previous.map((c) => c.version)).toEqual([2, 1]);
    expect(scorecardVersion(twice, 'calidad', 1)).toEqual(DEFAULT_SCORECARD);
    expect(scorecardFrom(twice).problem).toBeNull();
  });

  it('changes nothing when the sheet is the same', () => {
    expect(publishScorecard(DEFAULT_SCORECARDS, clone())).toBe(DEFAULT_SCORECARDS);
  });

  it('numbers a returning id past its own newest version', () => {
    const other = publishScorecard(DEFAULT_SCORECARDS, { ...clone(), id: 'otra' });
    expect(other.inForce).toMatchObject({ id: 'otra', version: 1 });
    const back = publishScorecard(other, clone());
    expect(back.inForce).toMatchObject({ id: 'calidad', version: 2 });
    expect(scorecardFrom(back).problem).toBeNull();
  });

  it('keeps at most the limit of earlier versions', () => {
    let doc = DEFAULT_SCORECARDS;
    for (let i = 0; i < SCORECARD_LIMITS.previous + 3; i += 1) doc = publishScorecard(doc, { ...doc.inForce, bonusCap: i % 2 === 0 ? 5 : 10 });
    expect(doc.previous).toHaveLength(SCORECARD_LIMITS.previous);
    expect(scorecardFrom(doc).problem).toBeNull();
  });
});

describe('answersProblem', () => {
  it('accepts answers on each criterion\'s scale and N/A where allowed', () => {
    expect(answersProblem(DEFAULT_SCORECARD, { 'tono-humilde': 5, 'tono-transparente': 1, 'historial': 'na', 'firma': 'no' })).toBeNull();
  });

  it.each([
    [{ 'nada': 'yes' }, /"nada" is not a criterion/],
    [{ 'firma': 3 }, /"3" is not an answer on yesno/],
    [{ 'tono-transparente': 4 }, /"4" is not an answer on 1-3/],
    [{ 'tono-humilde': 'yes' }, /"yes" is not an answer on 1-5/],
    [{ 'firma': 'na' }, /"firma" may not be answered N\/A/],
  ] as const)('refuses %j', (answers, message) => {
    expect(answersProblem(DEFAULT_SCORECARD, answers)).toMatch(message);
  });
});

describe('historyProblem', () => {
  const v2 = publishScorecard(DEFAULT_SCORECARDS, { ...clone(), bonusCap: 5 });

  it('lets a new version through, and anything over a document nobody could read', () => {
    expect(historyProblem(DEFAULT_SCORECARDS, v2)).toBeNull();
    expect(historyProblem(undefined, v2)).toBeNull();
    expect(historyProblem({ broken: true }, v2)).toBeNull();
  });

  it('refuses a version rewritten or dropped', () => {
    expect(historyProblem(v2, { inForce: { ...v2.inForce, name: 'Otra' }, previous: v2.previous })).toMatch(/version 2 of calidad was changed/);
    expect(historyProblem(v2, { inForce: v2.inForce, previous: [] })).toMatch(/version 1 of calidad is missing/);
    expect(historyProblem(v2, DEFAULT_SCORECARDS)).toMatch(/version 2 of calidad is missing/);
  });

  it('lets the oldest versions go once the history is full', () => {
    let doc = DEFAULT_SCORECARDS;
    for (let i = 0; i < SCORECARD_LIMITS.previous; i += 1) doc = publishScorecard(doc, { ...doc.inForce, bonusCap: i % 2 === 0 ? 5 : 10 });
    const next = publishScorecard(doc, { ...doc.inForce, name: 'Llena' });
    expect(next.previous.at(-1)?.version).toBe(2);
    expect(historyProblem(doc, next)).toBeNull();
  });
});
