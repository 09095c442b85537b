// Page object of the listening settings (Equipo → Escucha): the brand keywords with their
// misspellings, the company's accounts, the preview and the save bar.
import type { Locator, Page } from '@playwright/test';

export class ListeningSettings {
  readonly page: Page;
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly keywords: Locator;
  readonly addKeyword: Locator;
  readonly handles: Locator;
  readonly previewText: Locator;
  /** What the server would do with the preview's post, in words (`data-kind`: heard, addressed, ignored). */
  readonly previewResult: Locator;
  readonly save: Locator;
  readonly saveNote: Locator;
  readonly problems: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByTestId('team-listening');
    this.dialog = page.getByTestId('listening-settings-dialog');
    this.keywords = this.dialog.getByTestId('listening-settings-keyword');
    this.addKeyword = this.dialog.getByTestId('listening-settings-add-keyword');
    this.handles = this.dialog.getByTestId('listening-settings-handles');
    this.previewText = this.dialog.getByTestId('listening-settings-preview-text');
    this.previewResult = this.dialog.getByTestId('listening-settings-preview-result');
    this.save = this.dialog.getByTestId('listeningSettings-save');
    this.saveNote = this.dialog.getByTestId('listeningSettings-save-note');
    this.problems = this.dialog.getByTestId('listeningSettings-problems');
  }

  async open(): Promise<void> {
    await this.openButton.click();
  }

  /** A keyword's row by the brand it names, with its fields. */
  keyword(name: string): { root: Locator; word: Locator; forms: Locator; common: Locator } {
    const root = this.keywords.filter({ has: this.page.locator('legend', { hasText: name }) });
    return {
      root, word: root.getByTestId('listening-settings-keyword-word'), forms: root.getByTestId('listening-settings-keyword-forms'),
      common: root.getByTestId('listening-settings-keyword-common'),
    };
  }

  async preview(text: string): Promise<void> {
    await this.previewText.fill(text);
  }
}
