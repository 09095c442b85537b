// Listening [escucha] (seed 001: "al monitorear las marcas y palabras clave, es posible detectar
// quiénes están hablando de la empresa (aunque escriban mal el nombre)"): the settings document
// `listening` names the brand keywords, each with the misspellings people are known to write,
// and the company's own accounts (a post naming one of them addresses the company: it is a case,
// not a listening post). Read like the other settings: valid, used whole; missing, the defaults;
// invalid, the defaults and why.
import { z } from 'zod';

export const LISTENING_SETTING = 'listening';

/** One word: the matcher compares a post word by word. */
const Word = z.string().trim().min(2).max(60).regex(/^[\p{L}\p{N}]+$/u, 'one word of letters and digits');

export const ListeningKeyword = z.object({
  /** The brand as the company writes it: "Conecta". */
  keyword: Word,
  /** Misspellings matched as they are, beyond the ones the fuzzy rules already find. */
  forms: z.array(Word).max(50).optional(),
  /** Also an everyday word (conecta: the verb conectar): written exactly, it is read in context. */
  common: z.boolean().optional(),
}).strict();
export type ListeningKeyword = z.infer<typeof ListeningKeyword>;

export const ListeningDocument = z.object({
  keywords: z.array(ListeningKeyword).min(1).max(50),
  /** The company's accounts, with or without "@": "@ConectaAR". */
  handles: z.array(z.string().trim().regex(/^@?[\p{L}\p{N}_.]{1,50}$/u, 'an account name such as @ConectaAR')).max(20),
}).strict();
export type ListeningDocument = z.infer<typeof ListeningDocument>;

/** The sandbox company's brand and accounts. */
export const DEFAULT_LISTENING: ListeningDocument = {
  keywords: [{ keyword: 'Conecta', forms: ['conceta', 'konecta'], common: true }],
  handles: ['@ConectaAR', '@conecta', '@conecta.ar'],
};

/** The document in force and, when it was refused, why. */
export function listeningFrom(value: unknown): { listening: ListeningDocument; problem: string | null } {
  if (value === undefined || value === null) return { listening: DEFAULT_LISTENING, problem: null };
  const parsed = ListeningDocument.safeParse(value);
  return parsed.success ? { listening: parsed.data, problem: null } : { listening: DEFAULT_LISTENING, problem: z.prettifyError(parsed.error) };
}

/** Whether `text` names one of the company's accounts: such a post addresses the company. */
export function addressesCompany(text: string, handles: readonly string[]): boolean {
  const mentioned = new Set([...text.matchAll(/(?<=^|\s)@([\p{L}\p{N}_.]+)/gu)].map((m) => (m[1] ?? '').replace(/\.+$/, '').toLowerCase()));
  return handles.some((handle) => mentioned.has(handle.replace(/^@/, '').toLowerCase()));
}
