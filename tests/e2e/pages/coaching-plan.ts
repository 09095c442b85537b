// Page object of an agent's coaching plan: in Calidad's "Plan de coaching" for a supervisor (the
// agent chosen first) and in "Mis evaluaciones" for the agent, read-only there.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ObjectiveInput {
  metric: string;
  comparison: string;
  target: string;
  due?: string;
  note?: string;
}

export class CoachingPlanPage {
  readonly page: Page;
  readonly openButton: Locator;
  readonly agent: Locator;
  readonly root: Locator;
  readonly readOnly: Locator;
  readonly objectives: Locator;
  readonly notes: Locator;
  readonly pending: Locator;
  readonly addObjective: Locator;
  readonly addNote: Locator;
  readonly objectiveForm: Locator;
  readonly noteForm: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByTestId('qa-coaching-open');
    this.agent = page.getByTestId('coaching-agent');
    this.root = page.getByTestId('coaching-plan');
    this.readOnly = this.root.getByTestId('coaching-read-only');
    this.objectives = this.root.getByTestId('coaching-objective');
    this.notes = this.root.getByTestId('coaching-week-note');
    this.pending = this.root.getByTestId('coaching-pending');
    this.addObjective = this.root.getByTestId('coaching-add-objective');
    this.addNote = this.root.getByTestId('coaching-add-note');
    this.objectiveForm = this.root.getByTestId('coaching-objective-form');
    this.noteForm = this.root.getByTestId('coaching-note-form');
  }

  /** A supervisor: Calidad's "Plan de coaching", on the agent named. */
  async openFor(agentName: string): Promise<void> {
    await this.openButton.click();
    await this.agent.selectOption({ label: agentName });
    await expect(this.root).toBeVisible();
  }

  async writeObjective(o: ObjectiveInput): Promise<void> {
    await this.addObjective.click();
    await this.objectiveForm.getByTestId('coaching-metric').selectOption({ label: o.metric });
    await this.objectiveForm.getByTestId('coaching-comparison').selectOption({ label: o.comparison });
    await this.objectiveForm.getByTestId('coaching-target').fill(o.target);
    if (o.due) await this.objectiveForm.getByTestId('coaching-due').fill(o.due);
    if (o.note) await this.objectiveForm.getByTestId('coaching-note').fill(o.note);
    await this.objectiveForm.getByTestId('coaching-objective-save').click();
    await expect(this.objectiveForm).toBeHidden();
  }

  /** A note for the week `day` falls in (taken to its Monday). */
  async writeNote(day: string, text: string): Promise<void> {
    await this.addNote.click();
    await this.noteForm.getByTestId('coaching-week').fill(day);
    await this.noteForm.getByTestId('coaching-note-text').fill(text);
    await this.noteForm.getByTestId('coaching-note-save').click();
    await expect(this.noteForm).toBeHidden();
  }
}
