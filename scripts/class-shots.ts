// The trainer's Clase screenshots for docs/guide/clases.md. diego creates a class of the
// primer-dia script for two trainees on his practice server; Ana joins from a second console's
// first run and handles her cases as the guide asks, Beto (through the server's API) answers
// the DNI in public, signs as the company and leaves the BAJA alone. Then the live board, a
// trainee's case read-only, Ana's console with the training banner, the grades and the replay.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { Harness } from '../src/main/harness/server.ts';
import type { Services } from '../src/main/services.ts';
import { ApiClient } from '../src/main/sync/api-client.ts';
import type { LoginResponse } from '../src/protocol/auth.ts';
import type { ClassBoard } from '../src/shared/classes/wire.ts';
import { AppHeader } from '../tests/e2e/pages/app-header.ts';
import { ClassPage, type Credential } from '../tests/e2e/pages/class-page.ts';
import { FirstRun } from '../tests/e2e/pages/first-run.ts';

export interface ClassShotsOptions {
  /** The trainer's console. */
  harness: Harness;
  browser: Browser;
  url: string;
  rendererDir: string;
  out: (name: string) => string;
}

const VIEW = { viewport: { width: 1366, height: 768 }, locale: 'es-AR', timezoneId: 'America/Argentina/Buenos_Aires' } as const;

export async function classShots(options: ClassShotsOptions): Promise<string[]> {
  const { harness, browser, url, out } = options;
  await harness.controller.openSandbox('diego');
  const server = harness.controller.current.profile.server;
  const page = await browser.newPage(VIEW);
  // Ana's console is another computer of the classroom: profiles of its own.
  const traineeRoot = mkdtempSync(join(tmpdir(), 'atiende-shots-trainee-'));
  const trainee = new Harness({ profilesRoot: traineeRoot, rendererDir: options.rendererDir });
  const traineePage = await browser.newPage(VIEW);
  try {
    await page.goto(url);
    const classes = new ClassPage(page);
    await classes.root.waitFor();
    const newClass = { script: 'primer-dia', trainees: ['Ana Gómez', 'Beto Ruiz'], speed: 5 as const };
    await classes.fillNewClass(newClass);
    await page.screenshot({ path: out('clase-nueva.png') });
    await classes.createClass(newClass);
    const [ana, beto] = (await classes.credentials()) as [Credential, Credential];
    await page.screenshot({ path: out('clase-accesos.png') });
    await classes.closeCredentials();

    // Ana's own console: the first run's "Unirme a una clase" with the server and her code.
    await traineePage.goto(await trainee.listen(0));
    const firstRun = new FirstRun(traineePage);
    await firstRun.fillJoinClass({ server, code: ana.code });
    await traineePage.screenshot({ path: out('clase-unirse.png') });
    await firstRun.joinClassSubmit.click();
    await new AppHeader(traineePage).sandboxBanner.waitFor();
    const anaConsole = trainee.controller.current;
    const betoApi = await joinClass(server, beto.code);
    const trainer = await signedIn(server, 'diego');
    const { classId } = required((await trainer.classes()).classes[0], 'the class just created');

    // Ten minutes of the script: the first customers have written to both.
    await jumpTo(classes, 10);
    let steps = stepCases(await trainer.classBoard(classId));
    await anaConsole.syncOnce();
    await anaAnswers(anaConsole, steps(ana.username));
    await betoAnswers(betoApi, steps(beto.username));
    // Ana's console: the banner names the class; the DNI case she moved to private.
    await anaConsole.syncOnce();
    await traineePage.getByTestId('case-row').filter({ hasText: 'Roberto' }).first().click();
    await traineePage.getByTestId('case-thread').waitFor();
    await traineePage.screenshot({ path: out('clase-alumno.png') });

    // The web chat comes at minute 12; Ana answers it at 19, after its five minutes, and the
    // customer has asked again. Camila's complaint was handed over at 15.
    await jumpTo(classes, 13);
    await jumpTo(classes, 19);
    steps = stepCases(await trainer.classBoard(classId));
    await anaConsole.syncOnce();
    await push(anaConsole.api, reply(steps(ana.username)('wifi-lento'),
      'Hola Pablo, perdón la demora. Si por cable anda bien, el tema es el Wi-Fi: probá la red de 5 GHz (la que termina en "_5G") y ubicá el router en un lugar alto y central. Saludos, Ana',
      { articles: article(anaConsole, 'kb-wifi-lento') }));
    await anaConsole.syncOnce();

    await classes.start();
    await classes.state.and(page.locator('[data-state="running"]')).waitFor();
    await classes.boardRow(ana.username).answered.filter({ hasText: '5' }).waitFor();
    await classes.boardRow(beto.username).answered.filter({ hasText: '2' }).waitFor();
    await page.screenshot({ path: out('clase-tablero.png') });
    const betoDni = caseOfStep(await trainer.classBoard(classId), beto.username, 'dni-en-facebook');
    await classes.openCase(beto.username, betoDni.number);
    await page.screenshot({ path: out('clase-caso.png') });
    await classes.closeCase();

    await classes.stop();
    await classes.openGrades();
    await page.screenshot({ path: out('clase-notas.png') });
    await classes.gradeOf(beto.username).root.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: out('clase-notas-beto.png') });
    await classes.openReplay();
    await classes.replayTo(19);
    await page.screenshot({ path: out('clase-repeticion.png') });
    return ['clase-nueva.png', 'clase-accesos.png', 'clase-unirse.png', 'clase-alumno.png', 'clase-tablero.png', 'clase-caso.png', 'clase-notas.png', 'clase-notas-beto.png', 'clase-repeticion.png'];
  } finally {
    await traineePage.close();
    await page.close();
    await trainee.close();
    rmSync(traineeRoot, { recursive: true, force: true });
  }
}

