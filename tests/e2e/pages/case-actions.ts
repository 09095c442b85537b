// Page object of what an agent does to a case beyond replying: resolve it (with its
// classification) and move a public case to a private channel.
import { expect, type Locator, type Page } from '@playwright/test';

export class CaseActions {
  readonly page: Page;
  readonly status: Locator;
  readonly resolveButton: Locator;
  readonly resolveDialog: Locator;
  readonly reason: Locator;
  readonly resolveProblem: Locator;
  readonly moveButton: Locator;
  readonly moveDialog: Locator;
  readonly invitation: Locator;
  readonly target: Locator;
  readonly links: Locator;

  constructor(page: Page) {
    this.page = page;
    this.status = page.getByTestId('case-status');
    this.resolveButton = page.getByTestId('set-status-resolved');
    this.resolveDialog = page.getByTestId('resolve-dialog');
    this.reason = this.resolveDialog.getByTestId('resolve-reason');
    this.resolveProblem = this.resolveDialog.getByTestId('resolve-problem');
    this.moveButton = page.getByTestId('move-to-private');
    this.moveDialog = page.getByTestId('move-private-dialog');
    this.invitation = this.moveDialog.getByTestId('move-private-text');
    this.target = this.moveDialog.getByTestId('move-private-target');
    this.links = page.getByTestId('case-links');
  }

  async openResolve(): Promise<void> {
    await this.resolveButton.click();
    await expect(this.resolveDialog).toBeVisible();
  }

  /** Chooses the reason by its label and the outcome, then submits. */
  async resolve(reasonLabel: string, outcome: 'favour' | 'against'): Promise<void> {
    await this.reason.selectOption({ label: reasonLabel });
    await this.resolveDialog.getByTestId(`resolve-${outcome}`).check();
    await this.resolveDialog.getByTestId('resolve-submit').click();
    await expect(this.resolveDialog).toBeHidden();
  }

  async openMove(): Promise<void> {
    await this.moveButton.click();
    await expect(this.invitation).toBeVisible();
  }

  async sendInvitation(): Promise<void> {
    await this.moveDialog.getByTestId('move-private-send').click();
    await expect(this.moveDialog).toBeHidden();
  }
}
