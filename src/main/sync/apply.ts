// Applies validated changes from a pull to the local cache. Wire shapes become rows here.
import type { Store } from '../db/store.ts';
import type { Entity } from '../../protocol/entities.ts';
import type { Change, PutChange } from '../../protocol/sync.ts';

/** What the caller knows of the cache that spares a lookup per row. */
export interface ApplyOptions {
  /** No message of the cache has a judgement yet (a first sync before its triage): none to keep or follow. */
  untriaged?: boolean;
}

type Put<E extends Entity> = (store: Store, change: PutChange<E>, options: ApplyOptions) => void;
type Del = (store: Store, id: string) => void;

const bool = (value: boolean): number => (value ? 1 : 0);

const PUT: { [E in Entity]: Put<E> } = {
  agent: (s, { id, version, data }) =>
    s.reference.upsertAgent({
      id, version, username: data.username, name: data.name, role: data.role, team: data.team,
      hired_at: data.hiredAt, supervises: JSON.stringify(data.supervises), routed: bool(data.routed),
    }),
  customer: (s, { id, version, data }) =>
    s.customers.upsert({
      id,
      version,
      name: data.name,
      segment: data.segment,
      followers: data.followers,
      public_figure: bool(data.publicFigure),
      location: data.location,
      language: data.language,
      notes: data.notes,
      merges: JSON.stringify(data.merges),
    }),
  identity: (s, { id, version, data }) =>
    s.customers.upsertIdentity({
      id,
      version,
      customer_id: data.customerId,
      channel: data.channel,
      handle: data.handle,
      validated: bool(data.validated),
    }),
  case: (s, { id, version, data }) =>
    s.cases.upsert({
      id,
      version,
      number: data.number,
      customer_id: data.customerId,
      channel: data.channel,
      subject: data.subject,
      status: data.status,
      assigned_to: data.assignedTo,
      priority: data.priority,
      language: data.language,
      reason: data.reason,
      resolution: data.resolution,
      message_type: data.messageType,
      created_at: data.createdAt,
      updated_at: data.updatedAt,
      waiting_since: data.waitingSince,
      server_status: data.status,
      server_waiting_since: data.waitingSince,
      moved_to: data.movedTo,
      continues_id: data.continues?.caseId ?? null,
      continues_number: data.continues?.number ?? null,
      continued_in_id: data.continuedIn?.caseId ?? null,
      continued_in_number: data.continuedIn?.number ?? null,
      server_reason: data.reason,
      server_resolution: data.resolution,
      server_moved_to: data.movedTo,
      identity_id: data.identityId,
      product: data.product,
      server_product: data.product,
      peer_answered: bool(data.peerAnswered),
      server_peer_answered: bool(data.peerAnswered),
      call_avoided: bool(data.callAvoided),
      server_call_avoided: bool(data.callAvoided),
      recontact: data.recontact,
      derivation: data.derivation === null ? null : JSON.stringify(data.derivation),
      server_derivation: data.derivation === null ? null : JSON.stringify(data.derivation),
      routing_rule: data.routing?.rule ?? null,
      routing_reason: data.routing?.reason ?? null,
    }),
  message: (s, { id, version, data }, options) => {
    // Only a message someone decided about (or liked) can come back with the same words for that reason.
    const before = options.untriaged || (data.decision === null && data.liked === null) ? undefined : s.messages.words(id);
    s.messages.upsert({
      id,
      version,
      case_id: data.caseId,
      kind: data.kind,
      author: data.author,
      text: data.text,
      sent_at: data.sentAt,
      state: data.state,
      auto_reply_key: data.autoReplyKey,
      promo: data.promo,
      decision: data.decision,
      csat_answer: bool(data.csatAnswer),
      liked: data.liked,
    });
    if (options.untriaged) return;
    const sameWords = before !== undefined && before.text === data.text && before.case_id === data.caseId && before.promo === data.promo;
    if (sameWords) s.triage.keepJudgement(id, before.version, version);
    // What the agent decided shows as the server has it; pending changes are replayed on top.
    s.triage.followServer(id);
  },
  template: (s, { id, version, data }) =>
    s.knowledge.upsertTemplate({
      id,
      version,
      title: data.title,
      shortcut: data.shortcut,
      language: data.language,
      channels: data.channels === null ? null : JSON.stringify(data.channels),
      team: data.team,
      body: data.body,
      updated_at: data.updatedAt,
      owner: data.owner,
    }),
  article: (s, { id, version, data }) =>
    s.knowledge.upsertArticle({
      id,
      version,
      title: data.title,
      summary: data.summary,
      body: data.body,
      tags: JSON.stringify(data.tags),
      language: data.language,
      updated_at: data.updatedAt,
      revision: data.revision,
      url: data.url,
    }),
  setting: (s, { id, version, data }) => s.reference.upsertSetting({ id, version, value: JSON.stringify(data.value) }),
  blocked_sender: (s, { id, version, data }) =>
    s.blocks.upsert({
      id, version, channel: data.channel, handle: data.handle, reason: data.reason, blocked_by: data.blockedBy, blocked_at: data.blockedAt,
    }),
  qa_review: (s, { id, version, data }) => s.qaReviews.upsert(id, version, data),
  customer_note: (s, { id, version, data }) =>
    s.customerNotes.upsert({
      id,
      version,
      customer_id: data.customerId,
      author: data.author,
      author_name: data.authorName,
      text: data.text,
      created_at: data.createdAt,
    }),
  qa_pack: (s, { id, version, data }) => s.qaPacks.upsert({ id, version, data }),
  coaching_objective: (s, { id, version, data }) => s.coaching.upsertObjective(id, version, data),
  coaching_note: (s, { id, version, data }) => s.coaching.upsertNote(id, version, data),
  listening_post: (s, { id, version, data }) => s.listening.upsert(id, version, data),
};

// A `del` of a row the cache does not have is a no-op: each of these deletes by id.
const DEL: Record<Entity, Del> = {
  agent: (s, id) => s.reference.removeAgent(id),
  customer: (s, id) => s.customers.remove(id),
  identity: (s, id) => s.customers.removeIdentity(id),
  case: (s, id) => s.cases.remove(id),
  message: (s, id) => s.messages.remove(id),
  template: (s, id) => s.knowledge.removeTemplate(id),
  article: (s, id) => s.knowledge.removeArticle(id),
  setting: (s, id) => s.reference.removeSetting(id),
  blocked_sender: (s, id) => s.blocks.remove(id),
  customer_note: (s, id) => s.customerNotes.remove(id),
  qa_pack: (s, id) => s.qaPacks.remove(id),
  qa_review: (s, id) => s.qaReviews.remove(id),
  coaching_objective: (s, id) => s.coaching.removeObjective(id),
  coaching_note: (s, id) => s.coaching.removeNote(id),
  listening_post: (s, id) => s.listening.remove(id),
};

export function applyChange(store: Store, change: Change, options: ApplyOptions = {}): void {
  if (change.op === 'del') {
    DEL[change.entity](store, change.id);
    return;
  }
  (PUT[change.entity] as Put<Entity>)(store, change, options);
}
