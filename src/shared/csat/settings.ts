// Satisfaction surveys [encuestas] (seed 001, "¿Cómo medir el nivel de nuestra performance?"):
// after a resolution, a sample of cases gets two or three questions on the same channel, in the
// customer's language. The settings document `csat` says which cases and what is asked; read like
// the other settings: valid, used whole; missing, the defaults; invalid, the defaults and why.
import { z } from 'zod';
import { CHANNELS, LANGUAGES, MESSAGE_TYPES, type Language } from '../domain.ts';

export const CSAT_SETTING = 'csat';

/** The first question is answered 1–5 (the score); the others sí/no. */
const Questions = z.array(z.string().trim().min(1).max(300)).min(2).max(3);

export const CsatSettings = z.object({
  /** The random share of resolved cases surveyed, 0–1 (deterministic per case). */
  sampleRate: z.number().min(0).max(1),
  /** Channels whose cases may be surveyed (a public one gets it by private message where it can). */
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
  /** Cases of these types are always surveyed, besides the random share. */
  byType: z.array(z.enum(MESSAGE_TYPES)).max(MESSAGE_TYPES.length).optional(),
  /** Cases of these agents, or of these teams, are always surveyed too. */
  agents: z.array(z.string().min(1).max(100)).max(500).optional(),
  teams: z.array(z.string().min(1).max(100)).max(100).optional(),
  questions: z.object(Object.fromEntries(LANGUAGES.map((l) => [l, Questions])) as Record<Language, typeof Questions>).strict(),
}).strict();
export type CsatSettings = z.infer<typeof CsatSettings>;

/** The guide's three questions, the first one asked as a 1–5 score so it can be averaged. */
export const DEFAULT_CSAT: CsatSettings = {
  sampleRate: 0.3,
  channels: ['whatsapp', 'facebook_messenger', 'x_dm', 'instagram_dm', 'email', 'webchat', 'sms', 'facebook_post', 'x_mention', 'instagram_comment'],
  questions: {
    es: [
      'Del 1 al 5, ¿su consulta fue resuelta satisfactoriamente?',
      '¿Ha sido atendido con profesionalismo y amabilidad? (sí/no)',
      '¿Recomendaría usted este producto/servicio a otra persona? (sí/no)',
    ],
    en: [
      'From 1 to 5, was your query resolved satisfactorily?',
      'Were you treated professionally and kindly? (yes/no)',
      'Would you recommend this product/service to someone else? (yes/no)',
    ],
    pt: [
      'De 1 a 5, sua consulta foi resolvida de forma satisfatória?',
      'Você foi atendido com profissionalismo e gentileza? (sim/não)',
      'Você recomendaria este produto/serviço a outra pessoa? (sim/não)',
    ],
  },
};

/** The settings in force and, when the document was refused, why. */
export function csatSettingsFrom(value: unknown): { settings: CsatSettings; problem: string | null } {
  if (value === undefined || value === null) return { settings: DEFAULT_CSAT, problem: null };
  const parsed = CsatSettings.safeParse(value);
  return parsed.success ? { settings: parsed.data, problem: null } : { settings: DEFAULT_CSAT, problem: z.prettifyError(parsed.error) };
}

/** The language a survey is asked in: the case's, or Spanish for one the settings do not cover. */
export const surveyLanguage = (language: string): Language =>
  (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'es';

/** What the customer reads: the questions numbered, in one message. */
export function surveyText(questions: readonly string[], language: Language): string {
  const intro = { es: 'Queremos saber cómo lo atendimos. Puede responder en un solo mensaje:', en: 'We would like to know how we did. You can answer in one message:', pt: 'Queremos saber como foi o atendimento. Pode responder em uma só mensagem:' }[language];
  return [intro, ...questions.map((q, i) => `${i + 1}. ${q}`)].join('\n');
}
