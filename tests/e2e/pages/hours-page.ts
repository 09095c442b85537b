// Page object of "Horario y respuestas automáticas": the dialog, its week, the simulator, the
// retention and saving.
import { expect, type Locator, type Page } from '@playwright/test';

/** "2026-12-24" as an agent types it in the es-AR console: "24/12/2026". */
const typed = (date: string) => date.split('-').reverse().join('/');

export class HoursPage {
  readonly page: Page;
  readonly dialog: Locator;
  readonly decision: Locator;
  readonly simulatedText: Locator;
  readonly simulatedOpening: Locator;
  /** The page inside the dialog; says whether this agent may edit. */
  readonly content: Locator;
  readonly saveButton: Locator;
  readonly saveNote: Locator;
  readonly unsaved: Locator;
  readonly pending: Locator;
  readonly problems: Locator;
  /** A save the server refused, with why and a way to take the changes up again. */
  readonly refused: Locator;
  readonly scheduleZone: Locator;
  readonly scheduleEditor: Locator;
  readonly weekOf: Locator;
  readonly weekView: Locator;
  readonly simDate: Locator;
  readonly simTime: Locator;
  /** What an agent who may not edit reads instead of the editor. */
  readonly readOnly: Locator;
  readonly summary: Locator;
  readonly summaryDays: Locator;
  /** The summary's day that is today on this computer. */
  readonly summaryToday: Locator;
  readonly todayLine: Locator;
  readonly summaryReplies: Locator;
  /** "Retención y privacidad": fields for a supervisor, values for an agent. */
  readonly retention: Locator;
  readonly retentionValues: Locator;
  /** The fields' problems, in words, under the field. */
  readonly retentionProblems: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByTestId('hours-dialog');
    this.decision = this.dialog.getByTestId('simulation-decision');
    this.simulatedText = this.dialog.getByTestId('simulation-text');
    this.simulatedOpening = this.dialog.getByTestId('simulation-opening');
    this.content = this.dialog.getByTestId('hours-page');
    this.saveButton = this.dialog.getByTestId('hours-save');
    this.saveNote = this.dialog.getByTestId('hours-save-note');
    this.unsaved = this.dialog.getByTestId('hours-unsaved');
    this.pending = this.dialog.getByTestId('hours-pending');
    this.problems = this.dialog.getByTestId('hours-problems');
    this.refused = this.dialog.getByTestId('hours-refused');
    this.scheduleZone = this.dialog.getByTestId('schedule-zone');
    this.scheduleEditor = this.dialog.getByTestId('schedule-editor');
    this.weekOf = this.dialog.getByTestId('week-of');
    this.weekView = this.dialog.getByTestId('week-view');
    this.simDate = this.dialog.getByTestId('sim-date');
    this.simTime = this.dialog.getByTestId('sim-time');
    this.readOnly = this.dialog.getByTestId('hours-read-only');
    this.summary = this.dialog.getByTestId('hours-summary');
    this.summaryDays = this.summary.getByTestId('summary-day');
    this.summaryToday = this.summary.locator('[data-testid="summary-day"][aria-current="date"]');
    this.todayLine = this.summary.getByTestId('hours-today');
    this.summaryReplies = this.summary.getByTestId('hours-summary-replies');
    this.retention = this.dialog.getByTestId('retention');
    this.retentionValues = this.retention.getByTestId('retention-values');
    this.retentionProblems = this.retention.getByTestId('retention-problem');
  }

  /** Opens it from the keyboard, as the shortcuts list says (h). */
  async openWithKey(): Promise<void> {
    await expect(this.page.getByTestId('hours-button')).toBeVisible();
    await this.page.locator('body').press('h');
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByTestId('hours-page')).toBeVisible();
  }

  async simulate(input: { channel: string; date: string; time: string; zone: string; name: string }): Promise<void> {
    await this.dialog.getByTestId('sim-channel').selectOption(input.channel);
    await this.simDate.fill(typed(input.date));
    await this.simTime.fill(input.time);
    await this.dialog.getByTestId('sim-zone').fill(input.zone);
    await this.dialog.getByTestId('sim-name').fill(input.name);
  }

  /** Adds a special opening on `date` from 09:00 until `until`. */
  async addOpening(date: string, until: string): Promise<void> {
    await this.dialog.getByTestId('add-opening').click();
    const opening = this.dialog.getByTestId('opening').last();
    await opening.getByTestId('opening-date').fill(typed(date));
    await opening.getByTestId('interval-from').fill('09:00');
    await opening.getByTestId('interval-to').fill(until);
  }

  async showWeekOf(date: string): Promise<void> {
    await this.weekOf.fill(typed(date));
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** A retention field by its label ("Texto de los clientes", "Días sin conexión"…). */
  retentionField(label: string): Locator {
    return this.retention.getByLabel(label, { exact: true });
  }

  /** The value an agent reads beside a retention label: "90 días …". */
  retentionValue(label: string): Locator {
    return this.retentionValues.locator('div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  /** "Retomar mis cambios" on the refused save. */
  async takeUpRefused(): Promise<void> {
    await this.refused.getByRole('button', { name: 'Retomar mis cambios' }).click();
  }

  /** The version of a settings document this console holds, as the contract answers it. */
  async heldVersion(settingId: 'business_hours' | 'retention' = 'business_hours'): Promise<number | null> {
    return this.page.evaluate(async (id) => {
      const bridge = (globalThis as unknown as { atiende: { getBusinessSettings(input: object): Promise<{ value?: { versions: Record<string, number | null> } }> } }).atiende;
      return (await bridge.getBusinessSettings({})).value?.versions[id] ?? null;
    }, settingId);
  }

  /** The first interval's start or end on a weekday of the main schedule ("mon", "tue"…). */
  interval(day: string, end: 'from' | 'to'): Locator {
    return this.dialog.getByTestId(`day-${day}`).getByTestId(`interval-${end}`).first();
  }

  /** A day listed ahead in the read-only summary (special openings, holidays). */
  upcoming(date: string): Locator {
    return this.summary.getByTestId('hours-upcoming').locator(`[data-date="${date}"]`);
  }

  /** The drawn day's words: "Abierto 09:00–18:00 · Feriado: Navidad". */
  day(date: string): Locator {
    return this.dialog.locator(`[data-testid="week-day"][data-date="${date}"]`).getByTestId('week-day-text');
  }
}
