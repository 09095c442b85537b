// Page object of "Horario y respuestas automáticas": the dialog, its week, the simulator and saving.
import { expect, type Locator, type Page } from '@playwright/test';

/** "2026-12-24" as an agent types it in the es-AR console: "24/12/2026". */
const typed = (date: string) => date.split('-').reverse().join('/');

export class HoursPage {
  readonly page: Page;
  readonly dialog: Locator;
  readonly decision: Locator;
  readonly simulatedText: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByTestId('hours-dialog');
    this.decision = this.dialog.getByTestId('simulation-decision');
    this.simulatedText = this.dialog.getByTestId('simulation-text');
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
    await this.dialog.getByTestId('sim-date').fill(typed(input.date));
    await this.dialog.getByTestId('sim-time').fill(input.time);
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
    await this.dialog.getByTestId('week-of').fill(typed(date));
  }

  /** The drawn day's words: "Abierto 09:00–18:00 · Feriado: Navidad". */
  day(date: string): Locator {
    return this.dialog.locator(`[data-testid="week-day"][data-date="${date}"]`).getByTestId('week-day-text');
  }
}
