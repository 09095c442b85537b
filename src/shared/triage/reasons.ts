// Why a message got its type: machine codes the UI translates, with the detail that matched.
import type { PrivateDataKind } from './patterns.ts';

export type TriageReason =
  /** Private data of the kind in `detail` (type B). */
  | { code: 'private_data'; detail: PrivateDataKind }
  /** Private data on a public channel: the conversation must move to a private one. */
  | { code: 'public_channel' }
  /** An insult or angry phrase, as listed in lexicon.ts. */
  | { code: 'hostile_words'; detail: string }
  | { code: 'aggressive_emoji'; detail: string }
  /** Praise (or applause) next to a stated problem; `detail` is the praise. */
  | { code: 'sarcasm'; detail: string }
  /** Mostly capitals. */
  | { code: 'shouting' }
  /** Runs of "!!!" or "???" in a hostile message. */
  | { code: 'exclamations' }
  /** Nothing an agent can act on (types D and E). */
  | { code: 'no_content' };

export type TriageReasonCode = TriageReason['code'];
