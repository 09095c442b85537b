// Page object of the console's header: the organisation or the sandbox it works on, the
// language and theme switches, and the agent's profile menu.
import type { Locator, Page } from '@playwright/test';

export class AppHeader {
  readonly page: Page;
  readonly sandboxBanner: Locator;
  readonly orgServer: Locator;
  readonly languageSwitch: Locator;
  readonly themeSwitch: Locator;
  readonly profileMenu: Locator;
  /** The profile button's label (the agent's name). */
  readonly profileName: Locator;
  readonly profilePanel: Locator;
  readonly cleartextMarker: Locator;
  /** The sign-out confirmation: its unsent-changes warning, "sync first" and the confirming button. */
  readonly signOutUnsent: Locator;
  readonly signOutSyncFirst: Locator;
  readonly signOutConfirm: Locator;
  /** The profile's notification privacy: hide everyone's name and text, hide public figures'. */
  readonly hideAllNotifications: Locator;
  readonly hidePublicFigureNotifications: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sandboxBanner = page.getByTestId('sandbox-banner');
    this.orgServer = page.getByTestId('org-server');
    this.languageSwitch = page.getByTestId('language-switch');
    this.themeSwitch = page.getByTestId('theme-switch');
    this.profileMenu = page.getByTestId('profile-menu');
    this.profileName = page.getByTestId('profile-name');
    this.profilePanel = page.getByTestId('profile-panel');
    this.cleartextMarker = page.getByTestId('cleartext-marker');
    this.signOutUnsent = page.getByTestId('signout-unsent');
    this.signOutSyncFirst = page.getByTestId('signout-sync-first');
    this.signOutConfirm = page.getByTestId('signout-confirm');
    const privacy = page.getByTestId('notification-privacy');
    this.hideAllNotifications = privacy.getByRole('checkbox').nth(0);
    this.hidePublicFigureNotifications = privacy.getByRole('checkbox').nth(1);
  }

  async setLanguage(language: 'es' | 'en'): Promise<void> {
    await this.languageSwitch.selectOption(language);
  }

  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.themeSwitch.selectOption(theme);
  }

  async openProfile(): Promise<void> {
    await this.profileMenu.click();
  }

  /** Opens the profile menu and asks to sign out, stopping at the confirmation. */
  async askToSignOut(): Promise<void> {
    await this.openProfile();
    await this.page.getByTestId('signout').click();
  }
}
