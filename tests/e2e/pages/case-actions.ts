// Page object of what an agent does to a case beyond replying: set its state, resolve it (with
// its classification, product and call avoided), mark a public one answered by another customer, and move a public case to a private channel, and what the case then shows.
import { expect, type Locator, type Page } from '@playwright/test';

export type CaseState = 'open' | 'pending_company' | 'waiting_customer' | 'resolved';

export class CaseActions {
  readonly page: Page;
  readonly status: Locator;
  /** The classification shown on a resolved case. */
  readonly shownReason: Locator;
  readonly shownResolution: Locator;
  readonly shownProduct: Locator;
  readonly shownCallAvoided: Locator;
  readonly detailsToggle: Locator;
  /** "Respondió otro cliente", in a public case's details. */
  readonly peerAnswered: Locator;
  readonly refusedChanges: Locator;
  readonly resolveButton: Locator;
  readonly resolveDialog: Locator;
  readonly reason: Locator;
  readonly favour: Locator;
  readonly against: Locator;
  readonly submit: Locator;
  readonly resolveProblem: Locator;
  readonly product: Locator;
  readonly callAvoided: Locator;
  readonly moveButton: Locator;
  readonly moveDialog: Locator;
  readonly invitation: Locator;
  readonly target: Locator;
  readonly moveSend: Locator;
  readonly moveProblem: Locator;
  /** Says where a public case moved. */
  readonly movedTo: Locator;
  readonly continuedIn: Locator;
  readonly continues: Locator;
  readonly links: Locator;

  constructor(page: Page) {
    this.page = page;
    this.status = page.getByTestId('case-status');
    this.shownReason = page.getByTestId('case-reason');
    this.shownResolution = page.getByTestId('case-resolution');
    this.shownProduct = page.getByTestId('case-product');
    this.shownCallAvoided = page.getByTestId('case-call-avoided');
    this.detailsToggle = page.getByTestId('case-details-toggle');
    this.peerAnswered = page.getByTestId('peer-answered');
    this.refusedChanges = page.getByTestId('refused-changes');
    this.resolveButton = this.stateButton('resolved');
    this.resolveDialog = page.getByTestId('resolve-dialog');
    this.reason = this.resolveDialog.getByTestId('resolve-reason');
    this.favour = this.resolveDialog.getByTestId('resolve-favour');
    this.against = this.resolveDialog.getByTestId('resolve-against');
    this.submit = this.resolveDialog.getByTestId('resolve-submit');
    this.resolveProblem = this.resolveDialog.getByTestId('resolve-problem');
    this.product = this.resolveDialog.getByTestId('resolve-product');
    this.callAvoided = this.resolveDialog.getByTestId('resolve-call-avoided');
    this.moveButton = page.getByTestId('move-to-private');
    this.moveDialog = page.getByTestId('move-private-dialog');
    this.invitation = this.moveDialog.getByTestId('move-private-text');
    this.target = this.moveDialog.getByTestId('move-private-target');
    this.moveSend = this.moveDialog.getByTestId('move-private-send');
    this.moveProblem = this.moveDialog.getByTestId('move-private-problem');
    this.movedTo = page.getByTestId('moved-to');
    this.continuedIn = page.getByTestId('case-continued-in');
    this.continues = page.getByTestId('case-continues');
    this.links = page.getByTestId('case-links');
  }

  /** The button that sets the case to this state. */
  stateButton(state: CaseState): Locator {
    return this.page.getByTestId(`set-status-${state}`);
  }

  async openResolve(): Promise<void> {
    await this.resolveButton.click();
    await expect(this.resolveDialog).toBeVisible();
  }

  /** Chooses the reason by its label and the outcome, then submits. */
  async resolve(reasonLabel: string, outcome: 'favour' | 'against'): Promise<void> {
    await this.reason.selectOption({ label: reasonLabel });
    await this.resolveDialog.getByTestId(`resolve-${outcome}`).check();
    await this.submit.click();
    await expect(this.resolveDialog).toBeHidden();
  }

  /** Shows the case's details (classification, product, the public case's peer mark). */
  async openDetails(): Promise<void> {
    if ((await this.detailsToggle.getAttribute('aria-expanded')) !== 'true') await this.detailsToggle.click();
  }

  async openMove(): Promise<void> {
    await this.moveButton.click();
    await expect(this.invitation).toBeVisible();
  }

  async sendInvitation(): Promise<void> {
    await this.moveSend.click();
    await expect(this.moveDialog).toBeHidden();
  }

  /** Follows the link to the private case this one continued in. */
  async openContinuedIn(): Promise<void> {
    await this.continuedIn.getByRole('button').click();
  }

  /** Follows the link back to the public case this one continues. */
  async openContinues(): Promise<void> {
    await this.continues.getByRole('button').click();
  }
}
