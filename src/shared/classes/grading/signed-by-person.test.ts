import { describe, expect, it } from 'vitest';
import { checkSignedByPerson, signedBy } from './signed-by-person.ts';
import { customer, kase, reply, transcript } from './fixtures.ts';

const checks = (text: string, language: 'es' | 'en' = 'es') =>
  checkSignedByPerson(transcript({ always: ['signed_by_person'], language, cases: [kase({ messages: [customer(0, 'Hola'), reply(1, text)] })] }));

describe('signed_by_person', () => {
  it('accepts the first name closing the reply, as agents sign', () => {
    for (const text of [
      'Te ayudo por privado.\n— Ana',
      'Te ayudo por privado. Saludos, Ana.',
      '¡Listo! Ana de Atención al cliente',
      'Ya quedó resuelto.\n\nAna G. de Conecta',
      'Lo revisamos y te aviso. Ana - Equipo Conecta 🙂',
      'Thanks for writing! Best, ANA',
      'Te escribimos por DM. ^Ana',
      'Hola Marta,\nya está resuelto.\n\nSaludos,\nAna\nAtención Digital – Conecta',
    ]) expect(signedBy(text, 'Ana'), text).toBe(true);
  });

  it('rejects no signature, a greeting to a customer with the same name, or another name', () => {
    for (const text of [
      'Te ayudo por privado.', 'Hola Ana, te escribo por privado', 'Hola Ana', 'Hola Ana,\nte escribo por privado', 'Saludos, Beto',
      'Anabel te responde pronto',
    ])
      expect(signedBy(text, 'Ana'), text).toBe(false);
  });

  it('passes a signed reply, quoting it', () => {
    expect(checks('Abrimos a las 9. Saludos, Ana')[0]).toMatchObject({ pass: true, evidence: 'Abrimos a las 9. Saludos, Ana', detail: 'firmada por Ana' });
  });

  it('fails a reply signed by the company or a team, saying so', () => {
    expect(checks('Abrimos a las 9. Saludos, El equipo de Conecta')[0]).toMatchObject({ pass: false, detail: 'firmada como «El equipo de Conecta», no con su nombre' });
    expect(checks('We open at 9.\nRetención', 'en')[0]).toMatchObject({ pass: false, detail: 'signed as "Retención", not with their name' });
  });

  it('fails an unsigned reply', () => {
    expect(checks('Abrimos a las 9.')[0]).toMatchObject({ pass: false, detail: 'sin firma con su nombre (Ana)' });
  });
});
