import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../i18n/es.ts';
import { reasonsText, timesLate } from './priorityWhy.ts';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { es: { translation: es } }, lng: 'es', initAsync: false, interpolation: { escapeValue: false } });
  t = i18n.t;
});

describe('why a case ranks where it does', () => {
  it('names the keyword group and the phrase the customer wrote', () => {
    const triage = { score: 50, filtered: false, filteredCount: 0, reasons: [
      { code: 'keyword', group: 'retention', detail: 'darme de baja', points: 40 },
      { code: 'segment', detail: 'new', points: 10 },
    ] } as const;
    expect(reasonsText(t, { channel: 'whatsapp', triage: { ...triage, reasons: [...triage.reasons] } })).toBe('retención: «darme de baja», cliente nuevo');
  });

  it('says how many service levels a very late customer has waited', () => {
    const late = (minutes: number) => reasonsText(t, {
      channel: 'webchat',
      triage: { score: 60, filtered: false, filteredCount: 0, reasons: [{ code: 'very_late', detail: String(minutes), points: 60 }] },
    });
    expect(late(11)).toBe('demorado 2× el nivel de servicio');
    expect(late(31)).toBe('demorado 6× el nivel de servicio');
    expect(timesLate(10, 'email')).toBe(2); // never below the rule's own factor
  });

  it('shows a keyword group the console has no words for by its code, and nothing without reasons', () => {
    const custom = { score: 10, filtered: false, filteredCount: 0, reasons: [{ code: 'keyword' as const, group: 'vip_words', detail: 'gerente', points: 10 }] };
    expect(reasonsText(t, { channel: 'email', triage: custom })).toBe('vip_words: «gerente»');
    expect(reasonsText(t, { channel: 'email', triage: { ...custom, reasons: [] } })).toBeNull();
    expect(reasonsText(t, { channel: 'email', triage: null })).toBeNull();
  });
});
