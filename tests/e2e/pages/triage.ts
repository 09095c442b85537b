// Page object of triage: the inbox's work queue and filtered view, each row's priority and why,
// and each message's type in the case view.
import type { Locator, Page } from '@playwright/test';

export interface ListedCase {
  id: string;
  number: number;
  status: string;
  priority: string;
  /** When the customer's oldest unanswered message arrived; null when nothing waits on the agent. */
  waitingSince: string | null;
  reason: string | null;
}

export class Triage {
  readonly page: Page;
  readonly queueView: Locator;
  readonly filteredView: Locator;
  readonly filteredCases: Locator;
  readonly inboxCount: Locator;
  readonly search: Locator;

  constructor(page: Page) {
    this.page = page;
    this.queueView = page.getByTestId('queue-view');
    this.filteredView = page.getByTestId('filtered-view');
    this.filteredCases = page.getByTestId('filtered-case');
    this.inboxCount = page.getByTestId('inbox-count');
    this.search = page.getByTestId('inbox-search');
  }

  row(caseId: string): Locator {
    return this.page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  }

  filteredCase(caseId: string): Locator {
    return this.page.locator(`[data-testid="filtered-case"][data-case-id="${caseId}"]`);
  }

  /** The customer message with this text in the open case. */
  message(text: string): Locator {
    return this.page.getByTestId('case-thread').getByTestId('message').filter({ hasText: text });
  }

  /** The work queue as the console answers it, in its order (all of it, not only the rows on screen). */
  async queue(): Promise<ListedCase[]> {
    return this.page.evaluate(async () => {
      const bridge = (globalThis as unknown as { atiende: { listInbox(q: object): Promise<{ value: ListedCase[] }> } }).atiende;
      return (await bridge.listInbox({})).value;
    });
  }
}
