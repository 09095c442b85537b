// Page object of the templates panel beside the case, and of its editor.
import { expect, type Locator, type Page } from '@playwright/test';

export interface TemplateFields {
  title?: string;
  shortcut?: string;
  body?: string;
  language?: 'es' | 'en' | 'pt';
}

/** One listed template and what the agent may do with it. */
export class TemplateItem {
  readonly root: Locator;
  readonly preview: Locator;
  readonly personalBadge: Locator;
  readonly tooLong: Locator;
  readonly insertButton: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;
  readonly copyButton: Locator;

  constructor(root: Locator) {
    this.root = root;
    this.preview = root.getByTestId('template-preview');
    this.personalBadge = root.getByTestId('personal-badge');
    this.tooLong = root.getByTestId('too-long');
    this.insertButton = root.getByTestId('insert-template');
    this.editButton = root.getByTestId('edit-template');
    this.deleteButton = root.getByTestId('delete-template');
    this.copyButton = root.getByTestId('copy-template');
  }
}

export class TemplatesPanel {
  readonly page: Page;
  readonly root: Locator;
  readonly search: Locator;
  readonly items: Locator;
  readonly editor: Locator;
  readonly notice: Locator;
  /** Says that inserting waits for an open case. */
  readonly noCase: Locator;
  /** Whether the list is still answering the search. */
  readonly busy: Locator;
  /** The template the arrow keys have chosen. */
  readonly chosen: TemplateItem;
  readonly newButton: Locator;
  readonly editorTitle: Locator;
  readonly editorShortcut: Locator;
  readonly editorBody: Locator;
  readonly editorUnknown: Locator;
  readonly editorPreview: Locator;
  readonly saveButton: Locator;
  readonly confirmDelete: Locator;
  readonly confirmLong: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('templates-panel');
    this.search = page.getByTestId('templates-search');
    this.items = page.getByTestId('template-item');
    this.editor = page.getByTestId('template-editor');
    this.notice = page.getByTestId('templates-notice');
    this.noCase = page.getByTestId('templates-no-case');
    this.busy = this.root.locator('[aria-busy]');
    this.chosen = new TemplateItem(this.items.and(page.locator('[data-chosen="true"]')));
    this.newButton = this.root.getByTestId('new-template');
    this.editorTitle = this.editor.getByTestId('template-title');
    this.editorShortcut = this.editor.getByTestId('template-shortcut');
    this.editorBody = this.editor.getByTestId('template-body');
    this.editorUnknown = this.editor.getByTestId('template-unknown');
    this.editorPreview = this.editor.getByTestId('template-editor-preview');
    this.saveButton = this.editor.getByTestId('save-template');
    this.confirmDelete = page.getByTestId('confirm-delete');
    this.confirmLong = page.getByTestId('confirm-long');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tool-tab-templates').click();
    await expect(this.root).toBeVisible();
  }

  /** The listed template with exactly this title. */
  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** The listed template with exactly this title (or the one this locator finds), with its parts. */
  template(title: string | Locator): TemplateItem {
    return new TemplateItem(typeof title === 'string' ? this.item(title) : title);
  }

  /** Shows only the agent's own templates, or only the company's. */
  async show(which: 'mine' | 'company'): Promise<void> {
    await this.page.getByTestId(`templates-filter-${which}`).check();
  }

  /** Answers the open "too long for the channel" question. */
  async answerLong(insert: boolean): Promise<void> {
    await this.confirmLong.getByTestId(insert ? 'confirm-long-yes' : 'confirm-long-no').click();
  }

  async confirmDeletion(): Promise<void> {
    await this.confirmDelete.getByTestId('confirm-delete-yes').click();
  }

  /** Types into the search box and waits for the list to answer it. */
  async find(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.busy).toHaveAttribute('aria-busy', 'false');
  }

  /** Searches, then inserts the template with this title from the panel. */
  async insert(query: string, title: string): Promise<void> {
    await this.find(query);
    await this.template(title).insertButton.click();
  }

  async fill(fields: TemplateFields): Promise<void> {
    await expect(this.editor).toBeVisible();
    if (fields.title !== undefined) await this.editorTitle.fill(fields.title);
    if (fields.shortcut !== undefined) await this.editorShortcut.fill(fields.shortcut);
    if (fields.language !== undefined) await this.editor.getByTestId('template-language').selectOption(fields.language);
    if (fields.body !== undefined) await this.editorBody.fill(fields.body);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.editor).toBeHidden();
  }

  async create(fields: TemplateFields): Promise<void> {
    await this.newButton.click();
    await this.fill(fields);
    await this.save();
  }
}
