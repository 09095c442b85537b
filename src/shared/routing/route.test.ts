import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, RoutingRule, routingFrom, type RoutingDocument, type RoutingTeam } from './document.ts';
import { overflowing } from './overflow.ts';
import { simulateRouting } from './simulate.ts';
import { LOAD_REASON, mentionsTopic, NO_AGENT_REASON, route, ROUTING_RULE_KINDS, ROUTING_TEXT_MAX, type RoutingCandidate, type RoutingCase } from './route.ts';

const ana: RoutingCase = { channel: 'whatsapp', language: 'es', text: 'Hola, me quedé sin internet', influence: 'low' };
const agent = (username: string, openCases: number, seniority: RoutingCandidate['seniority'] = '12m+', routed = true, away = false): RoutingCandidate =>
  ({ username, openCases, seniority, routed, away });
const team = (id: string, name: string, members: string[], skills: RoutingTeam['skills'] = {}, kind: RoutingTeam['kind'] = 'team'): RoutingTeam =>
  ({ id, name, kind, members, skills });

// Lucía (senior, busy) and Camila (new, free) in Soporte; Bruno (new) in Ventas.
const lucia = agent('lucia', 4, '12m+');
const camila = agent('camila', 0, '0-6m');
const bruno = agent('bruno', 1, '0-6m');
const conecta: RoutingDocument = {
  teams: [
    team('soporte', 'Soporte', ['lucia', 'camila'], { languages: ['es'], channels: ['whatsapp', 'email'] }),
    team('ventas', 'Ventas', ['bruno'], { topics: ['contratar', 'plan nuevo'], languages: ['en', 'pt'], channels: ['instagram_dm'] }),
    team('facturacion', 'Facturación', ['lucia'], { topics: ['factura', 'débito'] }, 'area'),
  ],
  rules: [{ kind: 'influence', minLevel: 'high', seniority: '12m+' }, { kind: 'topic' }, { kind: 'language' }, { kind: 'channel' }, { kind: 'load' }],
};

