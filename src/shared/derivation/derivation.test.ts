import { describe, expect, it } from 'vitest';
import type { RoutingDocument } from '../routing/document.ts';
import { recipientsOf, resolveTarget, targetLabel } from './derivation.ts';

const routing: RoutingDocument = {
  teams: [
    { id: 'soporte', name: 'Soporte', kind: 'team', members: ['lucia'], skills: {} },
    { id: 'facturacion', name: 'Facturación', kind: 'area', members: ['mateo'], skills: {} },
    { id: 'legales', name: 'Legales', kind: 'area', members: ['ines', 'sofia'], skills: {} },
  ],
  rules: [{ kind: 'load' }],
};

describe('a derivation target', () => {
  it('names an area by its id or its name, accents and case folded, and a bare name is an agent', () => {
    expect(resolveTarget('area:facturacion', routing)).toBe('area:facturacion');
    expect(resolveTarget('area:Facturación', routing)).toBe('area:facturacion');
    expect(resolveTarget(' area: FACTURACION ', routing)).toBe('area:facturacion');
    expect(resolveTarget('agent:Mateo', routing)).toBe('agent:mateo');
    expect(resolveTarget('mateo', routing)).toBe('agent:mateo');
  });

  it('is undefined for a team, an unknown area, another kind or nothing', () => {
    expect(resolveTarget('area:soporte', routing)).toBeUndefined();
    expect(resolveTarget('area:cocina', routing)).toBeUndefined();
    expect(resolveTarget('team:soporte', routing)).toBeUndefined();
    expect(resolveTarget('area:', routing)).toBeUndefined();
  });

  it('is answered by the area’s members or the agent named, and reads as the area’s name', () => {
    expect(recipientsOf('area:legales', routing)).toEqual(['ines', 'sofia']);
    expect(recipientsOf('agent:mateo', routing)).toEqual(['mateo']);
    expect(recipientsOf('area:gone', routing)).toEqual([]);
    expect(targetLabel('area:facturacion', routing)).toBe('Facturación');
    expect(targetLabel('agent:mateo', routing)).toBe('mateo');
  });
});
