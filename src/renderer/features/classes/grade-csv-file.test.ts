import { describe, expect, it } from 'vitest';
import type { ClassGrade } from '../../../shared/classes/wire.ts';
import { classGradeCsv, type GradeCsvLabels } from './grade-csv-file.ts';

const labels: GradeCsvLabels = {
  headings: { name: 'Alumno', username: 'Usuario', score: 'Puntaje', rule: 'Regla', pass: 'Resultado', evidence: 'Evidencia', reference: 'Referencia' },
  rules: {
    service_level: 'Nivel de servicio', private_data_moved: 'Datos privados', hostile_not_public: 'Troll', cancellation_retention: 'BAJA',
    classified_before_resolving: 'Tipificó', expected_source: 'Plantilla', no_duplicate_reply: 'Repetida', signed_by_person: 'Firma', no_insult: 'Insulto',
  },
  pass: { passed: 'cumplida', failed: 'no cumplida', pending: 'pendiente' },
};

const grade: ClassGrade = {
  classId: 'k7p2', title: 'Primer día', finished: true,
  trainees: [{
    name: '=Beto', username: 'beto-k7p2', score: 50,
    rules: [
      { rule: 'private_data_moved', pass: false, evidence: 'Tu DNI 30.123.456, "registrado"', reference: 'Guía, 3', checks: [] },
      { rule: 'no_insult', pass: null, evidence: null, reference: 'Guía, 5', checks: [] },
    ],
  }],
};

describe('the grade report as CSV', () => {
  it('has a row per trainee and rule, quoted and safe from formulas', () => {
    expect(classGradeCsv(grade, labels).split('\r\n')).toEqual([
      'Alumno,Usuario,Puntaje,Regla,Resultado,Evidencia,Referencia',
      `'=Beto,beto-k7p2,50,Datos privados,no cumplida,"Tu DNI 30.123.456, ""registrado""","Guía, 3"`,
      `'=Beto,beto-k7p2,50,Insulto,pendiente,,"Guía, 5"`,
      '',
    ]);
  });
});
