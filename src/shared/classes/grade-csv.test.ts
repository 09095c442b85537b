import { describe, expect, it } from 'vitest';
import { GRADE_CSV_COLUMNS, gradeCsv, type GradeCsvColumn } from './grade-csv.ts';
import { RULE_REFERENCES } from './rules.ts';
import type { ClassGrade } from './wire.ts';

const headings = Object.fromEntries(GRADE_CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<GradeCsvColumn, string>;

const grade: ClassGrade = {
  classId: 'k7p2', title: 'Primer día', finished: true,
  trainees: [
    {
      name: 'Ana Gómez', username: 'ana-k7p2', score: 50,
      rules: [
        { rule: 'private_data_moved', pass: false, evidence: 'Revisamos el DNI 30.123.456, "ya está". Ana', reference: RULE_REFERENCES.private_data_moved, checks: [] },
        { rule: 'service_level', pass: true, evidence: 'Hola,\r\nAna', reference: RULE_REFERENCES.service_level, checks: [] },
      ],
    },
    {
      name: '=HYPERLINK("http://x","y")', username: 'hyperlink-k7p2', score: 0,
      rules: [{ rule: 'no_insult', pass: null, evidence: '-1+2 @cuenta', reference: RULE_REFERENCES.no_insult, checks: [] }],
    },
  ],
};

describe('gradeCsv', () => {
  const lines = gradeCsv(grade, { headings, rules: { private_data_moved: 'Datos privados a privado' } }).split('\r\n');

  it('writes a heading row and one row per trainee and rule, pass as 1/0 and empty while pending', () => {
    expect(lines[0]).toBe('NAME,USERNAME,SCORE,RULE,PASS,EVIDENCE,REFERENCE');
    expect(lines[1]).toBe(`Ana Gómez,ana-k7p2,50,Datos privados a privado,0,"Revisamos el DNI 30.123.456, ""ya está"". Ana","${RULE_REFERENCES.private_data_moved}"`);
    expect(lines[2]).toBe('Ana Gómez,ana-k7p2,50,service_level,1,"Hola,');
    expect(lines.at(-1)).toBe('');
  });

  it('quotes line breaks inside a field and neutralises formulas', () => {
    expect(lines[3]).toBe(`Ana","${RULE_REFERENCES.service_level}"`);
    expect(lines[4]).toBe(`"'=HYPERLINK(""http://x"",""y"")",hyperlink-k7p2,0,no_insult,,'-1+2 @cuenta,"${RULE_REFERENCES.no_insult}"`);
  });
});
