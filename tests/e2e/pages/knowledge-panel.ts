// Page object of the knowledge-base panel beside the case: search, results, one article.
import { expect, type Locator, type Page } from '@playwright/test';

export class KnowledgePanel {
  readonly page: Page;
  readonly search: Locator;
  readonly results: Locator;
  readonly article: Locator;
  readonly linkNotice: Locator;
  readonly root: Locator;
  /** What the panel says before any search. */
  readonly intro: Locator;
  readonly noResults: Locator;
  /** Says that inserting waits for an open case. */
  readonly noCase: Locator;
  readonly heading: Locator;
  readonly meta: Locator;
  readonly body: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('kb-panel');
    this.search = page.getByTestId('kb-search');
    this.results = page.getByTestId('kb-result');
    this.article = page.getByTestId('kb-article');
    this.linkNotice = page.getByTestId('kb-link-notice');
    this.intro = page.getByTestId('kb-intro');
    this.noResults = page.getByTestId('kb-no-results');
    this.noCase = page.getByTestId('kb-no-case');
    this.heading = this.article.getByRole('heading', { level: 2 });
    this.meta = page.getByTestId('kb-article-meta');
    this.body = page.getByTestId('kb-article-body');
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.locator('.kb-result-title', { hasText: title }) });
  }

  /** The words marked as found in the snippet of the result titled `title`. */
  marks(title: string): Locator {
    return this.result(title).getByTestId('kb-snippet').locator('mark');
  }

  /** Types `words` and waits until the results shown are theirs (earlier ones stay while a search runs). */
  async find(words: string): Promise<void> {
    await this.search.fill(words);
    await expect(this.root).toHaveAttribute('data-searched', words.trim());
  }

  /** Searches `words` and opens the result titled `title`. */
  async open(words: string, title: string): Promise<void> {
    await this.find(words);
    await this.result(title).click();
    await expect(this.heading).toHaveText(title);
  }

  /** The open article's table(s), or `part` of them ("th", "tbody tr"). */
  table(part = ''): Locator {
    return this.article.locator(`table ${part}`.trim());
  }

  /** A link in the open article, by its text. */
  link(name: string): Locator {
    return this.article.getByRole('link', { name });
  }

  insert(part: 'answer' | 'summary' | 'link'): Locator {
    return this.article.getByTestId(`kb-insert-${part}`);
  }
}
