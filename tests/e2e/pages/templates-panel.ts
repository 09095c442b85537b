// Page object of the templates panel beside the case, and of its editor.
import { expect, type Locator, type Page } from '@playwright/test';

export interface TemplateFields {
  title?: string;
  shortcut?: string;
  body?: string;
  language?: 'es' | 'en' | 'pt';
}

export class TemplatesPanel {
  readonly page: Page;
  readonly root: Locator;
  readonly search: Locator;
  readonly items: Locator;
  readonly editor: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('templates-panel');
    this.search = page.getByTestId('templates-search');
    this.items = page.getByTestId('template-item');
    this.editor = page.getByTestId('template-editor');
    this.notice = page.getByTestId('templates-notice');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tool-tab-templates').click();
    await expect(this.root).toBeVisible();
  }

  /** The listed template with exactly this title. */
  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** Types into the search box and waits for the list to answer it. */
  async find(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.root.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  }

  /** Searches, then inserts the template with this title from the panel. */
  async insert(query: string, title: string): Promise<void> {
    await this.find(query);
    await this.item(title).getByTestId('insert-template').click();
  }

  async fill(fields: TemplateFields): Promise<void> {
    await expect(this.editor).toBeVisible();
    if (fields.title !== undefined) await this.editor.getByTestId('template-title').fill(fields.title);
    if (fields.shortcut !== undefined) await this.editor.getByTestId('template-shortcut').fill(fields.shortcut);
    if (fields.language !== undefined) await this.editor.getByTestId('template-language').selectOption(fields.language);
    if (fields.body !== undefined) await this.editor.getByTestId('template-body').fill(fields.body);
  }

  async save(): Promise<void> {
    await this.editor.getByTestId('save-template').click();
    await expect(this.editor).toBeHidden();
  }

  async create(fields: TemplateFields): Promise<void> {
    await this.root.getByTestId('new-template').click();
    await this.fill(fields);
    await this.save();
  }
}
