// Page object of an agent's "Mis evaluaciones" section: their own reviews.
import type { Locator, Page } from '@playwright/test';

export class MyReviewsPage {
  readonly root: Locator;
  readonly reviews: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('my-reviews');
    this.reviews = this.root.getByTestId('review-card');
  }
}
