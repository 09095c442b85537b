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
  readonly filteredList: Locator;
  readonly filteredEmpty: Locator;
  /** Every "Cambiar tipo" menu in the open case's thread. */
  readonly typeMenus: Locator;
  /** Every message type shown in the open case's thread. */
  readonly shownTypes: Locator;

  constructor(page: Page) {
    this.page = page;
    this.queueView = page.getByTestId('queue-view');
    this.filteredView = page.getByTestId('filtered-view');
    this.filteredCases = page.getByTestId('filtered-case');
    this.inboxCount = page.getByTestId('inbox-count');
    this.search = page.getByTestId('inbox-search');
    this.filteredList = page.getByTestId('filtered-list');
    this.filteredEmpty = page.getByTestId('filtered-empty');
    this.typeMenus = page.getByTestId('case-thread').getByTestId('message-type-menu');
    this.shownTypes = page.getByTestId('case-thread').getByTestId('message-type');
  }

  row(caseId: string): Locator {
    return this.page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  }

  /** The priority and why, on an inbox row (a case id, or the row itself). */
  reasons(row: string | Locator): Locator {
    return (typeof row === 'string' ? this.row(row) : row).getByTestId('priority-reasons');
  }

  /** The SLA clock on an inbox row: its level in `data-level`, the wait as text. */
  slaClock(caseId: string): Locator {
    return this.row(caseId).getByTestId('sla-clock');
  }

  filteredCase(caseId: string): Locator {
    return this.page.locator(`[data-testid="filtered-case"][data-case-id="${caseId}"]`);
  }

  /** The filtered case's noise, with why it was filtered. */
  filteredMessage(caseId: string): Locator {
    return this.filteredCase(caseId).getByTestId('filtered-message');
  }

  restoreButton(caseId: string): Locator {
    return this.filteredCase(caseId).getByTestId('restore-message');
  }

  async openFiltered(caseId: string): Promise<void> {
    await this.filteredCase(caseId).getByRole('button', { name: /Caso n\.º/ }).click();
  }

  /** The customer message with this text in the open case. */
  message(text: string): Locator {
    return this.page.getByTestId('case-thread').getByTestId('message').filter({ hasText: text });
  }

  /** The type shown on the customer message with this text. */
  typeOf(text: string): Locator {
    return this.message(text).getByTestId('message-type');
  }

  /** The "por enviar" mark of a type or restore of the message with this text not sent yet. */
  decisionPending(text: string): Locator {
    return this.message(text).getByTestId('decision-pending');
  }

  /** The note on a message the noise filter holds. */
  filteredNote(text: string): Locator {
    return this.message(text).getByTestId('message-filtered');
  }

  /** The "Cambiar tipo" control of the message with this text. */
  typeMenu(text: string): Locator {
    return this.message(text).getByText('Cambiar tipo');
  }

  /** A type to choose in the open menu of the message with this text. */
  typeOption(text: string, type: string): Locator {
    return this.message(text).getByRole('button', { name: type, exact: true });
  }

  /** The work queue as the console answers it, in its order (all of it, not only the rows on screen). */
  async queue(): Promise<ListedCase[]> {
    return this.page.evaluate(async () => {
      const bridge = (globalThis as unknown as { atiende: { listInbox(q: object): Promise<{ value: ListedCase[] }> } }).atiende;
      return (await bridge.listInbox({})).value;
    });
  }
}