/** "Adelantar" up to the class's minute `minute`, and wait for the page to say so. */
async function jumpTo(classes: ClassPage, minute: number): Promise<void> {
  await classes.jump(minute - (await classes.elapsedMinutes()));
  await classes.progress.and(classes.page.locator(`[data-elapsed="${minute}"]`)).waitFor();
}

/** A trainee's case opened by the script's step, as the trainer's board lists it. */
function caseOfStep(board: ClassBoard, username: string, step: string): ClassBoard['trainees'][number]['cases'][number] {
  return required(board.trainees.find((t) => t.username === username)?.cases.find((c) => c.step === step), `${username}'s case of step ${step}`);
}

/** A trainee's case ids by step, on one reading of the board. */
const stepCases = (board: ClassBoard) => (username: string) => (step: string): string => caseOfStep(board, username, step).caseId;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

// A type literal rather than the models' interface: it stays assignable to the mutation's JSON.
type Source = { id: string; version: number };
const template = (services: Services, id: string): Source[] => [{ id, version: required(services.store.knowledge.template(id), `template ${id}`).version }];
const article = (services: Services, id: string): Source[] => [{ id, version: required(services.store.knowledge.article(id) ?? undefined, `article ${id}`).version }];

type Mutation = Parameters<ApiClient['push']>[1][number];

/** One mutation through the server's API, as a console's outbox sends it. */
async function push(api: ApiClient, mutation: Pick<Mutation, 'name' | 'args'>): Promise<void> {
  const { results } = await api.push(randomUUID(), [{ seq: 1, id: randomUUID(), baseVersion: null, ...mutation }]);
  if (results[0]?.status !== 'applied') throw new Error(`${mutation.name} → ${JSON.stringify(results[0])}`);
}

const reply = (caseId: string, text: string, sources: { templates?: Source[]; articles?: Source[] } = {}) =>
  ({ name: 'send_reply', args: { caseId, messageId: randomUUID(), text, ...sources } }) as const;

/** Ana, as the guide asks: the expected template and article, signed, the BAJA to retention, the DNI to private. */
async function anaAnswers(ana: Services, caseOf: (step: string) => string): Promise<void> {
  await push(ana.api, reply(caseOf('medios-de-pago'),
    '¡Hola Paula! Podés pagar tu factura con débito automático, Mercado Pago, home banking, Pago Fácil o Rapipago, o desde la app Mi Conecta. ¡Saludos, Ana!',
    { templates: template(ana, 'tpl-medios-pago') }));
  await push(ana.api, reply(caseOf('sucursal-palermo'),
    '¡Hola Lorena! La sucursal más cercana a Palermo es la de Av. Santa Fe 3800: atiende de lunes a viernes de 9 a 19 y los sábados de 9 a 13, sin turno. Saludos, Ana',
    { articles: article(ana, 'kb-sucursales') }));
  await push(ana.api, reply(caseOf('baja-messenger'),
    'Hola Julieta, soy Ana. Por ser cliente de Conecta te puedo ofrecer el traslado sin cargo y 3 meses al 50%. Si preferís seguir con la baja, la proceso ahora mismo. ¿Qué preferís? Saludos, Ana',
    { articles: article(ana, 'kb-politica-retencion') }));
  await push(ana.api, { name: 'set_status', args: { caseId: caseOf('baja-messenger'), status: 'pending_company', reason: 'request_cancellation' } });
  await push(ana.api, { name: 'move_to_private', args: {
    caseId: caseOf('dni-en-facebook'), messageId: randomUUID(), channel: 'facebook_messenger', templates: template(ana, 'tpl-datos-publicos'),
    text: 'Hola Roberto, por tu seguridad ocultamos tu comentario porque incluía datos personales. Te escribimos por privado para seguir con tu consulta. Saludos, Ana',
  } });
}

/** Beto, not yet: the DNI repeated in public, a reply signed by the company, the BAJA left alone. */
async function betoAnswers(beto: ApiClient, caseOf: (step: string) => string): Promise<void> {
  await push(beto, reply(caseOf('dni-en-facebook'), 'Hola Roberto, ya encontré tu cuenta con el DNI 28.456.789, mañana te pasamos al plan nuevo. Beto'));
  await push(beto, reply(caseOf('medios-de-pago'), 'Hola, podés pagar con Mercado Pago o en Pago Fácil. Saludos, el equipo de Conecta'));
}

async function signedIn(server: string, username: string): Promise<ApiClient> {
  let token = '';
  const api = new ApiClient({ baseUrl: server, token: () => token });
  token = (await api.login(username, 'sandbox', randomUUID())).token;
  return api;
}

/** A trainee's console signed in with their one-time code, as `POST /v1/classes/join` answers. */
async function joinClass(server: string, code: string): Promise<ApiClient> {
  const response = await fetch(`${server}/v1/classes/join`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }),
  });
  if (!response.ok) throw new Error(`join → ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as LoginResponse;
  return new ApiClient({ baseUrl: server, token: () => token });
}
