// Page object of the trainer's Clase section: creating a class and reading the trainees'
// credentials, running it (start, pause, speed, jump), a customer's message, the live board with
// each rule's state, a trainee's case read-only, the grade report with its evidence and CSV, and
// the replay of a finished class.
import type { Download, Locator, Page } from '@playwright/test';
import type { GradingRule } from '../../../src/shared/classes/rules.ts';
import type { Channel } from '../../../src/shared/domain.ts';

export type RuleState = 'pass' | 'fail' | 'pending';

export interface Credential {
  name: string;
  username: string;
  code: string;
}

export interface NewClass {
  /** The script's file name, e.g. "primer-dia". */
  script: string;
  trainees: string[];
  speed?: 1 | 2 | 5;
}

export interface CustomerMessage {
  /** A trainee's username; everyone when left out. */
  to?: string;
  channel: Channel;
  customerName: string;
  handle: string;
  text: string;
}

export class ClassPage {
  readonly page: Page;
  readonly section: Locator;
  readonly root: Locator;
  readonly error: Locator;
  readonly retry: Locator;
  readonly empty: Locator;
  readonly list: Locator;
  readonly newClass: Locator;
  readonly newForm: Locator;
  readonly traineesProblem: Locator;
  readonly newError: Locator;
  readonly credentialsCard: Locator;
  readonly credentialsNote: Locator;
  readonly print: Locator;
  readonly detail: Locator;
  readonly title: Locator;
  readonly state: Locator;
  readonly clockTime: Locator;
  readonly progress: Locator;
  readonly controlError: Locator;
  /** Why a jump moved less than asked: the script's clock changes first. */
  readonly jumpStopped: Locator;
  readonly board: Locator;
  readonly boardError: Locator;
  readonly caseDialog: Locator;
  readonly caseMessages: Locator;
  readonly grade: Locator;
  readonly gradeProvisional: Locator;
  readonly gradeCsv: Locator;
  readonly replay: Locator;
  readonly replaySlider: Locator;
  readonly replayTime: Locator;
  readonly delivered: Locator;
  readonly messageError: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByTestId('section-class');
    this.root = page.getByTestId('class-page');
    this.error = page.getByTestId('class-error');
    this.retry = page.getByTestId('class-retry');
    this.empty = page.getByTestId('class-empty');
    this.list = page.getByTestId('class-list-item');
    this.newClass = page.getByTestId('class-new');
    this.newForm = page.getByTestId('class-new-form');
    this.traineesProblem = page.getByTestId('class-trainees-problem');
    this.newError = page.getByTestId('class-new-error');
    this.credentialsCard = page.getByTestId('class-credentials');
    this.credentialsNote = page.getByTestId('class-credentials-note');
    this.print = page.getByTestId('class-print');
    this.detail = page.getByTestId('class-detail');
    this.title = page.getByTestId('class-title');
    this.state = page.getByTestId('class-state');
    this.clockTime = page.getByTestId('class-clock-time');
    this.progress = page.getByTestId('class-progress');
    this.controlError = page.getByTestId('class-control-error');
    this.jumpStopped = page.getByTestId('class-jump-stopped');
    this.board = page.getByTestId('class-board');
    this.boardError = page.getByTestId('class-board-error');
    this.caseDialog = page.getByTestId('class-case-dialog');
    this.caseMessages = this.caseDialog.getByTestId('class-case-message');
    this.grade = page.getByTestId('class-grade');
    this.gradeProvisional = page.getByTestId('class-grade-provisional');
    this.gradeCsv = page.getByTestId('class-grade-csv');
    this.replay = page.getByTestId('class-replay');
    this.replaySlider = page.getByTestId('class-replay-slider');
    this.replayTime = page.getByTestId('class-replay-time');
    this.delivered = page.getByTestId('class-message-delivered');
    this.messageError = page.getByTestId('class-message-error');
  }

  /** A trainer's console opens on Clase; this comes back to it from the inbox. */
  async open(): Promise<void> {
    await this.section.click();
  }

  /** Fills "Nueva clase" and creates it; the credentials card shows when the server answers. */
  async createClass({ script, trainees, speed = 1 }: NewClass): Promise<void> {
    await this.fillNewClass({ script, trainees, speed });
    await this.page.getByTestId('class-create').click();
    await this.credentialsCard.waitFor();
  }

  /** Fills the form without creating (to see what it says of the names). */
  async fillNewClass({ script, trainees, speed = 1 }: NewClass): Promise<void> {
    await this.newClass.click();
    await this.page.getByTestId('class-script').selectOption(script);
    await this.page.getByTestId('class-trainees').fill(trainees.join('\n'));
    await this.page.getByTestId(`class-new-speed-${speed}`).check();
  }

  /** The credentials card's rows, as the trainer reads them out. */
  async credentials(): Promise<Credential[]> {
    const rows = this.credentialsCard.getByTestId('class-credential');
    const out: Credential[] = [];
    for (const row of await rows.all()) {
      out.push({
        name: (await row.getByTestId('class-credential-name').textContent()) ?? '',
        username: (await row.getByTestId('class-credential-username').textContent()) ?? '',
        code: (await row.getByTestId('class-credential-code').textContent()) ?? '',
      });
    }
    return out;
  }

  async closeCredentials(): Promise<void> {
    await this.page.getByTestId('class-credentials-done').click();
  }

  /** Chooses a class in the list by its title (the newest first). */
  async choose(title: string): Promise<void> {
    await this.list.filter({ hasText: title }).first().click();
  }

  async start(): Promise<void> {
    await this.page.getByTestId('class-start').click();
  }

  async pause(): Promise<void> {
    await this.page.getByTestId('class-pause').click();
  }

  async resume(): Promise<void> {
    await this.page.getByTestId('class-resume').click();
  }

  /** Ends the class: the button, then the confirmation. */
  async stop(): Promise<void> {
    await this.page.getByTestId('class-stop').click();
    await this.page.getByTestId('class-stop-confirm').click();
  }

  speedButton(speed: 1 | 2 | 5): Locator {
    return this.page.getByTestId(`class-speed-${speed}`);
  }

  async speed(speed: 1 | 2 | 5): Promise<void> {
    await this.speedButton(speed).click();
  }

  /** "Adelantar" so many scenario minutes. */
  async jump(minutes: number): Promise<void> {
    await this.page.getByTestId('class-jump-minutes').fill(String(minutes));
    await this.page.getByTestId('class-jump').click();
  }

  /** Scenario minutes elapsed, as the progress says. */
  async elapsedMinutes(): Promise<number> {
    return Number(await this.progress.getAttribute('data-elapsed'));
  }

  async tab(name: 'board' | 'message' | 'grade' | 'replay'): Promise<void> {
    await this.page.getByTestId(`class-tab-${name}`).click();
  }

  /** A customer writes now; answers the "delivered" line once the server answered. */
  async sendMessage(message: CustomerMessage): Promise<Locator> {
    await this.tab('message');
    await this.page.getByTestId('class-message-to').selectOption(message.to ?? '');
    await this.page.getByTestId('class-message-channel').selectOption(message.channel);
    await this.page.getByTestId('class-message-name').fill(message.customerName);
    await this.page.getByTestId('class-message-handle').fill(message.handle);
    await this.page.getByTestId('class-message-text').fill(message.text);
    await this.page.getByTestId('class-message-send').click();
    return this.delivered;
  }

  /** A trainee's row on the live board. */
  boardRow(username: string): {
    row: Locator; joined: Locator; answered: Locator; late: Locator; waiting: Locator; serviceLevel: Locator; cases: Locator; rule: (rule: GradingRule) => Locator;
  } {
    const row = this.page.locator(`[data-testid="class-board-row"][data-trainee="${username}"]`);
    return {
      row,
      joined: row.getByTestId('class-board-joined'),
      answered: row.getByTestId('class-board-answered'),
      late: row.getByTestId('class-board-late'),
      waiting: row.getByTestId('class-board-waiting'),
      serviceLevel: row.getByTestId('class-board-sl'),
      cases: row.getByTestId('class-board-case'),
      rule: (rule) => row.locator(`[data-testid="class-rule"][data-rule="${rule}"]`),
    };
  }

  /** A rule's chip state for a trainee on the board (null when the rule is not graded for them). */
  async ruleState(username: string, rule: GradingRule): Promise<RuleState | null> {
    const chip = this.boardRow(username).rule(rule);
    return (await chip.count()) === 0 ? null : ((await chip.getAttribute('data-state')) as RuleState);
  }

  /** Every rule's state on a trainee's board row. */
  async ruleStates(username: string): Promise<Partial<Record<GradingRule, RuleState>>> {
    const chips = this.boardRow(username).row.getByTestId('class-rule');
    const out: Partial<Record<GradingRule, RuleState>> = {};
    for (const chip of await chips.all()) out[(await chip.getAttribute('data-rule')) as GradingRule] = (await chip.getAttribute('data-state')) as RuleState;
    return out;
  }

  /** Opens a trainee's case (by its number) read-only from the board. */
  async openCase(username: string, number: number): Promise<void> {
    await this.tab('board');
    await this.boardRow(username).cases.and(this.page.locator(`[data-number="${number}"]`)).click();
    await this.caseDialog.getByTestId('class-case').waitFor();
  }

  /** The case dialog's message texts, in order. */
  async caseTexts(): Promise<string[]> {
    return this.caseDialog.getByTestId('class-case-text').allTextContents();
  }

  async closeCase(): Promise<void> {
    await this.caseDialog.getByRole('button', { name: /Cerrar|Close/ }).click();
  }

  async openGrades(): Promise<void> {
    await this.tab('grade');
    await this.grade.waitFor();
  }

  /** A trainee's part of the grade report: the score and each rule's row. */
  gradeOf(username: string): { root: Locator; score: Locator; rule: (rule: GradingRule) => { row: Locator; evidence: Locator; reference: Locator } } {
    const root = this.page.locator(`[data-testid="class-grade-trainee"][data-trainee="${username}"]`);
    return {
      root,
      score: root.getByTestId('class-grade-score'),
      rule: (rule) => {
        const row = root.locator(`[data-testid="class-grade-rule"][data-rule="${rule}"]`);
        return { row, evidence: row.getByTestId('class-grade-evidence'), reference: row.getByTestId('class-grade-reference') };
      },
    };
  }

  /** The score (0–100) the report gives a trainee. */
  async score(username: string): Promise<number> {
    return Number(await this.gradeOf(username).score.getAttribute('data-score'));
  }

  async gradeRuleState(username: string, rule: GradingRule): Promise<RuleState> {
    return (await this.gradeOf(username).rule(rule).row.getAttribute('data-state')) as RuleState;
  }

  /** The message quoted as a rule's evidence in the grade report. */
  async ruleEvidence(username: string, rule: GradingRule): Promise<string> {
    return (await this.gradeOf(username).rule(rule).evidence.textContent()) ?? '';
  }

  /** Exports the grade report and answers the download. */
  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.gradeCsv.click();
    return download;
  }

  async openReplay(): Promise<void> {
    await this.tab('replay');
    await this.replaySlider.waitFor();
  }

  /** Moves the replay to the class's minute `minute` (0 to the script's length; the clock's jumps do not count). */
  async replayTo(minute: number): Promise<void> {
    await this.replaySlider.fill(String(minute));
  }

  /** What a trainee had done by the replay's moment, newest first. */
  replayEvents(username: string): Locator {
    return this.page.locator(`[data-testid="class-replay-trainee"][data-trainee="${username}"]`).getByTestId('class-replay-event');
  }

  /** The whole class's events (the clock jumping) by the replay's moment. */
  replayClassEvents(): Locator {
    return this.page.getByTestId('class-replay-class').getByTestId('class-replay-event');
  }

  /** A trainee's events of one kind (`step`, `follow_up`, `status`, `classified`, `assigned`, `customer`, `reply`, `clock`), newest first. */
  replayEventsOfKind(username: string, kind: string): Locator {
    return this.replayEvents(username).and(this.page.locator(`[data-kind="${kind}"]`));
  }

  /** What a replay event says in words (a status, a contact reason, whom a case went to, the clock's new time). */
  replayDetail(event: Locator): Locator {
    return event.getByTestId('class-replay-detail');
  }

  /** The script step an event came from, as a secondary detail. */
  replayStep(event: Locator): Locator {
    return event.getByTestId('class-replay-step');
  }
}
