// Which sentence words a refused change: the same code means different things for different
// changes (`invalid_target` is a channel for a move to private, an agent for a reassignment),
// so a change's own table is read before the general one.
import type { RefusalReason } from '../../shared/errors.ts';

type Table = { [R in RefusalReason]?: string };

const GENERAL = {
  reason_required: 'resolve.refused.reason_required',
  unknown_reason: 'resolve.refused.unknown_reason',
  resolution_required: 'resolve.refused.resolution_required',
  unknown_product: 'resolve.refused.unknown_product',
  customer_merged: 'customerLinks.refused.customer_merged',
  already_undone: 'customerLinks.refused.already_undone',
  only_identity: 'customerLinks.refused.only_identity',
  customer_not_found: 'customerLinks.refused.customer_not_found',
  no_shared_key: 'customerLinks.refused.no_shared_key',
  link_not_validated: 'customerLinks.refused.link_not_validated',
  unknown_area: 'derivation.refused.unknown_area',
  already_derived: 'derivation.refused.already_derived',
  not_derived: 'derivation.refused.not_derived',
  not_in_area: 'derivation.refused.not_in_area',
  no_recipient: 'derivation.refused.no_recipient',
} as const satisfies Table;

/** A message's type or restore, refused: the message went back to the server's decision, said so. */
const DECISION = {
  not_in_case: 'triage.refused.not_in_case',
  not_assigned: 'triage.refused.not_assigned',
  case_not_found: 'triage.refused.case_not_found',
} as const satisfies Table;

const BY_CHANGE = {
  move_to_private: {
    not_public: 'movePrivate.refused.not_public',
    invalid_target: 'movePrivate.refused.invalid_target',
  },
  reassign_case: {
    forbidden: 'team.refusal.forbidden',
    invalid_target: 'team.refusal.invalid_target',
    not_supervisor: 'team.refusal.not_supervisor',
    case_not_found: 'team.refusal.case_not_found',
  },
  set_message_type: DECISION,
  restore_message: DECISION,
  mark_peer_answered: { not_public: 'peer.refused.not_public' },
  /** A like refused: it went back to the server's like (none), said in the agent's language. */
  react: {
    not_in_case: 'messageLike.refused.not_in_case',
    not_assigned: 'messageLike.refused.not_assigned',
    case_not_found: 'messageLike.refused.case_not_found',
    not_public: 'messageLike.refused.not_public',
    no_likes: 'messageLike.refused.no_likes',
  },
} as const satisfies Record<string, Table>;

type Values<T> = T[keyof T];
type RefusalKey = Values<typeof GENERAL> | Values<{ [N in keyof typeof BY_CHANGE]: Values<(typeof BY_CHANGE)[N]> }>;

const keyIn = <T extends Table>(table: T, reason: string | null): Values<T> | null =>
  reason !== null && Object.hasOwn(table, reason) ? table[reason as keyof T] : null;

/** The catalog key wording `reason` for the change `name`, or null when none has a sentence of its own. */
export function refusalKey(name: string, reason: string | null): RefusalKey | null {
  const own: Table | null = Object.hasOwn(BY_CHANGE, name) ? BY_CHANGE[name as keyof typeof BY_CHANGE] : null;
  return ((own ? keyIn(own, reason) : null) as RefusalKey | null) ?? keyIn(GENERAL, reason);
}
