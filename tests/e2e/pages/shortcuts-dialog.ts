// Page object of the `?` list of keyboard shortcuts: its groups, each key and what it does.
import type { Locator, Page } from '@playwright/test';

export class ShortcutsDialog {
  readonly page: Page;
  readonly root: Locator;
  readonly groups: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('shortcuts-dialog');
    this.groups = this.root.getByTestId('shortcut-group').getByRole('heading');
  }

  /** The keys shown for the shortcut named `name` (its `data-shortcut`). */
  keysOf(name: string): Locator {
    return this.root.locator(`[data-testid="shortcut"][data-shortcut="${name}"] dt`);
  }

  /** What the shortcut named `name` does, in words. */
  descriptionOf(name: string): Locator {
    return this.root.locator(`[data-shortcut="${name}"] dd`);
  }
}
