// Page object of an agent's "Mis evaluaciones" section: their own reviews, each with its score,
// disputes and versions, and disputing one criterion with a reason.
import type { Locator, Page } from '@playwright/test';

export class MyReviewsPage {
  readonly root: Locator;
  readonly reviews: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('my-reviews');
    this.reviews = this.root.getByTestId('review-card');
  }

  /** The review of case #number. */
  review(number: string): Locator {
    return this.reviews.filter({ has: this.root.page().getByRole('heading', { name: new RegExp(`^Caso #${number} ·`) }) });
  }

  heading(review: Locator): Locator {
    return review.getByRole('heading', { level: 3 });
  }

  disputeLines(review: Locator): Locator {
    return review.getByTestId('review-dispute');
  }

  versions(review: Locator): Locator {
    return review.getByTestId('review-versions').getByRole('listitem');
  }

  /** Disputes the criterion asked by `question` on this review, with a reason. */
  async dispute(review: Locator, question: string, reason: string): Promise<void> {
    await review.getByRole('button', { name: 'Reclamar un criterio' }).click();
    await review.getByRole('combobox').selectOption({ label: question });
    await review.getByRole('textbox').fill(reason);
    await review.getByRole('button', { name: 'Enviar reclamo' }).click();
  }
}
