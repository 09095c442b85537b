// Page object of what helps the agent write a reply: the "/" template and "??" article
// lookups, the fields still to fill, the length limit and where the reply goes.
import type { Locator, Page } from '@playwright/test';

export class Composer {
  readonly page: Page;
  readonly templatePicker: Locator;
  readonly templateOptions: Locator;
  readonly articlePicker: Locator;
  /** Says the words are too short to search yet. */
  readonly articlePickerStatus: Locator;
  readonly articleOptions: Locator;
  readonly unfilledHoles: Locator;
  readonly overLimit: Locator;
  readonly replyTo: Locator;
  /** The warning above a public case's reply box that everyone will see it. */
  readonly publicWarning: Locator;

  constructor(page: Page) {
    this.page = page;
    this.templatePicker = page.getByTestId('template-picker');
    this.templateOptions = this.templatePicker.getByTestId('template-option');
    this.articlePicker = page.getByTestId('article-picker');
    this.articlePickerStatus = page.getByTestId('article-picker-status');
    this.articleOptions = this.articlePicker.getByTestId('article-option');
    this.unfilledHoles = page.getByTestId('unfilled-holes');
    this.overLimit = page.getByTestId('over-limit');
    this.replyTo = page.getByTestId('reply-to');
    this.publicWarning = page.getByTestId('public-reply-warning');
  }
}
