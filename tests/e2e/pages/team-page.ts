// Page object of the supervisors' Equipo section and of the header's presence selector: the
// agents' table, the teams' queue, the reassign dialog and the list of reassignments.
import type { Locator, Page } from '@playwright/test';

export class PresenceSelector {
  readonly root: Locator;
  readonly select: Locator;
  readonly pending: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('presence');
    this.select = page.getByTestId('presence-select');
    this.pending = page.getByTestId('presence-pending');
  }
}

export class TeamPage {
  readonly page: Page;
  readonly section: Locator;
  readonly root: Locator;
  readonly teams: Locator;
  readonly agents: Locator;
  readonly queue: Locator;
  readonly offline: Locator;
  readonly refresh: Locator;
  readonly dialog: Locator;
  readonly reassignTo: Locator;
  readonly confirm: Locator;
  readonly reassignments: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByTestId('section-team');
    this.root = page.getByTestId('team-page');
    this.teams = page.getByTestId('team-teams');
    this.agents = page.getByTestId('team-agent');
    this.queue = page.getByTestId('team-queue-case');
    this.offline = page.getByTestId('team-offline');
    this.refresh = page.getByTestId('team-refresh');
    this.dialog = page.getByTestId('team-reassign-dialog');
    this.reassignTo = page.getByTestId('team-reassign-to');
    this.confirm = page.getByTestId('team-reassign-confirm');
    this.reassignments = page.getByTestId('team-reassignment');
  }

  async open(): Promise<void> {
    await this.section.click();
  }

  agent(username: string): { row: Locator; presence: Locator; open: Locator; late: Locator } {
    const row = this.agents.and(this.page.locator(`[data-agent="${username}"]`));
    return { row, presence: row.getByTestId('team-agent-presence'), open: row.getByTestId('team-agent-open'), late: row.getByTestId('team-agent-late') };
  }

  queuedCase(number: number): { row: Locator; agent: Locator; reassign: Locator } {
    const row = this.queue.and(this.page.locator(`[data-number="${number}"]`));
    return { row, agent: row.getByTestId('team-queue-agent'), reassign: row.getByTestId('team-reassign') };
  }

  /** Opens the dialog from the case's row, chooses the agent and confirms. */
  async reassign(number: number, to: string): Promise<void> {
    await this.queuedCase(number).reassign.click();
    await this.reassignTo.selectOption(to);
    await this.confirm.click();
  }
}
