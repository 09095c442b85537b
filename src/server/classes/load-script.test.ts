// The loader refuses a broken script with the file, the step and the field named, so a trainer
// can fix it by hand; the scripts shipped in resources/classes all load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASS_SCRIPT_DIR, ClassScriptError, classScriptDirFor, listClassScripts, loadClassScript, parseClassScript } from './load-script.ts';

const FIXTURES = new URL('../../../tests/fixtures/classes/', import.meta.url).pathname;
const SHIPPED = ['dia-hostil-publico', 'lunes-fuera-de-horario', 'primer-dia', 'primer-dia-en'];

/** The message a load gives, which must be a ClassScriptError. */
function refusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ClassScriptError);
    return (error as Error).message;
  }
  throw new Error('the script was accepted');
}

/** A script's JSON, loosely typed, to break one thing in. */
interface DraftStep {
  kind: string;
  id: string;
  at: number;
  case?: string;
  channel: string;
  customer: { name: string; handle: string };
  assignTo?: string;
  to?: string;
  followUp: { afterMinutes: number; text: string };
  expect: { rule: string; template?: string; article?: string }[];
}
interface Draft { name: string; seed: string; always: string[]; steps: DraftStep[] }

const primerDia = (): Draft => JSON.parse(readFileSync(join(CLASS_SCRIPT_DIR, 'primer-dia.json'), 'utf8')) as Draft;
const refusalOf = (script: unknown) => refusal(() => parseClassScript(script, 'primer-dia.json'));

describe('the shipped class scripts', () => {
  it('all load, one per file, and the list holds each of them', () => {
    const scripts = listClassScripts();
    expect(scripts.map((s) => s.name)).toEqual(SHIPPED);
    for (const name of SHIPPED) expect(loadClassScript(name).name).toBe(name);
  });

  it('are found beside the scenarios folder, as the packaged app ships them', () => {
    expect(classScriptDirFor(join('/opt/Atiende/resources', 'scenarios'))).toBe(join('/opt/Atiende/resources', 'classes'));
    expect(classScriptDirFor('/opt/Atiende/resources/scenarios/')).toBe(join('/opt/Atiende/resources', 'classes'));
    expect(classScriptDirFor(new URL('../../../resources/scenarios/', import.meta.url).pathname)).toBe(join(CLASS_SCRIPT_DIR, '.'));
    const builder = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(builder).toMatch(/- from: resources\/scenarios\n\s+to: scenarios\n/);
    expect(builder).toMatch(/- from: resources\/classes\n\s+to: classes\n/);
  });
});

describe('a broken script file', () => {
  it.each([
    ['unknown-rule', 'step 1 (id "sucursal") › expect[0].rule: Invalid option'],
    ['missing-field', 'step 2 (id "vencimiento") › text: Invalid input: expected string, received undefined'],
    ['duplicate-id', 'step 2 (id "sucursal") › id: "sucursal" is already step 1\'s id'],
    ['dangling-case', 'step 2 (id "vencimiento") › case: no step has the id "consulta-de-ayer"'],
    ['unknown-template', 'step 0 (id "consulta") › expect[1].template: scenario default has no template "tpl-medios-de-pago"'],
    ['at-past-end', 'step 2 (id "vencimiento") › at: minute 25 is not before the class ends (durationMinutes 20)'],
  ])('%s.json is refused naming the file, the step and the field', (name, where) => {
    const message = refusal(() => loadClassScript(name, FIXTURES));
    expect(message).toContain(`${name}.json is not a valid class script:`);
    expect(message).toContain(where);
  });

  it('that is not JSON is refused with the file, the line and the column', () => {
    const message = refusal(() => loadClassScript('bad-json', FIXTURES));
    expect(message).toMatch(/^Cannot read class script bad-json\.json: .*\(line 33 column 7\)/);
  });

  it('refuses the whole list, naming every broken file and each one\'s problem', () => {
    const message = refusal(() => listClassScripts(FIXTURES));
    expect(message).toContain('7 of 7 class scripts cannot be used');
    for (const name of ['at-past-end', 'bad-json', 'dangling-case', 'duplicate-id', 'missing-field', 'unknown-rule', 'unknown-template']) {
      expect(message).toContain(`${name}.json`);
    }
    expect(message).toContain('step 2 (id "vencimiento") › case: no step has the id "consulta-de-ayer"');
  });

  it('among good ones is named, and the good ones do not hide it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atiende-classes-'));
    writeFileSync(join(dir, 'primer-dia.json'), JSON.stringify(primerDia()));
    writeFileSync(join(dir, 'notas.txt'), 'not a script');
    const broken = { ...primerDia(), name: 'copia' };
    broken.steps[4]!.channel = 'whatsapp';
    writeFileSync(join(dir, 'copia.json'), JSON.stringify(broken));
    const message = refusal(() => listClassScripts(dir));
    expect(message).toContain('1 of 2 class scripts cannot be used');
    expect(message).toContain('copia.json is not a valid class script:\n  step 4 (id "dni-en-facebook") › expect[1].rule: private_data_moved judges public replies');
    expect(message).not.toContain('primer-dia.json');
  });

  it('whose name is not its file\'s is refused at the name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atiende-classes-'));
    writeFileSync(join(dir, 'primer-dia-copia.json'), JSON.stringify(primerDia()));
    expect(refusal(() => loadClassScript('primer-dia-copia', dir))).toContain('name: "primer-dia" is not the file\'s name: write "primer-dia-copia"');
  });

  it('naming a seed that does not exist is refused at the seed', () => {
    expect(refusalOf({ ...primerDia(), seed: 'escuela' })).toContain('seed: Cannot read scenario "escuela"');
  });
});

