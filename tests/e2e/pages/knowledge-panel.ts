// Page object of the knowledge-base panel beside the case: search, results, one article.
import { expect, type Locator, type Page } from '@playwright/test';

export class KnowledgePanel {
  readonly page: Page;
  readonly search: Locator;
  readonly results: Locator;
  readonly article: Locator;
  readonly linkNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.search = page.getByTestId('kb-search');
    this.results = page.getByTestId('kb-result');
    this.article = page.getByTestId('kb-article');
    this.linkNotice = page.getByTestId('kb-link-notice');
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.locator('.kb-result-title', { hasText: title }) });
  }

  /** Types `words` and waits until the results shown are theirs (earlier ones stay while a search runs). */
  async find(words: string): Promise<void> {
    await this.search.fill(words);
    await expect(this.page.getByTestId('kb-panel')).toHaveAttribute('data-searched', words.trim());
  }

  /** Searches `words` and opens the result titled `title`. */
  async open(words: string, title: string): Promise<void> {
    await this.find(words);
    await this.result(title).click();
    await expect(this.article.getByRole('heading', { level: 2 })).toHaveText(title);
  }

  insert(part: 'answer' | 'summary' | 'link'): Locator {
    return this.article.getByTestId(`kb-insert-${part}`);
  }
}
