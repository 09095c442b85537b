// `atiende qa …`: the supervisors' quality work from the command line. `qa scorecard` prints the
// evaluation sheet in force on this profile (the synced `qa_scorecards` document, or the default
// while none has arrived), read from the cache, offline too.
import type { ScorecardsDocument } from '../../shared/qa/scorecard.ts';
import { SCORECARDS_DOCUMENT, settingInForce } from '../settings/in-force.ts';
import { openLocal, type Output } from './commands.ts';
import { safeJson, safeText } from './format.ts';

/** The sheet in force as scripts read it: the criteria with what a review may answer. */
export function scorecardJson({ inForce: card }: ScorecardsDocument) {
  return {
    id: card.id,
    version: card.version,
    name: card.name,
    bonusCap: card.bonusCap,
    sections: card.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      criteria: s.criteria.map((c) => ({ id: c.id, question: c.question, help: c.help, scale: c.scale, weight: c.weight, na: c.na, channels: c.channels })),
    })),
  };
}

export async function qaScorecard(o: { profile: string; json: boolean }): Promise<Output> {
  const { store } = await openLocal(o.profile);
  try {
    const { value, version, problem } = settingInForce(store.reference, SCORECARDS_DOCUMENT);
    const stderr = problem ? `warning: the synced qa_scorecards document (version ${String(version)}) is not valid, the default is in force: ${safeText(problem)}\n` : undefined;
    const card = scorecardJson(value);
    const stdout = o.json ? safeJson(card) : [
      `${safeText(card.name)} (${card.id} v${card.version}, bonus up to ${card.bonusCap} points)`,
      ...card.sections.flatMap((s) => [
        `\n[${s.kind}] ${safeText(s.title)}`,
        ...s.criteria.map((c) => `  ${c.id.padEnd(20)} ${c.scale.padEnd(5)} w${String(c.weight).padEnd(4)} ${c.na ? 'N/A ' : '    '}${safeText(c.question)}${c.channels ? ` (${c.channels.join(', ')})` : ''}`),
      ]),
    ].join('\n') + '\n';
    return { stdout, ...(stderr ? { stderr } : {}) };
  } finally {
    store.close();
  }
}
