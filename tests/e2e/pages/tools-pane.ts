// Page object of the tools pane beside the case: its tabs, the rail it folds to, and its toggle.
import type { Locator, Page } from '@playwright/test';

export type Tool = 'knowledge' | 'templates' | 'customer';

export class ToolsPane {
  readonly page: Page;
  readonly root: Locator;
  readonly toggle: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('tools-pane');
    this.toggle = page.getByTestId('tools-toggle');
  }

  tab(tool: Tool): Locator {
    return this.page.getByTestId(`tool-tab-${tool}`);
  }

  /** The tool's button on the folded pane's rail. */
  railButton(tool: Tool): Locator {
    return this.page.getByTestId(`tool-rail-${tool}`);
  }
}
