// Triage: the pure rules that read each pulled customer message — its protocol type (A–E),
// whether it is noise, and how urgent its case is. No I/O, no clock: callers pass times in.
export { classifyMessage, guidanceFor, GUIDANCE_CODES, type Classification, type GuidanceCode } from './classify.ts';
export { addressKey } from './address.ts';
export { cancellationIn } from './cancellation.ts';
export { asRead, readMessage, type MessageText, type TextInput } from './message-text.ts';
export { findPrivateData, luhnValid, privateDataIn, PRIVATE_DATA_KINDS, type PrivateDataItem, type PrivateDataKind } from './patterns.ts';
export type { TriageReason, TriageReasonCode } from './reasons.ts';
export { noiseOf, reopensCase, type Noise, type NoiseInput, type NoiseKind } from './noise.ts';
export { computePriority, keywordIn, priorityForScore, type PriorityFacts, type PriorityReason, type PriorityResult } from './priority.ts';
export {
  DEFAULT_PRIORITY_RULES, INFLUENCE_LEVELS, parsePriorityRules, PriorityRules, TYPOLOGIES, typologyOf, type InfluenceLevel, type Typology,
} from './priority-rules.ts';
export { INFLUENCE_THRESHOLDS, influenceLevel, type Influence, type InfluenceProfile, type InfluenceReason } from './influence.ts';
