// Page object of blocking a case's sender for the whole organisation, and of the block list.
import type { Locator, Page } from '@playwright/test';

export class Blocking {
  readonly page: Page;
  readonly blockButton: Locator;
  readonly confirm: Locator;
  readonly confirmButton: Locator;
  readonly reason: Locator;
  readonly banner: Locator;
  readonly unblockButton: Locator;
  readonly list: Locator;
  readonly listed: Locator;

  constructor(page: Page) {
    this.page = page;
    this.blockButton = page.getByTestId('block-sender');
    this.confirm = page.getByTestId('block-confirm');
    this.confirmButton = page.getByTestId('block-confirm-yes');
    this.reason = page.getByTestId('block-reason');
    this.banner = page.getByTestId('blocked-banner');
    this.unblockButton = page.getByTestId('unblock-sender');
    this.list = page.getByTestId('block-list');
    this.listed = this.list.getByTestId('blocked-sender');
  }

  /** Gives the reason in the open confirmation and blocks. */
  async block(reason: string): Promise<void> {
    await this.reason.fill(reason);
    await this.confirmButton.click();
  }

  async openList(): Promise<void> {
    await this.page.getByTestId('block-list-button').click();
  }

  async closeList(): Promise<void> {
    await this.list.getByRole('button', { name: 'Cerrar' }).click();
  }
}
