// The message protocol of seed 001, section 5: each customer message is one of five types,
// and the type says how (and where) to answer it. Rules, in the order they decide:
//
// 1. Private data (patterns.ts): an identity number (DNI, CUIT/CUIL), a payment card (Luhn),
//    a CBU/CVU, a phone, an e-mail address, an account number introduced as one, or a home
//    address (address.ts). Prices, dates, times, years, case and order numbers, toll-free lines
//    and the company's branches are not private data.
// 2. Hostility (hostility.ts, lexicon.ts): insults and angry phrases in Spanish and English
//    (accents, capitals, repeated letters, leetspeak, asterisks and spelled-out letters do not
//    hide them), hate and harm wished on the company, animal names said of people, mocking
//    laughter (hostile-aims.ts, irony.ts), aggressive emoji, sarcasm (praise or "genios" next to
//    a complaint or an ironic emoji), and — never trolling — impatience (impatience.ts),
//    shouting, and "!!!" about a problem.
// 3. Content (content.ts): what is left once greetings, courtesy, laughter, insults, mentions,
//    emoji, keyboard mashing and vague calls for help ("¿me pueden ayudar?") are set aside — a
//    number, a word about the service, a question.
//
//   trolling (insults, mockery, sarcasm), no content    → E hostile_no_content (trolls)
//   private data                                        → B private_data (even if hostile: the
//                                                          data decides where to answer)
//   hostile                                             → C hostile
//   no content                                          → D no_content
//   otherwise                                           → A public
//
// The channel never changes the type; it only adds the `public_channel` reason and the guidance.
import { isPublicChannel } from '../channels.ts';
import type { Channel, MessageType } from '../domain.ts';
import { contentWords, hasContent } from './content.ts';
import { hostilityOf } from './hostility.ts';
import { asRead, type TextInput } from './message-text.ts';
import { findPrivateData } from './patterns.ts';
import type { TriageReason } from './reasons.ts';

const QUESTION_MARK = /[?¿]/;

export interface Classification {
  type: MessageType;
  reasons: TriageReason[];
}

export function classifyMessage(input: { text: TextInput; channel: Channel }): Classification {
  const { channel } = input;
  const message = asRead(input.text);
  const privateData = findPrivateData(message);
  const hostility = hostilityOf(message);
  const left = contentWords({ plain: message.plain, words: message.words, claimed: hostility.claimed });
  const content = privateData.length > 0 || hasContent(left, QUESTION_MARK.test(message.raw));

  const reasons: TriageReason[] = privateData.map((detail) => ({ code: 'private_data', detail }));
  if (privateData.length > 0 && isPublicChannel(channel)) reasons.push({ code: 'public_channel' });
  reasons.push(...hostility.reasons);
  if (!content) reasons.push({ code: 'no_content' });
  return { type: typeOf(content, privateData.length > 0, hostility), reasons };
}

function typeOf(content: boolean, privateData: boolean, hostility: { hostile: boolean; trolling: boolean }): MessageType {
  if (hostility.trolling && !content) return 'hostile_no_content';
  if (privateData) return 'private_data';
  if (hostility.hostile && content) return 'hostile';
  if (!content) return 'no_content';
  return 'public';
}

export const GUIDANCE_CODES = [
  'answer_publicly_fast',
  'answer_fast',
  'move_to_private',
  'answer_privately',
  'answer_carefully_weigh_influence',
  'ask_for_details',
  'discard_do_not_answer',
] as const;
export type GuidanceCode = (typeof GUIDANCE_CODES)[number];

/** What the protocol tells the agent to do with a message of this type on this channel. */
export function guidanceFor(type: MessageType, channel: Channel): GuidanceCode {
  const publicChannel = isPublicChannel(channel);
  switch (type) {
    case 'public':
      // Everyone sees a public question: a fast public answer stops it spreading.
      return publicChannel ? 'answer_publicly_fast' : 'answer_fast';
    case 'private_data':
      return publicChannel ? 'move_to_private' : 'answer_privately';
    case 'hostile':
      return 'answer_carefully_weigh_influence';
    case 'no_content':
      // Never leave it unanswered: ask what the customer needs.
      return 'ask_for_details';
    case 'hostile_no_content':
      // Trolls: any answer risks a public mistake.
      return 'discard_do_not_answer';
  }
}
