// `derive` and `answer-derivation`: queued offline like a reply, sent by the next sync.
import { ROUTING_SETTING, routingFrom } from '../../shared/routing/document.ts';
import { targetLabel } from '../../shared/derivation/derivation.ts';
import { openLocal, type Output } from './commands.ts';
import { safeText } from './format.ts';

/** `--to area:NAME|agent:NAME` (a bare name is an agent; an area by its id or name, accents and case folded). */
export async function derive(o: { profile: string; case: string; to: string; note: string }): Promise<Output> {
  const { store, commands } = await openLocal(o.profile);
  try {
    const queued = commands.deriveCase(o.case, o.to, o.note);
    const label = targetLabel(queued.to, routingFrom(store.reference.setting(ROUTING_SETTING)).routing);
    const number = store.cases.get(queued.caseId)?.number ?? queued.caseId;
    return { stdout: `Derivation of case #${number} to ${safeText(label)} (${queued.to}) queued as mutation ${queued.seq}; the next sync sends it\n` };
  } finally {
    store.close();
  }
}

/** Whom a case was derived to: `answered` (with --note), `returned` or `taken`. */
export async function answerDerivation(o: { profile: string; case: string; outcome: string; note: string }): Promise<Output> {
  const { store, commands } = await openLocal(o.profile);
  try {
    const queued = commands.answerDerivation(o.case, o.outcome, o.note);
    return { stdout: `Derivation ${o.outcome} on case ${queued.caseId}, queued as mutation ${queued.seq}; the next sync sends it\n` };
  } finally {
    store.close();
  }
}
