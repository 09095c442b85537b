// The satisfaction survey in the thread, end to end: Debian's Chromium, the browser harness and
// a real sandbox server. Resolving sends it; a negative answer reopens the case for lucia.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { CaseActions } from './pages/case-actions.ts';
import { CasePane } from './pages/case-pane.ts';
import { ConsolePage } from './pages/console-page.ts';
import { CSAT_SETTING, DEFAULT_CSAT } from '../../src/shared/csat/settings.ts';

test.use({ viewport: { width: 1366, height: 768 } });

test('the survey shows once resolved, a negative answer reopens the case with its reason, the customer’s words as text, until it is resolved again', async ({ page, atiende }) => {
  await atiende.sandbox.control('POST', '/v1/sandbox/settings', { id: CSAT_SETTING, value: { ...DEFAULT_CSAT, sampleRate: 1 } });
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Marta Ríos', handle: '+5491155550199' }, text: 'No me llega la factura de marzo', assignTo: 'lucia',
  });
  const number = Number(caseId.replace('case-', ''));
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  const pane = new CasePane(page);
  await console.open(atiende.url);
  await console.find('factura de marzo');
  await console.openCase(number);
  await actions.openResolve();
  await actions.resolve('Consulta', 'favour');

  await expect(pane.survey).toHaveCount(1);
  await expect(pane.surveyBadge).toHaveText('Encuesta de satisfacción');
  await expect(pane.survey).toContainText(DEFAULT_CSAT.questions.es[0]!);
  await expect(pane.recontact).toHaveCount(0);

  // The customer answers 2, with a remark that looks like markup: it stays text.
  await atiende.sandbox.control('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Marta Ríos', handle: '+5491155550199' }, text: '2 <b>mal</b>', caseId,
  });
  await expect(pane.csatAnswers).toHaveCount(1);
  await expect(pane.csatAnswers.getByTestId('csat-answer-badge')).toHaveText('Respuesta a la encuesta');
  await expect(pane.csatAnswers.locator('.message-text')).toHaveText('2 <b>mal</b>');
  await expect(pane.csatAnswers.locator('b')).toHaveCount(0);
  await expect(pane.csatAnswers).toHaveAttribute('data-filtered', 'false');
  await expect(actions.status).toHaveAttribute('data-status', 'open');
  await expect(pane.recontact).toHaveText('Recontacto: CSAT negativo');
  await expect(pane.priority).toHaveAttribute('data-priority', 'high');

  const violations = (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
  expect(violations).toEqual([]);

  // Resolved again, the recontact is over: the banner goes, and no second survey is sent.
  await actions.openResolve();
  await actions.resolve('Consulta', 'favour');
  await expect(actions.status).toHaveAttribute('data-status', 'resolved');
  await expect(pane.recontact).toHaveCount(0);
  await expect(pane.survey).toHaveCount(1);
  expect((await atiende.sandbox.outbound()).filter((o) => o.kind === 'survey' && o.caseId === caseId)).toHaveLength(1);
});
