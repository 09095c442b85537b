// Page object of derivation: "Derivar" on the case's line and its form, the derivation shown
// above the thread (with the holding reply), the answer form for whom it went to, and the cases
// derived to this person above the inbox.
import { expect, type Locator, type Page } from '@playwright/test';

export class DerivationPanel {
  readonly page: Page;
  readonly deriveButton: Locator;
  readonly dialog: Locator;
  readonly to: Locator;
  readonly note: Locator;
  readonly submit: Locator;
  readonly problem: Locator;
  readonly panel: Locator;
  readonly title: Locator;
  readonly shownNote: Locator;
  readonly holdingReply: Locator;
  readonly answerNote: Locator;
  readonly answerButton: Locator;
  readonly returnButton: Locator;
  readonly takeButton: Locator;
  readonly derivedToMe: Locator;
  readonly derivedCases: Locator;

  constructor(page: Page) {
    this.page = page;
    this.deriveButton = page.getByTestId('derive-case');
    this.dialog = page.getByTestId('derive-dialog');
    this.to = this.dialog.getByTestId('derive-to');
    this.note = this.dialog.getByTestId('derive-note');
    this.submit = this.dialog.getByTestId('derive-submit');
    this.problem = this.dialog.getByTestId('derive-problem');
    this.panel = page.getByTestId('derivation');
    this.title = this.panel.getByTestId('derivation-title');
    this.shownNote = this.panel.getByTestId('derivation-note');
    this.holdingReply = this.panel.getByTestId('holding-reply');
    this.answerNote = this.panel.getByTestId('derivation-answer-note');
    this.answerButton = this.panel.getByTestId('derivation-answer');
    this.returnButton = this.panel.getByTestId('derivation-return');
    this.takeButton = this.panel.getByTestId('derivation-take');
    this.derivedToMe = page.getByTestId('derived-to-me');
    this.derivedCases = this.derivedToMe.getByTestId('derived-case');
  }

  /** Derives the open case to an area or a person, by the name the picker shows, with keys only. */
  async derive(to: string, note: string): Promise<void> {
    await this.deriveButton.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
    // The dialog opens on its close button; the next key reaches the picker.
    await this.page.keyboard.press('Tab');
    await expect(this.to).toBeFocused();
    await this.to.selectOption({ label: to });
    await this.note.fill(note);
    await this.note.press('Tab');
    await expect(this.submit).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  async answer(note: string): Promise<void> {
    await this.answerNote.fill(note);
    await this.answerButton.click();
  }
}
