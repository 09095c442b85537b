// The contract's operations, answered from the open profile's cache and commands: one file of
// handlers per feature, put together here. `Handlers` makes a missing operation a type error.
import type { Input, Operation, Output } from '../../shared/contract.ts';
import type { ConsoleController } from '../console/controller.ts';
import { blockHandlers } from './block-handlers.ts';
import { caseHandlers } from './case-handlers.ts';
import { coachingHandlers } from './coaching-handlers.ts';
import { listeningHandlers } from './listening-handlers.ts';
import { customerHandlers } from './customer-handlers.ts';
import { derivationHandlers } from './derivation-handlers.ts';
import { customerLinkHandlers } from './customer-link-handlers.ts';
import { hoursHandlers } from './hours-handlers.ts';
import { knowledgeHandlers, type LinkOptions } from './knowledge-handlers.ts';
import { qaHandlers } from './qa-handlers.ts';
import { qaReviewHandlers } from './qa-review-handlers.ts';
import { replyHandlers } from './reply-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { classHandlers } from './class-handlers.ts';
import { resolveHandlers } from './resolve-handlers.ts';
import { sessionHandlers } from './session-handlers.ts';
import { teamHandlers } from './team-handlers.ts';
import { templateHandlers } from './template-handlers.ts';

export type Handlers = { [O in Operation]: (input: Input<O>) => Promise<Output<O>> | Output<O> };

export function createHandlers(controller: ConsoleController, options: LinkOptions): Handlers {
  return {
    ...sessionHandlers(controller),
    ...caseHandlers(controller),
    ...replyHandlers(controller),
    ...resolveHandlers(controller),
    ...templateHandlers(controller),
    ...knowledgeHandlers(controller, options),
    ...blockHandlers(controller),
    ...customerHandlers(controller),
    ...customerLinkHandlers(controller),
    ...hoursHandlers(controller),
    ...qaHandlers(controller),
    ...qaReviewHandlers(controller),
    ...teamHandlers(controller),
    ...reportHandlers(controller),
    ...classHandlers(controller),
    ...coachingHandlers(controller),
    ...derivationHandlers(controller),
    ...listeningHandlers(controller),
  };
}
