// Page object of the first start: no profile yet, the training sandbox, an organisation's server or a class.
import type { Locator, Page } from '@playwright/test';

export class FirstRun {
  readonly page: Page;
  readonly sandboxButton: Locator;
  readonly connectButton: Locator;
  readonly connectError: Locator;
  readonly joinClassButton: Locator;
  readonly joinClassSubmit: Locator;
  readonly joinClassCancel: Locator;
  /** Why joining the class failed, in the trainee's words. */
  readonly joinClassError: Locator;
  /** Why the console is back here: the organisation removed this computer. */
  readonly revokedNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sandboxButton = page.getByTestId('first-run-sandbox');
    this.connectButton = page.getByTestId('first-run-connect');
    this.connectError = page.getByTestId('connect-error');
    this.joinClassButton = page.getByTestId('first-run-join-class');
    this.joinClassSubmit = page.getByTestId('join-class-submit');
    this.joinClassCancel = page.getByRole('region', { name: /Unirme a una clase/ }).getByRole('button', { name: 'Cancelar' });
    this.joinClassError = page.getByTestId('join-class-error');
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

  /** Chooses "Unirme a una clase", fills the class's server and code by their labels and submits them. */
  async joinClass(join: { server: string; code: string }): Promise<void> {
    await this.fillJoinClass(join);
    await this.joinClassSubmit.click();
  }

  /** Chooses "Unirme a una clase" and fills the class's server and code, without submitting them. */
  async fillJoinClass(join: { server: string; code: string }): Promise<void> {
    await this.joinClassButton.click();
    await this.page.getByLabel(/Dirección del servidor de la clase/).fill(join.server);
    await this.page.getByLabel(/Código de la clase/).fill(join.code);
  }
}
