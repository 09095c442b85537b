import { describe, expect, it } from 'vitest';
import { classificationProblem, contactReasonsFrom, DEFAULT_CONTACT_REASONS } from './contact-reasons.ts';
import { moveToPrivatePlan } from './move-to-private.ts';

describe('contact reasons', () => {
  it('reads a synced list, keeping which reasons are active', () => {
    const document = { version: 1, reasons: [
      { code: 'query', labels: { es: 'Consulta', en: 'Query' }, active: true },
      { code: 'suggestion', labels: { es: 'Sugerencia', en: 'Suggestion' }, active: false },
    ] };
    const reasons = contactReasonsFrom(document);
    expect(reasons.map((r) => [r.code, r.active])).toEqual([['query', true], ['suggestion', false]]);
    expect(classificationProblem(reasons, 'query')).toBeNull();
    expect(classificationProblem(reasons, 'suggestion')).toBe('unknown_reason');
    expect(classificationProblem(reasons, 'complaint')).toBe('unknown_reason');
    expect(classificationProblem(reasons, undefined)).toBe('reason_required');
  });

  it('falls back to the guide’s list when the document is missing or invalid, never half-read', () => {
    expect(contactReasonsFrom(undefined)).toEqual(DEFAULT_CONTACT_REASONS.reasons);
    expect(contactReasonsFrom({ version: 1, reasons: [{ code: 'gossip', labels: { es: 'x', en: 'x' }, active: true }] }))
      .toEqual(DEFAULT_CONTACT_REASONS.reasons);
    const twice = { code: 'query', labels: { es: 'Consulta', en: 'Query' }, active: true };
    expect(contactReasonsFrom({ version: 1, reasons: [twice, twice] })).toEqual(DEFAULT_CONTACT_REASONS.reasons);
  });
});

describe('moving to private', () => {
  it('offers the same network’s private channel first, and nothing on a private case', () => {
    expect(moveToPrivatePlan(undefined, 'x_mention')?.targets[0]).toBe('x_dm');
    expect(moveToPrivatePlan(undefined, 'facebook_post')?.targets[0]).toBe('facebook_messenger');
    expect(moveToPrivatePlan(undefined, 'instagram_comment')?.targets[0]).toBe('instagram_dm');
    expect(moveToPrivatePlan(undefined, 'mercadolibre')?.targets[0]).toBe('email');
    expect(moveToPrivatePlan(undefined, 'whatsapp')).toBeNull();
  });

  it('follows the synced setting, and ignores one that points at a public channel', () => {
    const setting = { version: 1, channels: { x_mention: { targets: ['email'], templates: ['tpl-1'] } } };
    expect(moveToPrivatePlan(setting, 'x_mention')).toEqual({ targets: ['email'], templateIds: ['tpl-1'] });
    const bad = { version: 1, channels: { x_mention: { targets: ['facebook_post'] } } };
    expect(moveToPrivatePlan(bad, 'x_mention')?.targets).toEqual(['x_dm', 'email']);
  });
});
