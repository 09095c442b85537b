// Page object of the first start: no profile yet, the training sandbox or an organisation's server.
import type { Locator, Page } from '@playwright/test';

export class FirstRun {
  readonly page: Page;
  readonly sandboxButton: Locator;
  readonly connectButton: Locator;
  readonly connectError: Locator;
  /** Why the console is back here: the organisation removed this computer. */
  readonly revokedNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sandboxButton = page.getByTestId('first-run-sandbox');
    this.connectButton = page.getByTestId('first-run-connect');
    this.connectError = page.getByTestId('connect-error');
    this.revokedNotice = page.getByTestId('first-run-revoked');
  }

  /** Chooses "connect", fills the form by its labels and submits it. */
  async connect(account: { server: string; username: string; password: string }): Promise<void> {
    await this.connectButton.click();
    await this.page.getByLabel(/Dirección del servidor/).fill(account.server);
    await this.page.getByLabel(/^Usuario/).fill(account.username);
    await this.page.getByLabel(/Contraseña/).fill(account.password);
    await this.page.getByTestId('connect-submit').click();
  }
}
