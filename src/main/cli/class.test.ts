// The class commands' flags and what they print, from the wire's shapes: the credentials to hand
// out, the board and the grades, for people and as JSON, with the server's text made inert.
import { describe, expect, it } from 'vitest';
import type { ClassBoard, ClassGrade, ClassStartResponse, ClassSummary } from '../../protocol/classes.ts';
import { controlRequest, gradeText, speedOf, startText, statusText, traineeNames } from './class.ts';

const summary: ClassSummary = {
  classId: 'k7p2', scenario: 'primer-dia', title: 'Primer día', language: 'es', state: 'running', speed: 2,
  createdAt: '2026-12-07T09:00:00.000Z', now: '2026-12-07T09:12:00.000Z', elapsedMinutes: 12.5, durationMinutes: 60,
  trainees: [{ name: 'Ana', username: 'ana-k7p2', joined: true }, { name: 'Beto', username: 'beto-k7p2', joined: false }],
};

const rule = (pass: boolean | null, evidence: string | null) => ({
  rule: 'private_data_moved' as const, pass, evidence, reference: 'Guía, 3. Selección del canal privado',
  checks: [{ rule: 'private_data_moved' as const, pass, stepId: 'dni', caseId: 'case-1', evidence, detail: 'detalle' }],
});

describe('class flags', () => {
  it('takes trainees as a comma-separated list, refusing blanks and repeats', () => {
    expect(traineeNames('ana, beto ,Carla')).toEqual(['ana', 'beto', 'Carla']);
    expect(() => traineeNames('ana,,beto')).toThrow('--trainees: a comma-separated list of names, none empty');
    expect(() => traineeNames('')).toThrow('none empty');
    expect(() => traineeNames('ana,beto,Ana')).toThrow('--trainees: "Ana" is named twice');
  });

  it('takes a speed of 1, 2 or 5, and 1 when none is given', () => {
    expect(speedOf(undefined)).toBe(1);
    expect(speedOf('5')).toBe(5);
    expect(speedOf(' 2 ')).toBe(2);
    expect(() => speedOf('3')).toThrow('--speed takes 1, 2, 5; not 3');
    expect(() => speedOf('fast')).toThrow('not fast');
  });
});

describe('class control', () => {
  it('takes an action, with the speed or the minutes it needs and nothing else', () => {
    expect(controlRequest('k7p2', { action: 'start' })).toEqual({ classId: 'k7p2', action: 'start' });
    expect(controlRequest('k7p2', { action: ' pause ' })).toEqual({ classId: 'k7p2', action: 'pause' });
    expect(controlRequest('k7p2', { action: 'speed', speed: '5' })).toEqual({ classId: 'k7p2', action: 'speed', speed: 5 });
    expect(controlRequest('k7p2', { action: 'jump', minutes: '12.5' })).toEqual({ classId: 'k7p2', action: 'jump', minutes: 12.5 });
    expect(() => controlRequest('k7p2', { action: 'fly' })).toThrow('--action takes start, pause, resume, speed, jump; not fly');
    expect(() => controlRequest('k7p2', { action: 'speed', speed: '3' })).toThrow('--speed takes 1, 2, 5; not 3');
    expect(() => controlRequest('k7p2', { action: 'resume', speed: '2' })).toThrow('--speed goes with --action speed');
    for (const minutes of [undefined, '', 'ten', '-5', '0', '1441']) {
      expect(() => controlRequest('k7p2', { action: 'jump', minutes })).toThrow('--action jump needs --minutes');
    }
    expect(controlRequest('k7p2', { action: 'jump', minutes: '1440' })).toMatchObject({ minutes: 1440 });
  });
});

