// Small transcripts for the grading tests: minutes from the class's start instead of ISO times,
// a trainee (Ana) and defaults for everything a test does not care about.
import { isPublicChannel } from '../../channels.ts';
import type { Channel } from '../../domain.ts';
import type { GradingRule } from '../rules.ts';
import type { StepExpectation, Transcript, TranscriptCase, TranscriptMessage, TranscriptStep } from '../transcript.ts';

export const START = Date.parse('2026-03-02T12:00:00.000Z');
export const TRAINEE = { username: 'ana-k7p2', name: 'Ana Gómez' };
export const COLLEAGUE = 'companero';

/** Scenario time `minutes` after the class started. */
export const at = (minutes: number): string => new Date(START + minutes * 60_000).toISOString();

type MessageSpec = Omit<Partial<TranscriptMessage>, 'at'> & { at: number; text: string };

let ids = 0;
const message = (from: TranscriptMessage['from'], spec: MessageSpec): Omit<TranscriptMessage, 'channel' | 'public'> & Partial<TranscriptMessage> => ({
  id: `m${++ids}`, author: null, templates: [], articles: [], ...spec, from, at: at(spec.at),
});

/** The customer writes at minute `minute`. */
export const customer = (minute: number, text: string, more: Partial<MessageSpec> = {}) => message('customer', { ...more, at: minute, text });
/** The trainee replies at minute `minute`. */
export const reply = (minute: number, text: string, more: Partial<MessageSpec> = {}) => message('agent', { author: TRAINEE.username, ...more, at: minute, text });
/** An auto-reply of the engine. */
export const engine = (minute: number, text: string) => message('engine', { at: minute, text });

type CaseSpec = Partial<Omit<TranscriptCase, 'messages' | 'openedAt' | 'classifiedAt' | 'resolvedAt'>> & {
  messages: ReturnType<typeof message>[];
  openedAt?: number;
  classifiedAt?: number | null;
  resolvedAt?: number | null;
};

/** A case on webchat held by the trainee, opened by its first message; its id is `c1` unless told. */
export function kase(spec: CaseSpec): TranscriptCase {
  const channel: Channel = spec.channel ?? 'webchat';
  const { openedAt, classifiedAt, resolvedAt, messages, ...rest } = spec;
  return {
    caseId: 'c1', number: 1001, customer: 'Marta Ruiz', step: null, status: 'open', reason: null, messageType: null,
    assignedTo: TRAINEE.username, movedTo: null, ...rest, channel,
    openedAt: openedAt === undefined ? (messages[0]?.at ?? at(0)) : at(openedAt),
    classifiedAt: classifiedAt == null ? null : at(classifiedAt),
    resolvedAt: resolvedAt == null ? null : at(resolvedAt),
    messages: messages.map((m) => ({ channel, public: isPublicChannel(m.channel ?? channel), ...m })),
  };
}

/** A step that fired at `fired` (null: not yet) in case `caseId`, expecting `expect`. */
export const step = (id: string, caseId: string | null, fired: number | null, ...expect: (GradingRule | StepExpectation)[]): TranscriptStep => ({
  id, caseId, firedAt: fired === null ? null : at(fired), expect: expect.map((e) => (typeof e === 'string' ? { rule: e } : e)),
});

export function transcript(spec: { cases: TranscriptCase[]; steps?: TranscriptStep[]; always?: GradingRule[]; now?: number; finished?: boolean; language?: Transcript['language'] }): Transcript {
  return {
    trainee: TRAINEE, language: spec.language ?? 'es', company: 'Conecta', teams: ['Atención al cliente', 'Retención'],
    always: spec.always ?? [], steps: spec.steps ?? [], cases: spec.cases, now: at(spec.now ?? 60), finished: spec.finished ?? false,
  };
}
