// Page object of the console: the inbox, the open case's thread and the reply box, in the words
// of the UI's roles.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Draft } from '../../../src/shared/contract.ts';

export class ConsolePage {
  readonly page: Page;
  readonly rows: Locator;
  /** The inbox row the keyboard has chosen. */
  readonly selected: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly notice: Locator;
  readonly empty: Locator;
  readonly filterButton: Locator;
  readonly filterPanel: Locator;
  readonly caseView: Locator;
  /** What the case pane shows when no case is open. */
  readonly noCase: Locator;
  readonly thread: Locator;
  readonly messages: Locator;
  readonly replyBox: Locator;
  readonly sendButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.rows = page.getByTestId('case-row');
    this.selected = page.locator('[data-testid="case-row"][aria-selected="true"]');
    this.search = page.getByTestId('inbox-search');
    this.count = page.getByTestId('inbox-count');
    this.notice = page.getByTestId('inbox-notice');
    this.empty = page.getByTestId('inbox-empty');
    this.filterButton = page.getByTestId('inbox-filter-button');
    this.filterPanel = page.getByTestId('inbox-filter-panel');
    this.caseView = page.getByTestId('case-view');
    this.noCase = page.getByTestId('no-case');
    this.thread = page.getByTestId('case-thread');
    this.messages = this.thread.getByTestId('message');
    this.replyBox = page.getByTestId('reply-box');
    this.sendButton = page.getByTestId('send-reply');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.rows.first()).toBeVisible();
  }

  /** Waits until a sync has ended and none runs: the inbox's rows hold still. */
  async synced(): Promise<void> {
    await expect(this.page.getByTestId('last-synced')).toBeVisible();
    await expect(this.page.getByTestId('sync-state')).toHaveAttribute('data-state', 'idle');
  }

  /** The inbox list by its accessible name, which follows the console's language. */
  inbox(name: string): Locator {
    return this.page.getByRole('listbox', { name });
  }

  row(caseNumber: number): Locator {
    return this.rows.filter({ hasText: `#${caseNumber}` });
  }

  /** The mark on an inbox row whose case holds an unsent reply. */
  draftMarker(caseNumber: number): Locator {
    return this.row(caseNumber).getByTestId('draft-marker');
  }

  /** When the row's case was last updated, as the inbox writes it. */
  rowTime(caseNumber: number): Locator {
    return this.row(caseNumber).locator('time');
  }

  /** Types words into the inbox search (the inbox is virtualised: a case may be off screen). */
  async find(words: string): Promise<void> {
    await this.search.fill(words);
  }

  async openCase(caseNumber: number): Promise<void> {
    const row = this.row(caseNumber);
    await row.click();
    // The last case stays on screen until this one's read is back: wait for this one.
    await expect(this.caseView).toHaveAttribute('data-case-id', (await row.getAttribute('data-case-id'))!);
    await expect(this.caseView).toContainText(`${caseNumber}`);
  }

  /** The id of the open case. */
  async openCaseId(): Promise<string> {
    return (await this.caseView.getAttribute('data-case-id'))!;
  }

  /** Clicks the page's empty corner, so that the next keys go to the console, not a field. */
  async focusConsole(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 5 } });
  }

  async reply(text: string): Promise<void> {
    await this.replyBox.fill(text);
    await this.replyBox.press('Control+Enter');
  }

  /** The message in the open case's thread with this id (the server's). */
  messageWithId(id: string): Locator {
    return this.messages.and(this.page.locator(`[data-message-id="${id}"]`));
  }

  /** The message in the open case's thread with this text. */
  message(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** The "Me gusta" button under the customer's message with this text (a public case's). */
  likeButton(text: string): Locator {
    return this.message(text).getByTestId('like-message');
  }

  /** Who liked the customer's message with this text, and whether it waits to be sent. */
  likedBy(text: string): Locator {
    return this.message(text).getByTestId('message-liked-by');
  }

  /** The delivery state shown on the agent's message with this text. */
  stateOf(text: string): Locator {
    return this.message(text).getByTestId('message-state');
  }

  /** The draft the console holds for the case, as the contract answers it. */
  async savedDraft(caseId: string): Promise<Draft | undefined> {
    return this.page.evaluate(async (id) => {
      const bridge = (globalThis as unknown as { atiende: { getDraft(input: { caseId: string }): Promise<{ value?: Draft }> } }).atiende;
      return (await bridge.getDraft({ caseId: id })).value;
    }, caseId);
  }

  async caseNumbers(): Promise<number[]> {
    const texts = await this.rows.allTextContents();
    return texts.map((t) => Number(/#(\d+)/.exec(t)?.[1]));
  }
}
