// Page object of the supervisors' Calidad section: the header's section switch, the packs list,
// the draw dialog with its preview, a pack's cases, a case opened for review from it, and the
// disputes waiting for the supervisor.
import type { Locator, Page } from '@playwright/test';

export class QualityPage {
  readonly page: Page;
  readonly sectionSwitch: Locator;
  readonly root: Locator;
  readonly packRows: Locator;
  readonly packProgress: Locator;
  readonly drawDialog: Locator;
  readonly drawResult: Locator;
  readonly drawStrata: Locator;
  readonly shownSeed: Locator;
  readonly drawError: Locator;
  readonly packDetail: Locator;
  readonly packCases: Locator;
  readonly caseDialog: Locator;
  readonly caseThread: Locator;
  readonly reviewScreen: Locator;
  readonly reviewCriteria: Locator;
  readonly reviewState: Locator;
  readonly disputesButton: Locator;
  readonly disputes: Locator;
  readonly calibration: Locator;
  readonly calibrationTotals: Locator;
  readonly calibrationCases: Locator;
  readonly reportButton: Locator;
  readonly report: Locator;
  readonly reportTotal: Locator;
  readonly averageChart: Locator;
  readonly averageTable: Locator;
  readonly trendChart: Locator;
  readonly reportCsv: Locator;
  readonly scorecardButton: Locator;
  readonly scorecard: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sectionSwitch = page.getByTestId('section-switch');
    this.root = page.getByTestId('quality-page');
    this.packRows = page.getByTestId('qa-pack-row');
    this.packProgress = page.getByTestId('qa-pack-progress');
    this.drawDialog = page.getByTestId('qa-draw-dialog');
    this.drawResult = page.getByTestId('qa-draw-result');
    this.drawStrata = page.getByTestId('qa-draw-stratum');
    this.shownSeed = page.getByTestId('qa-draw-seed-shown');
    this.drawError = page.getByTestId('qa-draw-error');
    this.packDetail = page.getByTestId('qa-pack-detail');
    this.packCases = page.getByTestId('qa-pack-case');
    this.caseDialog = page.getByTestId('qa-case-dialog');
    this.caseThread = this.caseDialog.getByTestId('case-thread');
    this.reviewScreen = this.caseDialog.getByTestId('qa-review');
    this.reviewCriteria = this.reviewScreen.getByTestId('qa-criterion');
    this.reviewState = this.reviewScreen.getByTestId('qa-state');
    this.disputesButton = page.getByTestId('qa-disputes-open');
    this.disputes = page.getByTestId('disputes-to-resolve');
    this.calibration = page.getByTestId('qa-calibration');
    this.calibrationTotals = page.getByTestId('qa-calibration-totals');
    this.calibrationCases = page.getByTestId('qa-calibration-case');
    this.reportButton = page.getByTestId('qa-report-open');
    this.report = page.getByTestId('qa-report');
    this.reportTotal = page.getByTestId('qa-report-total');
    this.averageChart = page.getByTestId('qa-average-chart');
    this.averageTable = page.getByTestId('qa-average-table');
    this.trendChart = page.getByTestId('qa-trend-chart');
    this.reportCsv = page.getByTestId('qa-report-csv');
    this.scorecardButton = page.getByTestId('qa-scorecard-open');
    this.scorecard = page.getByTestId('scorecard-page');
  }

  section(name: 'inbox' | 'quality' | 'myReviews'): Locator {
    return this.page.getByTestId(`section-${name}`);
  }

  async open(): Promise<void> {
    await this.section('quality').click();
  }

  /** Fills the draw dialog (opening it first) as a supervisor would, by keyboard-reachable fields. */
  async fillDraw(o: { from: string; perAgent: number; by: string[]; seed?: string } & ({ team: string } | { agents: string })): Promise<void> {
    if (!(await this.drawDialog.isVisible())) await this.page.getByTestId('qa-draw-open').click();
    await this.drawDialog.getByTestId('qa-draw-from').fill(o.from);
    if ('team' in o) {
      await this.drawDialog.getByRole('radio', { name: 'Un equipo' }).check();
      await this.drawDialog.getByTestId('qa-draw-team').fill(o.team);
    } else {
      await this.drawDialog.getByRole('radio', { name: 'Agentes' }).check();
      await this.drawDialog.getByTestId('qa-draw-agents').fill(o.agents);
    }
    await this.drawDialog.getByTestId('qa-draw-per-agent').fill(String(o.perAgent));
    for (const d of ['channel', 'seniority', 'reason', 'resolution']) {
      await this.drawDialog.getByTestId(`qa-draw-by-${d}`).setChecked(o.by.includes(d));
    }
    await this.drawDialog.getByTestId('qa-draw-seed').fill(o.seed ?? '');
  }

  async preview(): Promise<void> {
    await this.drawDialog.getByTestId('qa-draw-preview').click();
  }

  async confirm(): Promise<void> {
    await this.drawDialog.getByTestId('qa-draw-confirm').click();
  }

  /** The preview's strata as shown: "key count" per row. */
  async strata(): Promise<string[]> {
    return (await this.drawStrata.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
  }

  async caseNumbers(): Promise<string[]> {
    return (await this.packDetail.getByTestId('qa-open-case').allInnerTexts()).map((text) => text.trim());
  }

  /** Opens a calibration session over the open pack with these supervisors. */
  async calibrateWith(reviewers: string): Promise<void> {
    await this.packDetail.getByTestId('qa-calibration-reviewers').fill(reviewers);
    await this.packDetail.getByTestId('qa-calibration-reviewers').press('Enter');
  }

  /** Answers every criterion of the open review with its best choice ("Sí", or the top of its scale) and submits. */
  async answerAllAndSubmit(): Promise<void> {
    const count = await this.reviewCriteria.count();
    for (let i = 0; i < count; i += 1) {
      await this.reviewCriteria.nth(i).getByRole('button', { name: /^(Sí|3|5)$/ }).last().click();
    }
    await this.reviewScreen.getByTestId('qa-submit').click();
  }

  /** Renames the scorecard in the editor and saves it as a new version. */
  async renameScorecard(name: string): Promise<void> {
    await this.scorecard.getByLabel('Nombre de la planilla').fill(name);
    await this.scorecard.getByTestId('scorecard-save').click();
  }

  async openCase(index: number): Promise<void> {
    await this.packDetail.getByTestId('qa-open-case').nth(index).click();
  }

  /** Opens a pack from the list, newest first. */
  async openPack(index: number): Promise<void> {
    await this.packRows.nth(index).click();
  }

  /** The places in the open pack's list of the cases on a public (or private) channel. */
  async caseIndexesOn(visibility: 'public' | 'private'): Promise<number[]> {
    const shown = await this.packCases.evaluateAll((rows) => rows.map((row) => row.querySelector('[data-visibility]')?.getAttribute('data-visibility')));
    return shown.flatMap((v, index) => (v === visibility ? [index] : []));
  }

  /** The ids of the criteria on the open review screen, in their order. */
  async criterionIds(): Promise<string[]> {
    return this.reviewCriteria.evaluateAll((items) => items.map((item) => item.getAttribute('data-criterion') ?? ''));
  }

  /**
   * Answers the open case by keyboard from its first criterion: one key per criterion (each key
   * answers and moves to the next), `keyOf` choosing it; `count` stops early, as a draft.
   */
  async answerByKeys(keyOf: (criterionId: string) => string, count?: number): Promise<void> {
    await this.reviewCriteria.first().waitFor();
    const ids = (await this.criterionIds()).slice(0, count);
    await this.reviewCriteria.first().focus();
    for (const id of ids) await this.page.keyboard.press(keyOf(id));
  }

  /** The answer shown as chosen on a criterion of the open review screen. */
  chosenAnswer(criterionId: string): Locator {
    return this.reviewScreen.locator(`[data-criterion="${criterionId}"]`).getByRole('button', { pressed: true });
  }

  get score(): Locator {
    return this.reviewScreen.getByTestId('qa-score');
  }

  get autoFail(): Locator {
    return this.reviewScreen.getByTestId('qa-autofail');
  }

  async submitReview(): Promise<void> {
    await this.reviewScreen.getByTestId('qa-submit').click();
  }

  async closeCase(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Resolves the first dispute waiting by amending its criterion to `answer` (as labelled), with a note. */
  async amendDispute(answer: string, note: string): Promise<void> {
    const form = this.disputes.getByTestId('resolve-dispute').first();
    await form.getByRole('combobox').selectOption({ label: answer });
    await form.getByRole('textbox').fill(note);
    await form.getByRole('button', { name: 'Corregir' }).click();
  }
}
