// Decides when the agent should hear about a change while the window is hidden: a case newly
// assigned to them, or a new customer message on one of their cases. A case only noise waits on
// ("hola", "gracias") is not work: it stays quiet until the agent restores it. Under the
// profile's notification privacy a notice carries the case number only.
import type { Store } from '../db/store.ts';
import { notificationPrivacy } from './notification-privacy.ts';

export interface CaseNotice {
  caseId: string;
  kind: 'new_case' | 'new_message';
  caseNumber: number;
  /** Empty when `hidden`. */
  customerName: string;
  subject: string;
  /** The profile's privacy hides the customer's name and text. */
  hidden: boolean;
}

interface Snapshot {
  number: number;
  customer: string;
  subject: string;
  lastCustomerAt: string | null;
  filtered: boolean;
  publicFigure: boolean;
}

export class CaseNotifier {
  private known: Map<string, Snapshot> | null = null;
  private readonly store: Store;
  private readonly agent: string;

  constructor(store: Store, agent: string) {
    this.store = store;
    this.agent = agent;
  }

  /** Compares with the previous look; the first look (and the initial sync) only learns. */
  check(quiet: boolean): CaseNotice[] {
    const now = this.snapshot();
    const before = this.known;
    this.known = now;
    if (before === null || quiet) return [];
    const notices: CaseNotice[] = [];
    const privacy = notificationPrivacy(this.store);
    for (const [caseId, current] of now) {
      if (current.filtered) continue;
      const previous = before.get(caseId);
      const hidden = privacy.hideAll || (privacy.hidePublicFigures && current.publicFigure);
      const notice = hidden
        ? { caseId, caseNumber: current.number, customerName: '', subject: '', hidden }
        : { caseId, caseNumber: current.number, customerName: current.customer, subject: current.subject, hidden };
      if (!previous) notices.push({ ...notice, kind: 'new_case' });
      else if (current.lastCustomerAt !== null && current.lastCustomerAt > (previous.lastCustomerAt ?? '')) {
        notices.push({ ...notice, kind: 'new_message' });
      }
    }
    return notices;
  }

  private snapshot(): Map<string, Snapshot> {
    const rows = this.store.db
      .prepare<[string], { id: string; number: number; customer: string | null; subject: string; last: string | null; filtered: number; pf: number | null }>(
        `SELECT c.id, c.number, cu.name AS customer, c.subject, c.triage_filtered AS filtered, cu.public_figure AS pf,
                (SELECT max(m.sent_at) FROM messages m WHERE m.case_id = c.id AND m.kind = 'customer') AS last
         FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.assigned_to = ?`,
      )
      .all(this.agent);
    return new Map(rows.map((r) => [r.id, {
      number: r.number, customer: r.customer ?? '', subject: r.subject, lastCustomerAt: r.last, filtered: r.filtered === 1, publicFigure: r.pf === 1,
    }]));
  }
}
