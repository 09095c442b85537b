import { describe, expect, it } from 'vitest';
import { influenceLevel } from './influence.ts';
import { DEFAULT_PRIORITY_RULES, parsePriorityRules, type PriorityRules } from './priority-rules.ts';
import { computePriority, priorityForScore, type PriorityFacts } from './priority.ts';

const facts = (more: Partial<PriorityFacts> = {}): PriorityFacts => ({
  texts: ['hola, quería consultar el horario de la sucursal'],
  channel: 'whatsapp',
  segment: 'standard',
  influence: { level: 'low' },
  typology: null,
  waitingMinutes: null,
  ...more,
});
const priorityOf = (more: Partial<PriorityFacts>, rules: PriorityRules = DEFAULT_PRIORITY_RULES) => computePriority(facts(more), rules);

describe('computePriority: keywords', () => {
  it('sends "BAJA" to retention at high priority, saying why', () => {
    const result = priorityOf({ texts: ['QUIERO LA BAJA YA'] });
    expect(result.priority).toBe('high');
    expect(result.reasons).toEqual([{ code: 'keyword', detail: 'la baja', group: 'retention', points: 40 }]);
  });

  it('sends every form of a request to leave to retention through the cancellation reader, naming the words read', () => {
    expect(priorityOf({ texts: ['rescíndanme el contrato ya'] }).reasons).toEqual([
      { code: 'keyword', detail: 'rescindanme el contrato', group: 'retention', points: 40 },
    ]);
    for (const text of ['dennos de baja las dos líneas', 'me paso a Movistar', 'Please terminate my membership']) {
      expect(priorityOf({ texts: [text] }).priority, text).toBe('high');
    }
  });

  it('leaves "baja" and "cancel" in their other senses out of retention', () => {
    for (const text of ['me baja la señal a la noche', 'hay baja de velocidad en mi zona', 'cancelaron la visita del técnico', 'dar de baja el débito automático']) {
      expect(priorityOf({ texts: [text] }).reasons.filter((r) => r.code === 'keyword' && r.group === 'retention'), text).toEqual([]);
    }
  });

  it('runs a reader only for the group that names it, and still skips the group on one of its `unless` phrases', () => {
    const phrasesOnly: PriorityRules = { ...DEFAULT_PRIORITY_RULES, keywords: [{ group: 'retention', points: 40, atLeast: 'high', phrases: ['darme de baja'] }] };
    expect(priorityOf({ texts: ['cancelenme el plan'] }, phrasesOnly).priority).toBe('normal');
    expect(priorityOf({ texts: ['quiero darme de baja'] }, phrasesOnly).priority).toBe('high');
    expect(priorityOf({ texts: ['cancelenme el plan'] }).priority).toBe('high');
    expect(priorityOf({ texts: ['cancelen mi suscripción al newsletter'] }).priority).toBe('normal');
  });

  it('lets the reader decide over the group\'s phrases: a phrase the reader reads as no request does not count', () => {
    const retention = DEFAULT_PRIORITY_RULES.keywords.find((k) => k.group === 'retention');
    if (!retention) throw new Error('the default rules have a retention group');
    const withPhrases: PriorityRules = { ...DEFAULT_PRIORITY_RULES, keywords: [{ ...retention, phrases: ['darme de baja', 'me voy con la competencia', 'port my number'] }] };
    for (const rules of [DEFAULT_PRIORITY_RULES, withPhrases]) {
      for (const text of ['No, no quiero darme de baja, solo cambiar de plan', 'no me voy con la competencia, tranquilos', 'Can I port my number to you from Sprint?']) {
        expect(priorityOf({ texts: [text] }, rules).reasons.filter((r) => r.code === 'keyword'), text).toEqual([]);
      }
      expect(priorityOf({ texts: ['quiero darme de baja hoy'] }, rules).reasons).toEqual([
        { code: 'keyword', detail: 'darme de baja', group: 'retention', points: 40 },
      ]);
    }
  });

  it('needs phrases in a group that names no reader', () => {
    const parsed = parsePriorityRules({ ...DEFAULT_PRIORITY_RULES, keywords: [{ group: 'legal', points: 40, phrases: [] }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('a group needs at least one phrase, or a reader');
  });

  it('accepts the cancellation reader in a synced document, and no other', () => {
    const keywords = [{ group: 'bajas', points: 50, phrases: ['rescindir'], reader: 'cancellation' }];
    expect(parsePriorityRules({ ...DEFAULT_PRIORITY_RULES, keywords }).ok).toBe(true);
    const parsed = parsePriorityRules({ ...DEFAULT_PRIORITY_RULES, keywords: [{ ...keywords[0], reader: 'mood' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('keywords[0].reader');
  });

  it('matches whole words only: "trabajamos" and "bajada" are not "baja"', () => {
    for (const text of ['trabajamos desde casa y se corta el wifi', 'la bajada de datos es lenta', 'subí y bajé el router']) {
      expect(priorityOf({ texts: [text] }).reasons.filter((r) => r.code === 'keyword' && r.group === 'retention'), text).toEqual([]);
    }
  });

  it('matches phrases through accents, capitals, spacing and punctuation', () => {
    for (const text of ['Quiero DAR   DE\nBAJA el servicio', 'me voy a otra compañía!!', 'Me voy a otra COMPAÑIA', 'inicié la portabilidad.', 'I want to cancel my   subscription']) {
      expect(priorityOf({ texts: [text] }).priority, text).toBe('high');
    }
    expect(priorityOf({ texts: ['quiero dar de baja'] }).reasons[0]).toMatchObject({ detail: 'dar de baja', group: 'retention' });
  });

  it('counts a group once however often it appears, naming the first phrase read', () => {
    const result = priorityOf({ texts: ['hola', 'quiero la portabilidad', 'baja baja baja, dar de baja'] });
    expect(result.score).toBe(40);
    expect(result.reasons).toEqual([{ code: 'keyword', detail: 'portabilidad', group: 'retention', points: 40 }]);
  });

  it('skips a group when its exception is in the same message', () => {
    expect(priorityOf({ texts: ['Quisiera darme de baja del newsletter'] }).priority).toBe('normal');
    expect(priorityOf({ texts: ['baja del newsletter', 'y también la baja del servicio'] }).priority).toBe('high');
  });

  it('adds urgency and outage words', () => {
    const result = priorityOf({ texts: ['URGENTE estoy sin internet desde ayer'] });
    expect(result.reasons.map((r) => r.code === 'keyword' && r.group)).toEqual(['urgency', 'outage']);
    expect(result.score).toBe(35);
    expect(result.priority).toBe('normal');
  });
});

describe('computePriority: who writes and when', () => {
  it('is normal for an ordinary message and low only when the rules say so', () => {
    expect(priorityOf({})).toEqual({ priority: 'normal', score: 0, reasons: [] });
    const rules = { ...DEFAULT_PRIORITY_RULES, typology: { commercial: { points: -10 } } };
    expect(priorityOf({ typology: 'commercial' }, rules).priority).toBe('low');
  });

  it('puts a high-value customer at least at high', () => {
    const result = priorityOf({ segment: 'high_value' });
    expect(result.priority).toBe('high');
    expect(result.reasons).toEqual([{ code: 'segment', detail: 'high_value', points: 40 }]);
  });

  it('puts an influencer at least at high, and an influencer complaining about an outage higher still', () => {
    const influencer = influenceLevel({ followers: 250_000, publicFigure: false });
    expect(priorityOf({ influence: influencer }).priority).toBe('high');
    const complaint = priorityOf({ influence: influencer, texts: ['3 días sin internet, una vergüenza'], typology: 'technical', channel: 'x_mention' });
    expect(complaint.priority).toBe('high');
    expect(complaint.score).toBe(65);
    expect(complaint.reasons.map((r) => r.code)).toEqual(['keyword', 'influence', 'typology']);
    expect(priorityOf({ influence: { level: 'medium' } }).score).toBe(20);
  });

  it('weighs technical cases above commercial ones', () => {
    expect(priorityOf({ typology: 'technical' }).score).toBeGreaterThan(priorityOf({ typology: 'commercial' }).score);
  });

  it('raises a case waiting past its channel level, and makes it urgent at twice the level', () => {
    // webchat: 5 minutes
    expect(priorityOf({ channel: 'webchat', waitingMinutes: 4.9 }).reasons).toEqual([]);
    expect(priorityOf({ channel: 'webchat', waitingMinutes: 5 }).reasons).toEqual([{ code: 'late', detail: '5', points: 30 }]);
    const late = priorityOf({ channel: 'webchat', waitingMinutes: 11 });
    expect(late.priority).toBe('urgent');
    expect(late.reasons).toEqual([{ code: 'very_late', detail: '11', points: 60 }]);
  });

  it('judges each channel by its own level: 45 minutes is late on WhatsApp, fine by e-mail', () => {
    expect(priorityOf({ channel: 'whatsapp', waitingMinutes: 45 }).reasons).toEqual([{ code: 'very_late', detail: '45', points: 60 }]);
    expect(priorityOf({ channel: 'email', waitingMinutes: 45 }).reasons).toEqual([]);
    expect(priorityOf({ channel: 'email', waitingMinutes: 300 }).priority).toBe('normal');
  });

  it('adds everything up to urgent without a floor', () => {
    const result = priorityOf({ segment: 'high_value', influence: { level: 'high' }, texts: ['quiero la baja'] });
    expect(result.score).toBe(120);
    expect(result.priority).toBe('urgent');
  });

  it('ignores a waiting time it cannot read, and counts a negative one as no wait', () => {
    expect(priorityOf({ waitingMinutes: Number.NaN }).reasons).toEqual([]);
    expect(priorityOf({ waitingMinutes: -5 }).reasons).toEqual([]);
  });

  it('is deterministic', () => {
    const input = facts({ texts: ['BAJA', 'urgente'], segment: 'new', influence: { level: 'medium' }, typology: 'technical', waitingMinutes: 20 });
    expect(computePriority(input, DEFAULT_PRIORITY_RULES)).toEqual(computePriority(structuredClone(input), structuredClone(DEFAULT_PRIORITY_RULES)));
  });
});

describe('priorityForScore', () => {
  it('maps the score through the thresholds', () => {
    const t = DEFAULT_PRIORITY_RULES.thresholds;
    expect([-1, 0, 39, 40, 79, 80].map((s) => priorityForScore(s, t))).toEqual(['low', 'normal', 'normal', 'high', 'high', 'urgent']);
  });
});

describe('priority rules as a synced document', () => {
  it('accepts the defaults and reads a document from JSON', () => {
    expect(parsePriorityRules(JSON.parse(JSON.stringify(DEFAULT_PRIORITY_RULES)))).toEqual({ ok: true, rules: DEFAULT_PRIORITY_RULES });
    const json = `{
      "version": 1,
      "thresholds": { "normal": 0, "high": 10, "urgent": 20 },
      "keywords": [{ "group": "fraud", "phrases": ["fraude", "no reconozco"], "points": 25, "atLeast": "urgent" }],
      "segments": {}, "influence": {}, "typology": {},
      "sla": { "late": { "points": 5 }, "veryLate": { "points": 10 }, "veryLateFactor": 3 },
      "addedByANewerServer": true
    }`;
    const parsed = parsePriorityRules(JSON.parse(json));
    if (!parsed.ok) throw new Error(parsed.error);
    const result = computePriority(facts({ texts: ['hay un débito que NO RECONOZCO'] }), parsed.rules);
    expect(result).toEqual({ priority: 'urgent', score: 25, reasons: [{ code: 'keyword', detail: 'no reconozco', group: 'fraud', points: 25 }] });
    expect(computePriority(facts({ channel: 'webchat', waitingMinutes: 12 }), parsed.rules).reasons).toEqual([{ code: 'late', detail: '12', points: 5 }]);
  });

  it('rejects a broken document with a message that says what and where', () => {
    const broken = structuredClone(DEFAULT_PRIORITY_RULES) as unknown as Record<string, unknown>;
    broken.thresholds = { normal: 50, high: 10, urgent: 80 };
    broken.keywords = [{ group: 'Retention!', phrases: ['  '], points: 500 }];
    broken.segments = { vip: { points: 10 } };
    const parsed = parsePriorityRules(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain('thresholds must rise');
    expect(parsed.error).toContain('a group is a lowercase code');
    expect(parsed.error).toContain('→ at keywords[0].phrases[0]');
    expect(parsed.error).toContain('→ at keywords[0].points');
    expect(parsed.error).toContain('Unrecognized key: "vip"');
  });

  it('rejects documents that are not rules at all, or from an unknown version', () => {
    for (const doc of [null, 'baja', [], {}, { ...DEFAULT_PRIORITY_RULES, version: 2 }]) {
      expect(parsePriorityRules(doc).ok, JSON.stringify(doc)).toBe(false);
    }
  });
});

describe('influenceLevel', () => {
  it('grades by followers, with the thresholds documented', () => {
    expect(influenceLevel({ followers: 9_999, publicFigure: false })).toEqual({ level: 'low', reasons: [] });
    expect(influenceLevel({ followers: 10_000, publicFigure: false })).toEqual({ level: 'medium', reasons: [{ code: 'followers', detail: '10000' }] });
    expect(influenceLevel({ followers: 100_000, publicFigure: false }).level).toBe('high');
  });

  it('makes a public figure or the press high whatever their followers', () => {
    expect(influenceLevel({ followers: 120, publicFigure: true })).toEqual({ level: 'high', reasons: [{ code: 'public_figure' }] });
    expect(influenceLevel({ followers: 15_000, publicFigure: false, press: true })).toEqual({
      level: 'high',
      reasons: [{ code: 'followers', detail: '15000' }, { code: 'press' }],
    });
  });

  it('accepts other thresholds and reads nonsense counts as none', () => {
    expect(influenceLevel({ followers: 600, publicFigure: false }, { medium: 500, high: 5_000 }).level).toBe('medium');
    expect(influenceLevel({ followers: Number.NaN, publicFigure: false }).level).toBe('low');
    expect(influenceLevel({ followers: -3, publicFigure: false }).level).toBe('low');
  });
});
