// The customer panel at scale: a customer with 200 cases in a cache of 5 000 cases (about
// 50 000 messages), made from the scenario's own texts. Times what the panel asks for when a
// case opens: the profile (getCustomer) and all the customer's cases (customerHistory).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../src/main/db/store.ts';
import { loadScenario } from '../src/server/scenario.ts';
import { timeLoop, type Latency } from './stats.ts';

export interface CustomerFigures {
  cases: number;
  messages: number;
  historyCases: number;
  panel: Latency;
}

const CASES = 5000;
const BIG_CUSTOMER_CASES = 200;
const MESSAGES_PER_CASE = 10;
const AGENTS = ['lucia', 'mateo'];
const BIG = 'bench-big-customer';

export function measureCustomerPanel(iterations: number, warmup: number): CustomerFigures {
  const root = mkdtempSync(join(tmpdir(), 'atiende-bench-customer-'));
  const store = Store.open(join(root, 'customer.db'), randomBytes(32)) // encrypted, as the console's;
  try {
    const scenario = loadScenario('default');
    const lines = scenario.cases.flatMap((c) => c.messages.map((m) => m.text));
    let version = 0;
    const at = (hours: number, minutes = 0) => new Date(Date.UTC(2026, 0, 1) + hours * 3_600_000 + minutes * 60_000).toISOString();
    store.transaction(() => {
      for (const username of AGENTS) store.reference.upsertAgent({ id: username, username, name: username, role: 'agent', team: null, hired_at: null, supervises: '[]', routed: 1, version: ++version });
      for (let i = 0; i < CASES; i++) {
        const big = i < BIG_CUSTOMER_CASES;
        const base = scenario.cases[i % scenario.cases.length]!;
        const customerId = big ? BIG : `bench-cus-${i}`;
        if (!big || i === 0) {
          const person = scenario.customers[i % scenario.customers.length]!;
          store.customers.upsert({
            id: customerId, name: person.name, segment: person.segment, followers: person.followers, public_figure: person.publicFigure ? 1 : 0,
            location: person.location, language: person.language, notes: person.notes, merges: '[]', version: ++version,
          });
          person.identities.forEach((identity, n) => store.customers.upsertIdentity({
            id: `${customerId}.${n}`, customer_id: customerId, channel: identity.channel, handle: identity.handle, validated: identity.validated ? 1 : 0, version: ++version,
          }));
        }
        const id = `bench-case-${i}`;
        store.cases.upsert({
          id, number: 10_000 + i, customer_id: customerId, channel: base.channel,
          // A case with no subject is summarised by its first message: a quarter of the big customer's.
          subject: big && i % 4 === 0 ? '' : base.subject, status: base.status, assigned_to: AGENTS[i % 2]!, priority: base.priority,
          language: base.language, reason: base.reason, resolution: base.resolution, message_type: base.messageType,
          created_at: at(i), updated_at: at(i, MESSAGES_PER_CASE), waiting_since: null, version: ++version, server_status: base.status, server_waiting_since: null,
          moved_to: null, continues_id: null, continues_number: null, continued_in_id: null, continued_in_number: null, identity_id: null,
          server_reason: base.reason, server_resolution: base.resolution, server_moved_to: null,
        });
        for (let m = 0; m < MESSAGES_PER_CASE; m++) {
          store.messages.upsert({
            id: `${id}.m${m}`, case_id: id, kind: m % 2 === 0 ? 'customer' : 'reply', author: 'x',
            text: lines[(i * MESSAGES_PER_CASE + m) % lines.length]!, sent_at: at(i, m), state: 'sent', version: ++version, promo: null,
          });
        }
      }
    });
    const history = store.cases.history(BIG, 'lucia');
    if (history.length !== BIG_CUSTOMER_CASES || !store.customers.profile(BIG)) {
      throw new Error(`The big customer has ${history.length} cases in the cache, not ${BIG_CUSTOMER_CASES}`);
    }
    return {
      cases: store.cases.count(),
      messages: (store.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n,
      historyCases: history.length,
      panel: timeLoop(iterations, warmup, () => {
        store.customers.profile(BIG);
        store.cases.history(BIG, 'lucia');
      }),
    };
  } finally {
    store.close();
    rmSync(root, { recursive: true, force: true });
  }
}
