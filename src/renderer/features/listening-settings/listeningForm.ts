// The listening page's draft: the document as the supervisor types it (misspellings and handles
// as comma-separated text), and back. The document's own schema judges the result, so the page
// and the server refuse the same things; the preview runs the server's own matcher on the draft.
import { addressesCompany, listeningFrom, type ListeningDocument } from '../../../shared/listening/document.ts';
import { matchBrand, type BrandMatch } from '../../../shared/listening/match.ts';

export interface KeywordForm {
  keyword: string;
  /** Misspellings, comma-separated as typed. */
  forms: string;
  common: boolean;
}

export interface ListeningForm {
  keywords: KeywordForm[];
  /** The company's accounts, comma-separated as typed. */
  handles: string;
}

const list = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

export function formOf(doc: ListeningDocument): ListeningForm {
  return {
    keywords: doc.keywords.map((k) => ({ keyword: k.keyword, forms: (k.forms ?? []).join(', '), common: k.common ?? false })),
    handles: doc.handles.join(', '),
  };
}

/** The document the form says, as the schema would read it (not yet checked). */
export function docOf(form: ListeningForm): unknown {
  return {
    keywords: form.keywords.map((k) => {
      const forms = list(k.forms);
      return { keyword: k.keyword.trim(), ...(forms.length > 0 ? { forms } : {}), ...(k.common ? { common: true } : {}) };
    }),
    handles: list(form.handles),
  };
}

/** The document, or why it cannot be saved (the schema's words). */
export function checked(form: ListeningForm): { doc: ListeningDocument; problem: null } | { doc: null; problem: string } {
  const read = listeningFrom(docOf(form));
  return read.problem === null ? { doc: read.listening, problem: null } : { doc: null, problem: read.problem };
}

/**
 * What the server would do with a public post under this document: a post naming one of the
 * company's accounts addresses it (a case, never a listening post); otherwise it is heard when
 * it names a keyword, in the form it was written.
 */
export type Preview = { kind: 'addressed' } | { kind: 'heard'; match: BrandMatch } | { kind: 'ignored' };

export function preview(text: string, doc: ListeningDocument): Preview {
  if (addressesCompany(text, doc.handles)) return { kind: 'addressed' };
  const match = matchBrand(text, doc);
  return match ? { kind: 'heard', match } : { kind: 'ignored' };
}
