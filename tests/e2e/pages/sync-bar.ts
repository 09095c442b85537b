// Page object of the sync bar at the foot of the console: its state, the changes waiting to
// be sent, "Sincronizar", and the warnings it carries (settings it cannot read, no keychain,
// where the cache key is).
import type { Locator, Page } from '@playwright/test';

export class SyncBar {
  readonly page: Page;
  readonly state: Locator;
  readonly pendingCount: Locator;
  readonly nowButton: Locator;
  readonly error: Locator;
  readonly rulesWarning: Locator;
  readonly autoReplyWarning: Locator;
  readonly secretsWarning: Locator;
  readonly secretsDetails: Locator;
  readonly cacheKeyNotice: Locator;
  readonly cacheKeyDetails: Locator;
  /** Each notice's one line, which may be cut with an ellipsis. */
  readonly secretsShort: Locator;
  readonly cacheKeyShort: Locator;

  constructor(page: Page) {
    this.page = page;
    this.state = page.getByTestId('sync-state');
    this.pendingCount = page.getByTestId('pending-count');
    this.nowButton = page.getByTestId('sync-now');
    this.error = page.getByTestId('sync-error');
    this.rulesWarning = page.getByTestId('rules-warning');
    this.autoReplyWarning = page.getByTestId('auto-reply-warning');
    this.secretsWarning = page.getByTestId('secrets-warning');
    this.secretsDetails = page.getByTestId('secrets-details');
    this.cacheKeyNotice = page.getByTestId('cache-key-notice');
    this.cacheKeyDetails = page.getByTestId('cache-key-details');
    this.secretsShort = page.getByTestId('secrets-short');
    this.cacheKeyShort = page.getByTestId('cache-key-short');
  }

  /** A button of the no-keychain notice, by its words. */
  secretsButton(name: string): Locator {
    return this.secretsWarning.getByRole('button', { name });
  }

  /** A button of the notice saying where the cache key is, by its words. */
  cacheKeyButton(name: string): Locator {
    return this.cacheKeyNotice.getByRole('button', { name });
  }

  /** Asks for a sync now, as the agent does with the bar's button. */
  async syncNow(): Promise<void> {
    await this.nowButton.click();
  }
}
