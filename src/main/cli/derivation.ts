// `derive` and `answer-derivation`: queued offline like a reply, sent by the next sync.
import { ROUTING_SETTING, routingFrom } from '../../shared/routing/document.ts';
import { targetLabel } from '../../shared/derivation/derivation.ts';
import { openLocal, type Output } from './commands.ts';
import { safeText } from './format.ts';

/** `#1038`, as every line of the CLI names a case (its id when the cache no longer has it). */
const caseLabel = (store: Awaited<ReturnType<typeof openLocal>>['store'], caseId: string) => {
  const number = store.cases.get(caseId)?.number;
  return number === undefined ? caseId : `#${number}`;
};

/** `--to area:NAME|agent:NAME` (a bare name is an agent; an area by its id or name, accents and case folded). */
export async function derive(o: { profile: string; case: string; to: string; note: string }): Promise<Output> {
  const { store, commands } = await openLocal(o.profile);
  try {
    const queued = commands.deriveCase(o.case, o.to, o.note);
    const label = targetLabel(queued.to, routingFrom(store.reference.setting(ROUTING_SETTING)).routing);
    return { stdout: `Derivation of case ${caseLabel(store, queued.caseId)} to ${safeText(label)} (${queued.to}) queued as mutation ${queued.seq}; the next sync sends it\n` };
  } finally {
    store.close();
  }
}

/** Whom a case was derived to: `answered` (with --note), `returned` or `taken`. */
export async function answerDerivation(o: { profile: string; case: string; outcome: string; note: string }): Promise<Output> {
  const { store, commands } = await openLocal(o.profile);
  try {
    const queued = commands.answerDerivation(o.case, o.outcome, o.note);
    return { stdout: `Derivation ${o.outcome} on case ${caseLabel(store, queued.caseId)}, queued as mutation ${queued.seq}; the next sync sends it\n` };
  } finally {
    store.close();
  }
}
