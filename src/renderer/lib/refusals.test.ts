import { describe, expect, it } from 'vitest';
import { es } from '../i18n/es.ts';
import { refusalKey } from './refusals.ts';

/** The Spanish sentence a key names, so the test reads what the user reads. */
const spanish = (key: string | null): unknown => key?.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], es);

describe('the sentence of a refused change', () => {
  it('words invalid_target for its change: an agent for a reassignment, a channel for a move to private', () => {
    expect(spanish(refusalKey('reassign_case', 'invalid_target'))).toBe('Ese agente no está en un equipo que supervises, o ya no puede ingresar.');
    expect(spanish(refusalKey('move_to_private', 'invalid_target'))).toBe('Ese canal privado ya no se ofrece para este caso. Probá de nuevo con otro.');
  });

  it('keeps each change’s own sentence before the general one, and falls back to it', () => {
    expect(spanish(refusalKey('reassign_case', 'case_not_found'))).toBe('El caso ya no existe.');
    expect(refusalKey('set_message_type', 'case_not_found')).toBe('triage.refused.case_not_found');
    expect(refusalKey('move_to_private', 'not_public')).toBe('movePrivate.refused.not_public');
    expect(refusalKey('set_status', 'reason_required')).toBe('resolve.refused.reason_required');
    expect(refusalKey('derive_case', 'no_recipient')).toBe('derivation.refused.no_recipient');
  });

  it('leaves a refusal no table words to the server’s message', () => {
    expect(refusalKey('send_reply', 'invalid_target')).toBeNull();
    expect(refusalKey('reassign_case', 'not_public')).toBeNull();
    expect(refusalKey('set_status', null)).toBeNull();
    expect(refusalKey('constructor', 'toString')).toBeNull();
  });
});
