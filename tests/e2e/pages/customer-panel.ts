// Page object of the customer panel beside the case: profile, identities, history and notes,
// and where links and merges start.
import { expect, type Locator, type Page } from '@playwright/test';

export class CustomerPanel {
  readonly page: Page;
  readonly root: Locator;
  readonly name: Locator;
  readonly segment: Locator;
  readonly influence: Locator;
  readonly recordNotes: Locator;
  readonly identities: Locator;
  readonly history: Locator;
  readonly notes: Locator;
  readonly noteInput: Locator;
  readonly search: Locator;
  /** The note on a record linked or merged into this one, with its undo. */
  readonly merge: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('customer-panel');
    this.name = this.root.getByTestId('customer-name');
    this.segment = this.root.getByTestId('customer-segment');
    this.influence = this.root.getByTestId('customer-influence');
    this.recordNotes = this.root.getByTestId('customer-record-notes');
    this.identities = this.root.getByTestId('customer-identity');
    this.history = this.root.getByTestId('customer-history-item');
    this.notes = this.root.getByTestId('customer-note');
    this.noteInput = this.root.getByTestId('customer-note-input');
    this.search = this.root.getByTestId('customer-search');
    this.merge = this.root.getByTestId('customer-merge');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tool-tab-customer').click();
    await expect(this.root).toBeVisible();
  }

  /** The identity listed with this text (a channel's name or a handle). */
  identity(text: string): Locator {
    return this.identities.filter({ hasText: text });
  }

  /** The history entry of this case number. */
  historyCase(caseNumber: number): Locator {
    return this.history.filter({ hasText: `#${caseNumber}` });
  }

  /** The parts of a history entry an agent reads. */
  historyParts(caseNumber: number): { button: Locator; owner: Locator; status: Locator; time: Locator } {
    const entry = this.historyCase(caseNumber);
    return {
      button: entry.getByRole('button'),
      owner: entry.getByTestId('customer-case-owner'),
      status: entry.getByTestId('customer-case-status'),
      time: entry.getByTestId('customer-case-time'),
    };
  }

  /** Opens the history entry of this case number. */
  async openHistoryCase(caseNumber: number): Promise<void> {
    await this.historyParts(caseNumber).button.click();
  }

  async historyNumbers(): Promise<number[]> {
    const texts = await this.history.allTextContents();
    return texts.map((t) => Number(/#(\d+)/.exec(t)?.[1]));
  }

  /** The note with this text, and its parts. */
  note(text: string): { root: Locator; author: Locator; time: Locator; text: Locator } {
    const root = this.notes.filter({ hasText: text });
    return { root, author: root.getByTestId('customer-note-author'), time: root.getByTestId('customer-note-time'), text: root.locator('.customer-note-text') };
  }

  async addNote(text: string): Promise<void> {
    await this.noteInput.fill(text);
    await this.root.getByTestId('add-customer-note').click();
    await expect(this.noteInput).toHaveValue('');
  }

  /** A customer the search found (in this cache or the directory). */
  candidate(name: string): Locator {
    return this.root.getByTestId('customer-candidate').filter({ hasText: name });
  }

  async linkTo(name: string): Promise<void> {
    await this.candidate(name).getByTestId('link-to-customer').click();
  }

  /** A record suggested for merging, by its name. */
  mergeSuggestion(name: string): Locator {
    return this.root.getByTestId('merge-suggestion').filter({ hasText: name });
  }

  async startMerge(name: string): Promise<void> {
    await this.mergeSuggestion(name).getByRole('button', { name: 'Fusionar' }).click();
  }

  async undoMerge(): Promise<void> {
    await this.root.getByTestId('undo-merge').click();
  }

  /** Starts taking the identity listed with this text off the customer. */
  async startUnlink(text: string): Promise<void> {
    await this.identity(text).getByTestId('unlink-identity').click();
  }
}
