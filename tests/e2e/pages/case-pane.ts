// Page object of what the open case shows around its thread: its details, whether it is public,
// read-only or blocked, the protocol's guidance, the suggestions, the auto-replies and the
// satisfaction survey in it.
import type { Locator, Page } from '@playwright/test';

export class CasePane {
  readonly page: Page;
  readonly readOnlyNote: Locator;
  readonly visibility: Locator;
  readonly guidance: Locator;
  readonly detailsToggle: Locator;
  readonly details: Locator;
  readonly suggestions: Locator;
  readonly autoReply: Locator;
  readonly autoReplyBadge: Locator;
  /** Auto-reply badges on the customer's own messages (there should be none). */
  readonly customerBadges: Locator;
  /** What the thread says when retention removed the customer's text. */
  readonly purgedNote: Locator;
  /** The satisfaction survey the server sent at resolution, and its badge. */
  readonly survey: Locator;
  readonly surveyBadge: Locator;
  /** Customer messages read as the survey's answer. */
  readonly csatAnswers: Locator;
  /** "Recontacto: CSAT negativo" on a case a negative answer reopened. */
  readonly recontact: Locator;
  /** "Ruteo: cliente influyente → agente senior": how the server routed the case (its rule in `data-rule`). */
  readonly routing: Locator;
  /** The priority on the case's line. */
  readonly priority: Locator;
  /** The open case's SLA clock: its level in `data-level`. */
  readonly slaClock: Locator;

  constructor(page: Page) {
    this.page = page;
    this.readOnlyNote = page.getByTestId('read-only-note');
    this.visibility = page.getByTestId('case-visibility');
    this.guidance = page.getByTestId('type-guidance');
    this.detailsToggle = page.getByTestId('case-details-toggle');
    this.details = page.getByTestId('case-details');
    this.suggestions = page.getByTestId('suggestions');
    const thread = page.getByTestId('case-thread');
    this.autoReply = thread.locator('[data-testid="message"][data-kind="auto_reply"]');
    this.autoReplyBadge = this.autoReply.getByTestId('auto-reply-badge');
    this.customerBadges = thread.locator('[data-kind="customer"]').getByTestId('auto-reply-badge');
    this.purgedNote = thread.getByTestId('purged-thread');
    this.survey = thread.locator('[data-testid="message"][data-kind="survey"]');
    this.surveyBadge = this.survey.getByTestId('survey-badge');
    this.csatAnswers = thread.locator('[data-testid="message"][data-csat-answer="true"]');
    this.recontact = page.getByTestId('case-recontact');
    this.routing = page.getByTestId('case-routing');
    this.priority = page.getByTestId('case-line').locator('[data-priority]');
    this.slaClock = page.getByTestId('case-line').getByTestId('sla-clock');
  }

  async openSuggestions(): Promise<void> {
    await this.suggestions.locator('summary').click();
  }

  suggestedArticle(title: string): Locator {
    return this.suggestions.getByTestId('suggested-article').filter({ hasText: title });
  }

  /** Opens a suggested article in the knowledge panel by its button. */
  async openSuggested(title: string): Promise<void> {
    await this.suggestions.getByRole('button', { name: title }).click();
  }
}
