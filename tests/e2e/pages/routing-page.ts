// Page object of the routing page (Equipo → Ruteo): its rules, teams and areas, the simulator and
// the save bar.
import type { Locator, Page } from '@playwright/test';

export class RoutingPage {
  readonly page: Page;
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly rules: Locator;
  readonly addRule: Locator;
  readonly simInfluence: Locator;
  readonly simText: Locator;
  readonly simResult: Locator;
  /** How presence counted in the simulation, in words. */
  readonly simPresence: Locator;
  /** Non-blocking warnings: members who are not agents, teams with no one. */
  readonly warnings: Locator;
  readonly save: Locator;
  readonly pending: Locator;
  readonly problems: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByTestId('team-routing');
    this.dialog = page.getByTestId('routing-dialog');
    this.rules = this.dialog.getByTestId('routing-rule');
    this.addRule = this.dialog.getByTestId('routing-add-rule');
    this.simInfluence = this.dialog.getByTestId('routing-sim-influence');
    this.simText = this.dialog.getByTestId('routing-sim-text');
    this.simResult = this.dialog.getByTestId('routing-sim-result');
    this.simPresence = this.dialog.getByTestId('routing-sim-presence');
    this.warnings = page.getByTestId('routing-warnings');
    this.save = this.dialog.getByTestId('routing-save');
    this.pending = this.dialog.getByTestId('routing-pending');
    this.problems = this.dialog.getByTestId('routing-problems');
  }

  async open(): Promise<void> {
    await this.openButton.click();
  }

  /** A team or area by its key, with its fields. */
  team(id: string): { root: Locator; topics: Locator; members: Locator } {
    const root = this.dialog.locator(`[data-testid="routing-team"][data-id="${id}"]`);
    return { root, topics: root.getByTestId('routing-team-topics'), members: root.getByTestId('routing-team-members') };
  }

  async simulate(influence: 'low' | 'medium' | 'high', text: string): Promise<void> {
    await this.simInfluence.selectOption(influence);
    await this.simText.fill(text);
  }
}