describe('class output', () => {
  const started: ClassStartResponse = {
    classId: 'k7p2',
    trainees: [{ name: 'Ana', username: 'ana-k7p2', password: 'K7P2-XM4Q' }, { name: 'Beto Largo', username: 'beto-largo-k7p2', password: 'AB3D-EF7H' }],
  };

  it('prints the credentials to hand out as JSON, and as a table with one trainee a line', () => {
    expect(JSON.parse(startText(started, true))).toEqual(started);
    const lines = startText(started, false).split('\n');
    expect(lines[0]).toBe('Class k7p2 is ready; its clock starts when you start it (the Clase page, or class control --action start).');
    const header = lines.findIndex((line) => line.startsWith('name'));
    expect(lines.slice(header, header + 3)).toEqual([
      'name        username         password',
      'Ana         ana-k7p2         K7P2-XM4Q',
      'Beto Largo  beto-largo-k7p2  AB3D-EF7H',
    ]);
  });

  it('prints the class with each trainee’s figures, without the rules and cases of the board', () => {
    const board: ClassBoard = {
      class: summary,
      trainees: [
        { name: 'Ana', username: 'ana-k7p2', joined: true, answered: 3, late: 1, waiting: 0, serviceLevel: 0.75, rules: [rule(true, 'x')], cases: [] },
        { name: 'Beto', username: 'beto-k7p2', joined: false, answered: 0, late: 0, waiting: 2, serviceLevel: null, rules: [], cases: [] },
      ],
    };
    const json = JSON.parse(statusText(board, true)) as ClassSummary & { trainees: Record<string, unknown>[] };
    expect(json).toMatchObject({ classId: 'k7p2', state: 'running', speed: 2, elapsedMinutes: 12.5 });
    expect(json.trainees[0]).toEqual({ name: 'Ana', username: 'ana-k7p2', joined: true, answered: 3, late: 1, waiting: 0, serviceLevel: 0.75 });
    const lines = statusText(board, false).split('\n');
    expect(lines[0]).toBe('Primer día (primer-dia, k7p2): running, ×2, 12/60 min, scenario time 2026-12-07T09:12:00.000Z');
    expect(lines.slice(2, 5)).toEqual([
      'name  username   joined  answered  late  waiting  service level',
      'Ana   ana-k7p2   yes     3         1     0        75%',
      'Beto  beto-k7p2  no      0         0     2        —',
    ]);
  });

  it('prints each trainee’s score and rules with the evidence and the guide’s reference; JSON without the checks', () => {
    const grade: ClassGrade = {
      classId: 'k7p2', title: 'Primer día', finished: true,
      trainees: [
        { name: 'Ana', username: 'ana-k7p2', score: 100, rules: [rule(true, 'Te escribimos por privado. Saludos, Ana')] },
        { name: 'Beto', username: 'beto-k7p2', score: 0, rules: [rule(false, 'Tu DNI 30123456 quedó registrado')] },
      ],
    };
    const json = JSON.parse(gradeText(grade, true)) as { trainees: { rules: Record<string, unknown>[] }[] };
    expect(json).toMatchObject({ classId: 'k7p2', finished: true, trainees: [{ name: 'Ana', score: 100 }, { name: 'Beto', score: 0 }] });
    expect(json.trainees[1]!.rules).toEqual([
      { rule: 'private_data_moved', pass: false, evidence: 'Tu DNI 30123456 quedó registrado', reference: 'Guía, 3. Selección del canal privado' },
    ]);
    const text = gradeText(grade, false);
    expect(text).toContain('Primer día (k7p2): final grades');
    expect(text).toContain('Beto (beto-k7p2): 0/100\n  FAIL    private_data_moved «Tu DNI 30123456 quedó registrado»\n          Guía, 3. Selección del canal privado');
    expect(gradeText({ ...grade, finished: false, trainees: [{ ...grade.trainees[0]!, rules: [rule(null, null)] }] }, false))
      .toContain('provisional: the class has not finished\n\nAna (ana-k7p2): 100/100\n  pending private_data_moved\n');
  });

  it('prints a message quoted as evidence on one short line, with no control a terminal would obey', () => {
    const hostile = `Hola\u001b[31m rojo\u202e al revés\n${'x'.repeat(300)}`;
    const grade: ClassGrade = { classId: 'k7p2', title: 'T\u0007', finished: true, trainees: [{ name: 'Ana\u001b]0;', username: 'ana-k7p2', score: 50, rules: [rule(false, hostile)] }] };
    const text = gradeText(grade, false);
    // eslint-disable-next-line no-control-regex -- the point is that no control character is left
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const evidence = text.split('\n').find((line) => line.includes('private_data_moved'))!;
    expect(evidence).toMatch(/«Hola\[31m rojo al revés x+…»$/);
    expect(evidence.length).toBeLessThan(140);
    // eslint-disable-next-line no-control-regex -- JSON escapes them: none reaches the terminal raw
    expect(gradeText(grade, true)).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});
