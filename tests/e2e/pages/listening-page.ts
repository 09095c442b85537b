// Page object of Escucha: the posts about the brand, each with its author's influence, the form
// matched, its state and its actions (open a proactive case, like, dismiss, view the case).
import type { Locator, Page } from '@playwright/test';

export class ListeningPage {
  readonly page: Page;
  readonly section: Locator;
  readonly root: Locator;
  /** The pane Escucha scrolls in: it, not the list, must fit the window. */
  readonly pane: Locator;
  readonly posts: Locator;
  readonly empty: Locator;
  readonly problem: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByTestId('section-listening');
    this.root = page.getByTestId('listening');
    this.pane = this.root.locator('xpath=..');
    this.posts = page.getByTestId('listening-post');
    this.empty = page.getByTestId('listening-empty');
    this.problem = page.getByTestId('listening-problem');
  }

  async open(): Promise<void> {
    await this.section.click();
  }

  /** The post whose text holds `words`, and its parts. */
  post(words: string) {
    const row = this.posts.filter({ hasText: words });
    return {
      row,
      text: row.getByTestId('listening-text'),
      influence: row.getByTestId('listening-influence'),
      matched: row.getByTestId('listening-matched'),
      state: row.getByTestId('listening-state'),
      pending: row.getByTestId('listening-pending'),
      openCase: row.getByTestId('listening-open-case'),
      like: row.getByTestId('listening-like'),
      dismiss: row.getByTestId('listening-dismiss'),
      viewCase: row.getByTestId('listening-view-case'),
    };
  }
}
