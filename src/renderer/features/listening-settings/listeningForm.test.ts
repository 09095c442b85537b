import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTENING, type ListeningDocument } from '../../../shared/listening/document.ts';
import { checked, docOf, formOf, preview } from './listeningForm.ts';

const conecta: ListeningDocument = {
  keywords: [{ keyword: 'Conecta', forms: ['conceta', 'konecta'], common: true }, { keyword: 'Fibrazo' }],
  handles: ['@ConectaAR', '@conecta.ar'],
};

describe('the listening form', () => {
  it('gives back the document it was made from', () => {
    expect(checked(formOf(conecta))).toEqual({ doc: conecta, problem: null });
    expect(checked(formOf(DEFAULT_LISTENING))).toEqual({ doc: DEFAULT_LISTENING, problem: null });
  });

  it('reads misspellings and handles as comma-separated text, and leaves out what is empty', () => {
    const form = formOf(conecta);
    form.keywords[0] = { ...form.keywords[0]!, forms: ' conceta,, konecta , conekta ' };
    form.keywords[1] = { keyword: ' Fibrazo ', forms: ' ', common: false };
    form.handles = '@ConectaAR ,, @conecta.ar';
    expect(docOf(form)).toEqual({
      keywords: [{ keyword: 'Conecta', forms: ['conceta', 'konecta', 'conekta'], common: true }, { keyword: 'Fibrazo' }],
      handles: ['@ConectaAR', '@conecta.ar'],
    });
  });

  it('says in the schema’s words why a draft cannot be saved', () => {
    const twoWords = formOf(conecta);
    twoWords.keywords[0]!.forms = 'conceta, co necta';
    expect(checked(twoWords).problem).toMatch(/one word of letters and digits/);
    const noKeyword = formOf(conecta);
    noKeyword.keywords = [];
    expect(checked(noKeyword).problem).toMatch(/keywords/);
    const badHandle = formOf(conecta);
    badHandle.handles = '@Conecta AR';
    expect(checked(badHandle).problem).toMatch(/an account name such as @ConectaAR/);
  });

  it('previews a post with the server’s matcher: heard in the form written, addressed, or ignored', () => {
    const withForm = formOf(conecta);
    withForm.keywords[0]!.forms = 'conceta, konecta, kanekto';
    const doc = checked(withForm).doc!;
    expect(preview('El wifi de kanekto anda fatal hoy', doc)).toEqual({ kind: 'heard', match: { keyword: 'Conecta', form: 'kanekto' } });
    expect(preview('El wifi de kanekto anda fatal hoy', conecta)).toEqual({ kind: 'ignored' });
    expect(preview('@ConectaAR el wifi anda fatal', doc)).toEqual({ kind: 'addressed' });
    expect(preview('Me encanta Fibrazo', doc)).toEqual({ kind: 'heard', match: { keyword: 'Fibrazo', form: 'Fibrazo' } });
  });
});
