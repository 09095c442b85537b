// The editor's form: a round trip to the sheet, the edits, and problems named before saving.
import { describe, expect, it } from 'vitest';
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import { DEFAULT_SCORECARD } from '../../../shared/qa/default-scorecard.ts';
import { DEFAULT_SCORECARDS, publishScorecard, Scorecard } from '../../../shared/qa/scorecard.ts';
import { cardOf, formOf, formProblems, moved, newCriterion, newSection, type ScorecardForm } from './scorecardForm.ts';
import { startingScorecard } from './useScorecardEditor.ts';

const form = (): ScorecardForm => formOf(DEFAULT_SCORECARD);

describe('the scorecard form', () => {
  it('gives back the sheet it was made from', () => {
    expect(cardOf(form(), 1)).toEqual(DEFAULT_SCORECARD);
    expect(formProblems(form())).toEqual([]);
  });

  it('reads weights and the cap as people write them, "2,5" included', () => {
    const f = form();
    f.bonusCap = ' 7,5 ';
    f.sections[0]!.criteria[0]!.weight = '2,5';
    const card = cardOf(f, 3);
    expect(card.bonusCap).toBe(7.5);
    expect(card.sections[0]!.criteria[0]!.weight).toBe(2.5);
    expect(Scorecard.safeParse(card).success).toBe(true);
  });

  it('names each problem by section and criterion', () => {
    const f = form();
    f.name = ' ';
    f.bonusCap = '1e3';
    f.sections[0]!.title = '';
    f.sections[0]!.criteria[1]!.question = '';
    f.sections[1]!.criteria[0]!.weight = '0';
    f.sections[3]!.criteria[0]!.scale = '1-5';
    expect(formProblems(f)).toEqual([
      { key: 'name' }, { key: 'bonusCap' }, { key: 'title', section: 0 },
      { key: 'question', section: 0, criterion: 1 }, { key: 'weight', section: 1, criterion: 0 },
      { key: 'autofailScale', section: 3, criterion: 0 },
    ]);
  });

  it('asks for a standard criterion, and for one on every channel', () => {
    const f = form();
    f.sections = f.sections.filter((s) => s.kind !== 'standard');
    expect(formProblems(f)).toContainEqual({ key: 'noStandard' });
    const g = form();
    for (const s of g.sections) if (s.kind === 'standard') for (const c of s.criteria) c.channels = ['email'];
    expect(formProblems(g)).toContainEqual({ key: 'unjudged', channels: expect.arrayContaining(['whatsapp', 'x_mention']) as unknown });
  });

  it('adds sections and criteria with ids the schema takes, and moves them within bounds', () => {
    const f = form();
    f.sections.push(newSection('bonus', 'Extra'));
    expect(formProblems(f)).toEqual([{ key: 'question', section: 4, criterion: 0 }]);
    f.sections[4]!.criteria[0]!.question = '¿Resolvió algo que no pidió?';
    f.sections[0]!.criteria.push({ ...newCriterion('standard'), question: '¿Saludó?' });
    expect(formProblems(f)).toEqual([]);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 1, -5)).toEqual(['b', 'a', 'c']);
  });
});

describe('startingScorecard', () => {
  const settings = (changes: SettingChange[]): BusinessSettings => ({ scorecards: DEFAULT_SCORECARDS, versions: { qa_scorecards: 9 }, changes } as unknown as BusinessSettings);
  const change = (id: string, settingId: SettingChange['settingId'], status: SettingChange['status'], value: unknown): SettingChange =>
    ({ id, settingId, status, reason: null, message: null, value, baseVersion: 9, createdAt: '2026-12-01T10:00:00.000Z' });

  it('starts from the document in force, at its version', () => {
    expect(startingScorecard(settings([]))).toEqual({ doc: DEFAULT_SCORECARDS, version: 9, saves: [] });
  });

  it('starts from its own pending save, on that save’s base, and ignores the other documents’ saves', () => {
    const next = publishScorecard(DEFAULT_SCORECARDS, { ...DEFAULT_SCORECARD, bonusCap: 5 });
    const start = startingScorecard(settings([change('h', 'business_hours', 'pending', {}), change('s', 'qa_scorecards', 'pending', next)]));
    expect(start).toEqual({ doc: next, version: 9, saves: ['s:pending'] });
  });
});
