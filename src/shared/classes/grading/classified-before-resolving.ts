// classified_before_resolving: the case had a reason when it was resolved (guide, section 3:
// "es imprescindible clasificar cada caso"). A case still open is pending while the class runs;
// at the end an open case passes if it has a reason and fails if it has none.
import type { RuleCheck, Transcript, TranscriptCase } from '../transcript.ts';
import { checkOn, lang, ms, targetsOf } from './context.ts';

const TEXT = {
  es: {
    classified: 'clasificado antes de resolver',
    unclassified: 'resuelto sin motivo de contacto',
    afterwards: 'resuelto antes de clasificarlo',
    open: 'todavía sin resolver',
    openClassified: 'clasificado; quedó sin resolver',
    openUnclassified: 'quedó sin clasificar',
  },
  en: {
    classified: 'classified before resolving',
    unclassified: 'resolved with no contact reason',
    afterwards: 'resolved before it was classified',
    open: 'not resolved yet',
    openClassified: 'classified; left unresolved',
    openUnclassified: 'left unclassified',
  },
};

type Verdict = [pass: boolean | null, detail: keyof (typeof TEXT)['es']];

function verdict(c: TranscriptCase, finished: boolean): Verdict {
  // A reason that came without a recorded moment (the seed's) was there before any resolution.
  const classifiedAt = c.classifiedAt ?? (c.reason === null ? null : c.openedAt);
  if (c.resolvedAt !== null) {
    if (classifiedAt === null) return [false, 'unclassified'];
    return ms(classifiedAt) <= ms(c.resolvedAt) ? [true, 'classified'] : [false, 'afterwards'];
  }
  if (!finished) return [null, 'open'];
  return c.reason === null ? [false, 'openUnclassified'] : [true, 'openClassified'];
}

export function checkClassifiedBeforeResolving(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const { targets, pending } = targetsOf(t, 'classified_before_resolving', () => true);
  return [...pending, ...targets.map((target) => {
    const [pass, detail] = verdict(target.case, t.finished);
    return checkOn('classified_before_resolving', target, pass, target.from, text[detail]);
  })];
}
