// One transaction's repositories on either engine: every aggregate written once over `sql`.
import { Feed } from '../../feed.ts';
import type { Sql } from '../sql.ts';
import type { Tx } from '../store.ts';
import { caseEvents, cases, messages } from './cases.ts';
import { articles, autoReplies, blocks, organisation, settings, templates } from './catalogue.ts';
import { coaching } from './coaching.ts';
import { csatSurveys } from './csat.ts';
import { customers, identities, links, notes } from './customers.ts';
import { derivations } from './derivations.ts';
import { listening } from './listening.ts';
import { outbound } from './outbound.ts';
import { pushLog } from './push-log.ts';
import { qaPacks } from './qa-packs.ts';
import { qaReviews } from './qa-reviews.ts';

export function repositoriesOn(sql: Sql): Tx {
  return {
    pushLog: pushLog(sql),
    cases: cases(sql),
    caseEvents: caseEvents(sql),
    csat: csatSurveys(sql),
    messages: messages(sql),
    customers: customers(sql),
    identities: identities(sql),
    notes: notes(sql),
    links: links(sql),
    templates: templates(sql),
    articles: articles(sql),
    blocks: blocks(sql),
    settings: settings(sql),
    organisation: organisation(sql),
    autoReplies: autoReplies(sql),
    outbound: outbound(sql),
    qaPacks: qaPacks(sql),
    qaReviews: qaReviews(sql),
    coaching: coaching(sql),
    derivations: derivations(sql),
    feed: new Feed(sql),
    listening: listening(sql),
  };
}
