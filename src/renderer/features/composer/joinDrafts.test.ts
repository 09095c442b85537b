import { describe, expect, it } from 'vitest';
import { joinDrafts } from './joinDrafts.ts';

const draft = (text: string, extra: Partial<Parameters<typeof joinDrafts>[0]> = {}) => ({ text, templates: [], articles: [], holes: [], ...extra });

describe('joinDrafts', () => {
  it('keeps the saved draft first and what was typed before it arrived after it', () => {
    expect(joinDrafts(draft('Hola Ana, tu pedido [order]'), draft('sale hoy')).text).toBe('Hola Ana, tu pedido [order]\nsale hoy');
  });

  it('keeps the sources of both, once each, and the fields still in the text', () => {
    const joined = joinDrafts(
      draft('Pedido [order]', { templates: [{ id: 't1', version: 2 }], holes: ['[order]', '[gone]'] }),
      draft('Ver [link]', { templates: [{ id: 't1', version: 2 }, { id: 't2', version: 1 }], articles: [{ id: 'a1', version: 4 }], holes: ['[link]'] }),
    );
    expect(joined.templates).toEqual([{ id: 't1', version: 2 }, { id: 't2', version: 1 }]);
    expect(joined.articles).toEqual([{ id: 'a1', version: 4 }]);
    expect(joined.holes).toEqual(['[order]', '[link]']);
  });

  it('is the saved draft when nothing but spaces was typed', () => {
    expect(joinDrafts(draft('Borrador'), draft('  ')).text).toBe('Borrador');
  });
});
