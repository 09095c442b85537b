// Deriving a case and closing its derivation: each shows at once on the case (`derivation`),
// over the server's copy, which a refusal puts back (`server_derivation`).
import { AnswerDerivationArgs, type ANSWER_DERIVATION } from '../../../protocol/mutations/answer-derivation.ts';
import { DeriveCaseArgs, type DERIVE_CASE } from '../../../protocol/mutations/derive-case.ts';
import { recipientsOf } from '../../../shared/derivation/derivation.ts';
import { ROUTING_SETTING, routingFrom } from '../../../shared/routing/document.ts';
import { undoOnCase, type MutationModule } from './module.ts';

export const deriveCase: MutationModule<typeof DERIVE_CASE> = {
  args: DeriveCaseArgs,
  effect(store, args, { author: { username } }) {
    // Whom the server will fix as its recipients, as this cache's routing document says now.
    const recipients = recipientsOf(args.to, routingFrom(store.reference.setting(ROUTING_SETTING)).routing).filter((u) => u !== username);
    store.cases.deriveLocally(args.caseId, { to: args.to, state: 'derived', note: args.note, by: username, recipients });
  },
  undo: undoOnCase,
  announces: [],
};

export const answerDerivation: MutationModule<typeof ANSWER_DERIVATION> = {
  args: AnswerDerivationArgs,
  effect(store, args) {
    const current = store.cases.get(args.caseId)?.derivation;
    if (!current) return;
    // Returned or taken without a note keeps the agent's note, as the server does.
    store.cases.deriveLocally(args.caseId, { ...current, state: args.outcome, note: args.note === '' ? current.note : args.note });
  },
  undo: undoOnCase,
  announces: [],
};
