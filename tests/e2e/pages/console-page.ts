// Page object of the console: what an agent sees and does, in the words of the UI's roles.
import { expect, type Locator, type Page } from '@playwright/test';

export class ConsolePage {
  readonly page: Page;
  readonly rows: Locator;
  readonly caseView: Locator;
  readonly thread: Locator;
  readonly replyBox: Locator;
  readonly sendButton: Locator;
  readonly syncState: Locator;
  readonly pendingCount: Locator;

  constructor(page: Page) {
    this.page = page;
    this.rows = page.getByTestId('case-row');
    this.caseView = page.getByTestId('case-view');
    this.thread = page.getByTestId('case-thread');
    this.replyBox = page.getByTestId('reply-box');
    this.sendButton = page.getByTestId('send-reply');
    this.syncState = page.getByTestId('sync-state');
    this.pendingCount = page.getByTestId('pending-count');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.rows.first()).toBeVisible();
  }

  row(caseNumber: number): Locator {
    return this.rows.filter({ hasText: `#${caseNumber}` });
  }

  async openCase(caseNumber: number): Promise<void> {
    await this.row(caseNumber).click();
    await expect(this.caseView).toHaveAttribute('data-case-id', /.+/);
    await expect(this.caseView).toContainText(`${caseNumber}`);
  }

  async reply(text: string): Promise<void> {
    await this.replyBox.fill(text);
    await this.replyBox.press('Control+Enter');
  }

  /** The delivery state shown on the agent's message with this text. */
  stateOf(text: string): Locator {
    return this.thread.getByTestId('message').filter({ hasText: text }).getByTestId('message-state');
  }

  async caseNumbers(): Promise<number[]> {
    const texts = await this.rows.allTextContents();
    return texts.map((t) => Number(/#(\d+)/.exec(t)?.[1]));
  }
}
