// Page object of the confirmations the customer panel asks for: link an account (once validated),
// merge two records, unlink an account with a reason.
import type { Locator, Page } from '@playwright/test';

export class CustomerDialogs {
  readonly page: Page;
  readonly link: Locator;
  readonly validated: Locator;
  readonly confirmLink: Locator;
  readonly merge: Locator;
  readonly keepOther: Locator;
  readonly confirmMerge: Locator;
  readonly unlink: Locator;
  readonly unlinkReason: Locator;
  readonly confirmUnlink: Locator;

  constructor(page: Page) {
    this.page = page;
    this.link = page.getByTestId('link-dialog');
    this.validated = this.link.getByTestId('identity-validated');
    this.confirmLink = this.link.getByTestId('confirm-link');
    this.merge = page.getByTestId('merge-dialog');
    this.keepOther = this.merge.getByTestId('keep-other');
    this.confirmMerge = this.merge.getByTestId('confirm-merge');
    this.unlink = page.getByTestId('unlink-dialog');
    this.unlinkReason = this.unlink.getByTestId('unlink-reason');
    this.confirmUnlink = this.unlink.getByTestId('confirm-unlink');
  }
}
