// Page object of the lock screen shown past the offline limit, and of signing in again from it.
import type { Locator, Page } from '@playwright/test';

export class LockScreen {
  readonly page: Page;
  readonly root: Locator;
  readonly signInButton: Locator;
  /** The card saying why, the only thing on screen. */
  readonly card: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('lock-screen');
    this.signInButton = this.root.getByRole('button');
    this.card = this.root.getByRole('alert');
  }

  /** Signs in again with the form the lock screen opens (server and user are filled in). */
  async signIn(password: string): Promise<void> {
    await this.signInButton.click();
    await this.page.getByLabel(/Contraseña/).fill(password);
    await this.page.getByTestId('connect-submit').click();
  }
}
