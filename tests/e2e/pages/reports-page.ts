// Page object of the Reportes section: the period and whose figures, the figures table with the
// previous period beside it, the charts' tables, the cases behind a figure, the CSV and the
// "as of" line the snapshot gives offline.
import type { Download, Locator, Page } from '@playwright/test';
import type { PeriodPreset } from '../../../src/shared/reports/period.ts';

export class ReportsPage {
  readonly page: Page;
  readonly root: Locator;
  readonly figures: Locator;
  readonly asOf: Locator;
  readonly range: Locator;
  readonly error: Locator;
  readonly csv: Locator;
  readonly drill: Locator;
  readonly drillRows: Locator;
  readonly drillCsv: Locator;
  readonly drillEmpty: Locator;
  readonly serviceLevelTable: Locator;
  readonly complaintsTable: Locator;
  readonly reasonsTable: Locator;
  readonly csatTable: Locator;
  readonly groups: Locator;
  readonly snapshotWeeks: Locator;
  readonly charts: Locator;
  readonly who: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('reports-page');
    this.figures = page.getByTestId('reports-figures');
    this.asOf = page.getByTestId('reports-asof');
    this.range = page.getByTestId('reports-range');
    this.error = page.getByTestId('reports-error');
    this.csv = page.getByTestId('reports-csv');
    this.drill = page.getByTestId('reports-drill');
    this.drillRows = page.getByTestId('reports-drill-rows').locator('tbody tr');
    this.drillCsv = page.getByTestId('reports-drill-csv');
    this.drillEmpty = page.getByTestId('reports-drill-empty');
    this.serviceLevelTable = page.getByTestId('reports-sl-table');
    this.complaintsTable = page.getByTestId('reports-complaints-table');
    this.reasonsTable = page.getByTestId('reports-reasons-table');
    this.csatTable = page.getByTestId('reports-csat-table');
    this.groups = page.getByTestId('reports-groups');
    this.snapshotWeeks = page.getByTestId('reports-snapshot-weeks');
    this.charts = page.locator('[data-testid="reports-page"] svg[role="img"]');
    this.who = page.getByTestId('reports-who');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('section-reports').click();
  }

  /** A preset by its label ("Esta semana", "Este mes", …). */
  async preset(label: string): Promise<void> {
    await this.page.getByTestId('reports-preset').selectOption({ label });
  }

  /** A preset by its value ("last8Weeks", …), whatever the console's language. */
  async presetOf(preset: Exclude<PeriodPreset, 'custom'>): Promise<void> {
    await this.page.getByTestId('reports-preset').selectOption({ value: preset });
  }

  /** Two whole days, `YYYY-MM-DD`. */
  async custom(from: string, to: string): Promise<void> {
    await this.preset('Otro período');
    await this.page.getByTestId('reports-to').fill(to);
    await this.page.getByTestId('reports-from').fill(from);
  }

  async whose(label: string): Promise<void> {
    await this.who.selectOption({ label });
  }

  async groupBy(label: string): Promise<void> {
    await this.page.getByTestId('reports-by').selectOption({ label });
  }

  /** A figure's row by its name, e.g. "Casos abiertos". */
  figure(name: string): Locator {
    return this.figures.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  value(name: string): Locator {
    return this.figure(name).getByTestId('figure-value');
  }

  delta(name: string): Locator {
    return this.figure(name).getByTestId('figure-delta');
  }

  /** One group's cell under a figure's column of the groups table, e.g. lucia's "Me gusta dados". */
  async groupValue(group: RegExp, figure: string): Promise<Locator> {
    const headers = await this.groups.locator('thead th').allTextContents();
    // The first column names the group; the cells after it are the figures.
    return this.groups.getByRole('row', { name: group }).getByRole('cell').nth(headers.indexOf(figure) - 1);
  }

  /** What the drill-down says it leaves out. */
  get drillNote(): Locator {
    return this.page.getByTestId('reports-drill-note');
  }

  async drillInto(name: string): Promise<void> {
    await this.figure(name).getByRole('button', { name: `Ver casos: ${name}` }).click();
  }

  /** The case numbers the drill-down lists. */
  async drillNumbers(): Promise<number[]> {
    const texts = await this.drillRows.locator('th').allTextContents();
    return texts.map((text) => Number(text.replace('#', '')));
  }

  async openFromDrill(caseNumber: number): Promise<void> {
    await this.drill.getByRole('button', { name: `Abrir el caso ${caseNumber}` }).click();
  }

  /** Clicks a CSV button and answers the download. */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }
}