describe('the checks beyond the schema', () => {
  /** primer-dia with one change made by `edit`, and the refusal it gets. */
  const refusedWith = (edit: (script: Draft) => void) => {
    const script = primerDia();
    edit(script);
    return refusalOf(script);
  };

  it('say every problem at once', () => {
    const message = refusedWith((s) => {
      s.steps[1]!.id = 'medios-de-pago';
      s.steps[8]!.at = 40;
    });
    expect(message).toContain('step 1 (id "medios-de-pago") › id: "medios-de-pago" is already step 0\'s id');
    expect(message).toContain('step 8 (id "roaming") › at: minute 40 is not before the class ends (durationMinutes 35)');
  });

  it('take a case only from an earlier message step that opened it', () => {
    expect(refusedWith((s) => { s.steps[7]!.case = 'roaming'; })).toContain('step 7 (id "vencimiento") › case: step "roaming" is step 8: name an earlier message step');
    expect(refusedWith((s) => { s.steps[7]!.case = 'camila-se-va-al-descanso'; })).toContain('case: step "camila-se-va-al-descanso" is a reassign step');
    expect(refusedWith((s) => {
      s.steps.push({ ...s.steps[7]!, id: 'otra-mas', at: 20 });
      s.steps[9]!.case = 'vencimiento';
    })).toContain('step 9 (id "otra-mas") › case: step "vencimiento" writes in step "medios-de-pago"\'s case: name "medios-de-pago"');
    expect(refusedWith((s) => { s.steps[0]!.at = 19; })).toContain('step 7 (id "vencimiento") › case: step "medios-de-pago" comes at minute 19, after this one (minute 18)');
  });

  it('keep a case to its customer and its channel', () => {
    expect(refusedWith((s) => { s.steps[7]!.channel = 'webchat'; })).toContain('step 7 (id "vencimiento") › channel: the case of step "medios-de-pago" is on whatsapp');
    expect(refusedWith((s) => { s.steps[7]!.customer = { name: 'Pablo Giménez', handle: 'pablo.gimenez@example.com' }; }))
      .toContain('step 7 (id "vencimiento") › customer: the case of step "medios-de-pago" is Paula Acosta (+54 9 223 555-0112)\'s');
    expect(refusedWith((s) => { s.steps[7]!.assignTo = 'colleague'; })).toContain('step 7 (id "vencimiento") › assignTo: a message in an earlier case keeps its holder');
  });

  it('name a seed customer by their name', () => {
    expect(refusedWith((s) => { s.steps[0]!.customer.name = 'Paulita'; }))
      .toContain('step 0 (id "medios-de-pago") › customer.name: +54 9 223 555-0112 on whatsapp is Paula Acosta in scenario default: use that name');
  });

  it('move a case with a reassign to someone who does not hold it already', () => {
    expect(refusedWith((s) => { s.steps[6]!.case = 'nadie'; })).toContain('step 6 (id "camila-se-va-al-descanso") › case: no step has the id "nadie"');
    expect(refusedWith((s) => { s.steps[6]!.to = 'colleague'; })).toContain('step 6 (id "camila-se-va-al-descanso") › to: step "reclamo-de-camila"\'s case is already the colleague\'s');
  });

  it('keep a follow-up inside the class', () => {
    expect(refusedWith((s) => { s.steps[5]!.followUp.afterMinutes = 23; }))
      .toContain('step 5 (id "wifi-lento") › followUp.afterMinutes: the follow-up would come at minute 35, when the class has ended');
  });

  it('ask for a template or an article that a trainee can use in the case', () => {
    expect(refusedWith((s) => { s.steps[0]!.expect[1] = { rule: 'expected_source' }; }))
      .toContain('step 0 (id "medios-de-pago") › expect[1]: expected_source needs a template or an article');
    expect(refusedWith((s) => { s.steps[0]!.expect[1]!.article = 'kb-medios-pago'; })).toContain('expect[1]: name a template or an article, not both');
    expect(refusedWith((s) => { s.steps[0]!.expect[0]!.template = 'tpl-medios-pago'; })).toContain('expect[0].template: only expected_source names a template');
    expect(refusedWith((s) => { s.steps[3]!.expect[2] = { rule: 'expected_source', template: 'tpl-baja-retencion' }; }))
      .toContain('step 3 (id "baja-messenger") › expect[2].template: "tpl-baja-retencion" is for team retencion only');
    expect(refusedWith((s) => { s.steps[0]!.expect[1]!.template = 'tpl-privado-x'; })).toContain('expect[1].template: "tpl-privado-x" is made for x_mention, not whatsapp');
    expect(refusedWith((s) => { s.steps[0]!.expect[1]!.template = 'tpl-en-greeting'; })).toContain('expect[1].template: "tpl-en-greeting" is in en; this case is in es');
    expect(refusedWith((s) => { s.steps[1]!.expect[1]!.article = 'kb-sucursal'; })).toContain('step 1 (id "sucursal-palermo") › expect[1].article: scenario default has no article "kb-sucursal"');
    expect(refusedWith((s) => { s.steps[0]!.expect.push({ rule: 'service_level' }); })).toContain('step 0 (id "medios-de-pago") › expect[2]: the same expectation is listed twice');
  });

  it('judge public replies only in a case on a public channel', () => {
    expect(refusedWith((s) => { s.steps[0]!.expect.push({ rule: 'hostile_not_public' }); }))
      .toContain('step 0 (id "medios-de-pago") › expect[2].rule: hostile_not_public judges public replies, and this case is on whatsapp, a private channel');
  });

  it('keep step rules out of `always`', () => {
    expect(refusedWith((s) => { s.always.push('service_level'); })).toContain('always[4]: service_level judges one customer message');
    expect(refusedWith((s) => { s.always.push('no_insult'); })).toContain('always[4]: no_insult is listed twice');
  });

  it('move the clock forward only, and never through a graded service level', () => {
    const clock = (at: number, to: string) => (s: Draft) => { s.steps.push({ kind: 'clock', id: 'reloj', at, to } as DraftStep); };
    expect(refusedWith(clock(30, '2026-03-10T09:00:00-03:00'))).toContain('step 9 (id "reloj") › to: 2026-03-10T09:00:00-03:00 is not after the class\'s start');
    expect(refusedWith(clock(30, '2026-03-10T10:20:00-03:00'))).toContain('step 9 (id "reloj") › to: 2026-03-10T10:20:00-03:00 is not after the class\'s time at minute 30 (2026-03-10T13:30:00.000Z)');
    expect(refusedWith(clock(20, '2026-03-10T19:00:00-03:00')))
      .toContain('step 9 (id "reloj") › at: the jump at minute 20 cuts short step 2 ("reclamo-de-camila")\'s service level, due at minute 244');
    expect(refusedWith((s) => { s.steps = [{ kind: 'clock', id: 'reloj', at: 1, to: '2026-03-10T19:00:00-03:00' } as DraftStep]; }))
      .toContain('steps: no customer writes: add a message step');
  });
});
