// The review screen, the draft saved as it is typed, an agent's own reviews and a supervisor's
// disputes to resolve: all read from the cache, every write queued like any change.
import type { MutationView } from '../../shared/models.ts';
import type { QaReview } from '../../shared/qa/review.ts';
import type { QaReviewCase, ReviewWithContext } from '../../shared/qa/review-operations.ts';
import type { Store } from '../db/store.ts';
import type { ConsoleController } from '../console/controller.ts';
import { cachedQaReport } from '../qa/report.ts';
import { scorecardOf, scorecards } from '../qa/scorecards.ts';
import { CodedError } from '../../shared/errors.ts';
import { readCase } from './case-handlers.ts';
import type { Handlers } from './handlers.ts';

type QaReviewHandlers = Pick<Handlers,
  'qaReviewCase' | 'saveReviewDraft' | 'submitReview' | 'myReviews' | 'acknowledgeReview' | 'disputeReview' | 'resolveDispute'
  | 'reviewsToResolve' | 'qaPackProgress' | 'qaReport'>;

const argsOf = (m: MutationView): Record<string, unknown> => (typeof m.args === 'object' && m.args !== null ? m.args as Record<string, unknown> : {});

export function qaReviewHandlers(controller: ConsoleController): QaReviewHandlers {
  const store = () => controller.current.store;
  const me = () => controller.current.profile.username;
  return {
    qaReviewCase: ({ packId, caseId }): QaReviewCase => {
      const s = store();
      const review = s.qaReviews.ofCase(packId, caseId, me());
      const draft = s.qaReviews.draft(packId, caseId);
      const detail = readCase(controller, caseId);
      const used = review && scorecardOf(s, review.scorecardId, review.scorecardVersion);
      const refusal = s.outbox.reviewChanges()
        .filter((m) => m.name === 'submit_review' && m.status !== 'pending' && argsOf(m).packId === packId && argsOf(m).caseId === caseId)
        .at(-1) ?? null;
      return {
        packId, caseId, detail,
        notes: detail ? s.customerNotes.forCustomer(detail.case.customerId) : [],
        scorecard: used ?? scorecards(s).inForce,
        draft, review,
        queue: review ? (review.pending ? 'queued' : 'submitted') : draft ? 'draft' : 'none',
        refusal: review ? null : refusal,
      };
    },
    saveReviewDraft: ({ packId, caseId, answers, comments, pendingComment = null }) => {
      store().qaReviews.saveDraft(packId, caseId, { answers, comments, pendingComment, updatedAt: new Date().toISOString() });
      return null;
    },
    submitReview: ({ packId, caseId, answers, comments, scorecard }) => {
      const { reviewId, mutationId } = controller.current.commands.submitReview(
        { packId, caseId, answers, comments, ...(scorecard ? { scorecard } : {}) }, controller.current.profile.role,
      );
      return { reviewId, mutationId };
    },
    myReviews: () => withContext(store(), store().qaReviews.ofAgent(me())),
    acknowledgeReview: ({ reviewId }) => ({ mutationId: controller.current.commands.acknowledgeReview(reviewId).mutationId }),
    disputeReview: ({ reviewId, criterionId, reason }) => {
      const { disputeId, mutationId } = controller.current.commands.disputeReview(reviewId, criterionId, reason);
      return { disputeId, mutationId };
    },
    resolveDispute: (input) => ({ mutationId: controller.current.commands.resolveDispute(input).mutationId }),
    reviewsToResolve: () => withContext(store(), store().qaReviews.toResolve(me())),
    qaPackProgress: () => store().qaReviews.progress(me()),
    qaReport: ({ from, to }) => {
      if (controller.current.profile.role !== 'supervisor') throw new CodedError('not_supervisor', 'Only supervisors read the QA report');
      if (!(Date.parse(from) < Date.parse(to))) throw new CodedError('invalid_period', 'The period must start before it ends');
      return cachedQaReport(store(), { from, to });
    },
  };
}

function withContext(store: Store, reviews: QaReview[]): ReviewWithContext[] {
  const changes = store.outbox.reviewChanges();
  return reviews.map((review) => {
    const thread = store.messages.thread(review.caseId);
    const anchored = new Set(review.comments.map((c) => c.messageId));
    return {
      review,
      caseNumber: store.cases.get(review.caseId)?.number ?? null,
      scorecard: scorecardOf(store, review.scorecardId, review.scorecardVersion) ?? null,
      anchors: Object.fromEntries(thread.filter((m) => anchored.has(m.id))
        .map((m) => [m.id, { id: m.id, author: m.author, kind: m.kind, text: m.text, sentAt: m.sentAt }])),
      changes: changes.filter((m) => argsOf(m).reviewId === review.id),
    };
  });
}