describe('routing a new case', () => {
  it('by default gives it to the agent with the fewest open cases, as the server always did', () => {
    expect(route(ana, [lucia, camila, bruno], DEFAULT_ROUTING)).toEqual({ agent: 'camila', rule: 'load', reason: LOAD_REASON });
  });

  it('prefers agents not away, and gives to everyone routed when all are away', () => {
    const away = (c: RoutingCandidate) => ({ ...c, away: true });
    expect(route(ana, [away(camila), lucia, away(bruno)], DEFAULT_ROUTING)).toEqual({ agent: 'lucia', rule: 'load', reason: LOAD_REASON });
    expect(route(ana, [away(camila), away(lucia), away(bruno)], DEFAULT_ROUTING).agent).toBe('camila');
    // The rules work on those present: the only senior present takes the influential customer.
    expect(route({ ...ana, influence: 'high' }, [away(lucia), camila, agent('mateo', 9)], conecta))
      .toEqual({ agent: 'mateo', rule: 'influence', reason: 'cliente influyente → agente senior' });
  });

  it('breaks a tie in open cases by username, in code-unit order as SQL sorts', () => {
    expect(route(ana, [agent('mateo', 2), agent('lucia', 2), agent('Zoe', 2)], DEFAULT_ROUTING).agent).toBe('Zoe');
    expect(route(ana, [agent('mateo', 2), agent('lucia', 2)], DEFAULT_ROUTING).agent).toBe('lucia');
  });

  it('never picks an agent the rules do not route to, and says so when no one is left', () => {
    expect(route(ana, [agent('camila', 0, '0-6m', false), lucia], DEFAULT_ROUTING).agent).toBe('lucia');
    expect(route(ana, [agent('camila', 0, '0-6m', false)], conecta)).toEqual({ agent: null, rule: null, reason: NO_AGENT_REASON });
    expect(route(ana, [], DEFAULT_ROUTING)).toEqual({ agent: null, rule: null, reason: NO_AGENT_REASON });
  });

  it('gives an influential customer to a senior agent, even a busier one', () => {
    expect(route({ ...ana, influence: 'high' }, [lucia, camila, bruno], conecta))
      .toEqual({ agent: 'lucia', rule: 'influence', reason: 'cliente influyente → agente senior' });
  });

  it('reads influence from the level the rule names up', () => {
    const medium = { ...conecta, rules: [{ kind: 'influence', minLevel: 'medium', seniority: '6-12m' }] } satisfies RoutingDocument;
    const joaquin = agent('joaquin', 1, '6-12m');
    expect(route({ ...ana, influence: 'medium' }, [lucia, camila, joaquin], medium))
      .toEqual({ agent: 'joaquin', rule: 'influence', reason: 'cliente influyente → agente con 6 meses o más' });
    // A customer below the rule's level goes by load.
    expect(route({ ...ana, influence: 'low' }, [lucia, camila, joaquin], medium).rule).toBe('load');
    expect(route({ ...ana, influence: 'medium' }, [lucia, camila], conecta).agent).toBe('camila');
  });

  it('skips a rule that keeps everyone or no one: the next rule or load decides', () => {
    const noTeams = { teams: [], rules: conecta.rules } satisfies RoutingDocument;
    // Only seniors: influence narrows nothing.
    expect(route({ ...ana, influence: 'high' }, [lucia, agent('mateo', 1)], noTeams))
      .toEqual({ agent: 'mateo', rule: 'load', reason: LOAD_REASON });
    // Only newcomers: no senior to follow the rule with.
    expect(route({ ...ana, influence: 'high' }, [camila, bruno], noTeams))
      .toEqual({ agent: 'camila', rule: 'load', reason: LOAD_REASON });
  });

  it('sends a topic of the first message to its team, accents and case folded', () => {
    expect(route({ ...ana, text: 'Quiero CONTRATAR un Plan Nuevo' }, [lucia, camila, bruno], conecta))
      .toEqual({ agent: 'bruno', rule: 'topic', reason: 'tema «contratar» → Ventas' });
    // An area takes its topics too: "debito" written without its accent, "Facturación" holding "factura".
    expect(route({ ...ana, text: 'Me hicieron un debito dos veces' }, [lucia, camila, bruno], conecta))
      .toEqual({ agent: 'lucia', rule: 'topic', reason: 'tema «débito» → Facturación' });
    expect(route({ ...ana, text: 'Consulta por la Facturación de marzo' }, [lucia, camila, bruno], conecta).rule).toBe('topic');
  });

  it('names the team of the agents a topic leaves, when the first team it names has no one routed', () => {
    const withLegales = { ...conecta, teams: [team('legales', 'Legales', ['ines'], { topics: ['factura'] }, 'area'), ...conecta.teams] } satisfies RoutingDocument;
    expect(route({ ...ana, text: 'Reclamo por una factura' }, [lucia, camila, bruno, agent('ines', 0, '12m+', false)], withLegales))
      .toEqual({ agent: 'lucia', rule: 'topic', reason: 'tema «factura» → Facturación' });
  });

  it('matches a topic only at the start of a word', () => {
    expect(mentionsTopic('quiero mi factura', 'Factura')).toBe(true);
    expect(mentionsTopic('las facturas de abril', 'factura')).toBe(true);
    expect(mentionsTopic('refactura', 'factura')).toBe(false);
    expect(mentionsTopic('un plan nuevo, por favor', 'plan nuevo')).toBe(true);
    expect(mentionsTopic('sin señal', 'senal')).toBe(true);
    expect(mentionsTopic('algo', ' ')).toBe(false);
  });

  it('reads only the first 4 KB of the message for topics', () => {
    const filler = 'x '.repeat(ROUTING_TEXT_MAX / 2);
    expect(mentionsTopic(`factura ${filler}`, 'factura')).toBe(true);
    expect(mentionsTopic(`${filler}factura`, 'factura')).toBe(false);
    expect(route({ ...ana, text: `${filler} Quiero contratar` }, [lucia, camila, bruno], conecta).rule).not.toBe('topic');
  });

  it('sends a language to the team that speaks it', () => {
    expect(route({ ...ana, language: 'en', text: 'My internet is down' }, [lucia, camila, bruno], conecta))
      .toEqual({ agent: 'bruno', rule: 'language', reason: 'idioma inglés → Ventas' });
  });

  it('sends a channel to the team that handles it', () => {
    const noLanguages = { ...conecta, rules: [{ kind: 'channel' }, { kind: 'load' }] } satisfies RoutingDocument;
    expect(route({ ...ana, channel: 'instagram_dm' }, [lucia, camila, bruno], noLanguages))
      .toEqual({ agent: 'bruno', rule: 'channel', reason: 'canal directo de Instagram → Ventas' });
    expect(route({ ...ana, channel: 'whatsapp' }, [lucia, camila, bruno], noLanguages))
      .toEqual({ agent: 'camila', rule: 'channel', reason: 'canal WhatsApp → Soporte' });
  });

  it('reads a team without a language or channel list as taking any, as the document says', () => {
    const soporteOnly = { teams: [team('soporte', 'Soporte', ['lucia', 'camila'], { languages: ['es'], channels: ['whatsapp'] }), team('ventas', 'Ventas', ['bruno'])] };
    const byLanguage = { ...soporteOnly, rules: [{ kind: 'language' }, { kind: 'load' }] } satisfies RoutingDocument;
    expect(route({ ...ana, language: 'en', text: 'My internet is down' }, [lucia, camila, bruno], byLanguage))
      .toEqual({ agent: 'bruno', rule: 'language', reason: 'idioma inglés → Ventas' });
    const byChannel = { ...soporteOnly, rules: [{ kind: 'channel' }, { kind: 'load' }] } satisfies RoutingDocument;
    expect(route({ ...ana, channel: 'email' }, [lucia, camila, bruno], byChannel))
      .toEqual({ agent: 'bruno', rule: 'channel', reason: 'canal correo → Ventas' });
    // An empty list is the same as none; a case both teams take is narrowed by neither.
    const emptyLists = { ...byChannel, teams: [soporteOnly.teams[0]!, team('ventas', 'Ventas', ['bruno'], { channels: [] })] } satisfies RoutingDocument;
    expect(route({ ...ana, channel: 'email' }, [lucia, camila, bruno], emptyLists).agent).toBe('bruno');
    expect(route(ana, [lucia, camila, bruno], byChannel)).toEqual({ agent: 'camila', rule: 'load', reason: LOAD_REASON });
  });

  it('follows the rules in their order: the first that narrows decides', () => {
    const influential = { ...ana, influence: 'high' as const, text: 'Quiero contratar' };
    expect(route(influential, [lucia, camila, bruno], conecta).rule).toBe('influence');
    const topicFirst = { ...conecta, rules: [{ kind: 'topic' }, ...conecta.rules] } satisfies RoutingDocument;
    expect(route(influential, [lucia, camila, bruno], topicFirst)).toMatchObject({ agent: 'bruno', rule: 'topic' });
  });

  it('ends the rules at load: rules after it never run', () => {
    const loadFirst = { ...conecta, rules: [{ kind: 'load' }, { kind: 'topic' }] } satisfies RoutingDocument;
    expect(route({ ...ana, text: 'Quiero contratar' }, [lucia, camila, bruno], loadFirst))
      .toEqual({ agent: 'camila', rule: 'load', reason: LOAD_REASON });
  });

  it('keeps the defaults when the document is invalid', () => {
    const bad = routingFrom({ teams: [], rules: [{ kind: 'seniority' }] });
    expect(bad.problem).toMatch(/rules/);
    expect(route({ ...ana, influence: 'high' }, [lucia, camila], bad.routing)).toEqual({ agent: 'camila', rule: 'load', reason: LOAD_REASON });
  });
});

