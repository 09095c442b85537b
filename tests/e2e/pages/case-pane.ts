// Page object of what the open case shows around its thread: its details, whether it is public,
// read-only or blocked, the protocol's guidance, the suggestions and the auto-replies in it.
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
