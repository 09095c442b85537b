// Page object of the customer panel beside the case: profile, identities, history and notes.
import { expect, type Locator, type Page } from '@playwright/test';

export class CustomerPanel {
  readonly page: Page;
  readonly root: Locator;
  readonly identities: Locator;
  readonly history: Locator;
  readonly notes: Locator;
  readonly noteInput: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('customer-panel');
    this.identities = this.root.getByTestId('customer-identity');
    this.history = this.root.getByTestId('customer-history-item');
    this.notes = this.root.getByTestId('customer-note');
    this.noteInput = this.root.getByTestId('customer-note-input');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tool-tab-customer').click();
    await expect(this.root).toBeVisible();
  }

  /** The history entry of this case number. */
  historyCase(caseNumber: number): Locator {
    return this.history.filter({ hasText: `#${caseNumber}` });
  }

  async historyNumbers(): Promise<number[]> {
    const texts = await this.history.allTextContents();
    return texts.map((t) => Number(/#(\d+)/.exec(t)?.[1]));
  }

  async addNote(text: string): Promise<void> {
    await this.noteInput.fill(text);
    await this.root.getByTestId('add-customer-note').click();
    await expect(this.noteInput).toHaveValue('');
  }
}