it('names every rule kind the document knows', () => {
  expect(ROUTING_RULE_KINDS).toEqual(RoutingRule.options.map((o) => o.shape.kind.value));
});

describe('overflow', () => {
  const withOverflow: RoutingDocument = {
    ...conecta,
    teams: conecta.teams.map((t) => (t.id === 'soporte' ? { ...t, overflow: { afterMinutes: 15, to: 'ventas' } } : t)),
  };

  it('moves a case that waited longer than its team allows to the team named', () => {
    expect(overflowing([
      { caseId: 'case-1', agent: 'camila', waitingMinutes: 16 },
      { caseId: 'case-2', agent: 'camila', waitingMinutes: 15 },
      { caseId: 'case-3', agent: 'bruno', waitingMinutes: 600 },
      { caseId: 'case-4', agent: null, waitingMinutes: 600 },
      { caseId: 'case-5', agent: 'lucia', waitingMinutes: 30 },
    ], withOverflow)).toEqual([
      { caseId: 'case-1', from: 'soporte', to: 'ventas', reason: 'espera de más de 15 min en Soporte → Ventas' },
      { caseId: 'case-5', from: 'soporte', to: 'ventas', reason: 'espera de más de 15 min en Soporte → Ventas' },
    ]);
  });

  it('moves nothing without an overflow rule', () => {
    expect(overflowing([{ caseId: 'case-1', agent: 'camila', waitingMinutes: 600 }], conecta)).toEqual([]);
    expect(overflowing([{ caseId: 'case-1', agent: 'camila', waitingMinutes: 600 }], DEFAULT_ROUTING)).toEqual([]);
  });
});

describe('the simulator', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const people = [
    { username: 'lucia', name: 'Lucía Fernández', hiredAt: '2023-11-27', routed: true },
    { username: 'camila', name: 'Camila Domínguez', hiredAt: '2026-10-02', routed: true },
    { username: 'bruno', name: 'Bruno Lucero', hiredAt: '2026-08-03', routed: true },
  ];

  /** No presence known: everyone counts, and the result names them as unknown. */
  const unknown = { away: [], everyoneAway: false, presenceUnknown: ['Lucía Fernández', 'Camila Domínguez', 'Bruno Lucero'] };

  it('names the rule that decides and every agent it leaves', () => {
    expect(simulateRouting({ ...ana, influence: 'high' }, people, conecta, now))
      .toEqual({ rule: 'influence', reason: 'cliente influyente → agente senior', agents: ['Lucía Fernández'], ...unknown });
    expect(simulateRouting({ ...ana, text: 'Quiero contratar' }, people, conecta, now))
      .toEqual({ rule: 'topic', reason: 'tema «contratar» → Ventas', agents: ['Bruno Lucero'], ...unknown });
    expect(simulateRouting(ana, people, DEFAULT_ROUTING, now))
      .toEqual({ rule: 'load', reason: LOAD_REASON, agents: ['Lucía Fernández', 'Camila Domínguez', 'Bruno Lucero'], ...unknown });
    expect(simulateRouting(ana, [], conecta, now)).toEqual({ rule: null, reason: NO_AGENT_REASON, agents: [], away: [], everyoneAway: false, presenceUnknown: [] });
  });

  it('leaves out the agents the rules never pick, as the server does', () => {
    const ines = { username: 'ines', name: 'Inés Carrizo', hiredAt: '2024-12-01', routed: false };
    expect(simulateRouting({ ...ana, influence: 'high' }, [...people, ines], conecta, now))
      .toMatchObject({ rule: 'influence', reason: 'cliente influyente → agente senior', agents: ['Lucía Fernández'] });
    // The default scenario's rules, every routed agent senior: influence keeps everyone, so load decides.
    const seniors = [people[0]!, ines, { ...ines, username: 'mateo', name: 'Mateo Rossi', routed: true }];
    const scenario: RoutingDocument = { teams: [], rules: [{ kind: 'influence', minLevel: 'high', seniority: '12m+' }, { kind: 'load' }] };
    expect(simulateRouting({ ...ana, influence: 'high' }, seniors, scenario, now))
      .toMatchObject({ rule: 'load', reason: LOAD_REASON, agents: ['Lucía Fernández', 'Mateo Rossi'] });
  });

  it('leaves out the agents who are away, as the server does, and says so', () => {
    const present = [{ ...people[0]!, presence: 'busy' as const }, { ...people[1]!, presence: 'away' as const }, { ...people[2]!, presence: 'available' as const }];
    // Lucía, the senior, is there: the influential customer goes to her.
    expect(simulateRouting({ ...ana, influence: 'high' }, present, conecta, now))
      .toEqual({ rule: 'influence', reason: 'cliente influyente → agente senior', agents: ['Lucía Fernández'], away: ['Camila Domínguez'], everyoneAway: false, presenceUnknown: [] });
    expect(simulateRouting(ana, present, DEFAULT_ROUTING, now))
      .toEqual({ rule: 'load', reason: LOAD_REASON, agents: ['Lucía Fernández', 'Bruno Lucero'], away: ['Camila Domínguez'], everyoneAway: false, presenceUnknown: [] });
    // Lucía away: the senior rule has no one left to keep, so load decides among those present.
    const luciaAway = [{ ...present[0]!, presence: 'away' as const }, present[1]!, present[2]!];
    expect(simulateRouting({ ...ana, influence: 'high' }, luciaAway, conecta, now))
      .toEqual({ rule: 'load', reason: LOAD_REASON, agents: ['Bruno Lucero'], away: ['Lucía Fernández', 'Camila Domínguez'], everyoneAway: false, presenceUnknown: [] });
    // Everyone away (no one reports presence yet): all count, as on the server.
    const allAway = people.map((p) => ({ ...p, presence: 'away' as const }));
    expect(simulateRouting(ana, allAway, DEFAULT_ROUTING, now))
      .toEqual({ rule: 'load', reason: LOAD_REASON, agents: people.map((p) => p.name), away: [], everyoneAway: true, presenceUnknown: [] });
    // An agent the console knows nothing of counts as present and is named.
    expect(simulateRouting(ana, [present[0]!, present[1]!, people[2]!], DEFAULT_ROUTING, now))
      .toMatchObject({ agents: ['Lucía Fernández', 'Bruno Lucero'], away: ['Camila Domínguez'], presenceUnknown: ['Bruno Lucero'] });
  });

  it('chooses as the server’s route() does once presence is known', () => {
    const present = [{ ...people[0]!, presence: 'away' as const }, { ...people[1]!, presence: 'available' as const }, { ...people[2]!, presence: 'busy' as const }];
    const candidates = present.map((p) => ({ username: p.username, routed: true, away: p.presence === 'away', openCases: 0, seniority: '12m+' as const }));
    const served = route({ ...ana, influence: 'high' }, candidates, DEFAULT_ROUTING).agent;
    const simulated = simulateRouting({ ...ana, influence: 'high' }, present, DEFAULT_ROUTING, now).agents;
    expect(simulated).toContain(present.find((p) => p.username === served)?.name);
    expect(simulated).not.toContain('Lucía Fernández');
  });
});
