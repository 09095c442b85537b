import { describe, expect, it } from 'vitest';
import { checkPrivateDataMoved, secretsOf } from './private-data-moved.ts';
import { customer, kase, reply, step, transcript } from './fixtures.ts';

const dni = customer(0, 'Mi DNI es 30.123.456 y no me llega la factura @Conecta');
const steps = [step('s1', 'c1', 0, 'private_data_moved')];
const checks = (...args: Parameters<typeof transcript>) => checkPrivateDataMoved(transcript(...args));

describe('private_data_moved', () => {
  it('passes a case moved to a direct message without the data repeated in public', () => {
    const c = kase({
      channel: 'x_mention', movedTo: 'x_dm',
      messages: [dni, reply(2, 'Hola, para cuidar tus datos seguimos por mensaje privado. Saludos, Ana')],
    });
    const [check] = checks({ cases: [c], steps });
    expect(check).toMatchObject({ pass: true, evidence: 'Hola, para cuidar tus datos seguimos por mensaje privado. Saludos, Ana' });
    expect(check?.detail).toBe('pasó a privado (x_dm) sin repetir datos en público');
  });

  it('counts a private reply of the trainee as the move', () => {
    const c = kase({ channel: 'facebook_post', messages: [dni, reply(2, 'Te escribimos por Messenger. Ana', { channel: 'facebook_messenger' })] });
    expect(checks({ cases: [c], steps })[0]?.pass).toBe(true);
  });

  it('fails a public reply that repeats the DNI, even written another way, and even after the move', () => {
    const c = kase({
      channel: 'x_mention', movedTo: 'x_dm',
      messages: [dni, reply(2, 'Hola, ya vimos el DNI 30123456, te escribimos por DM. Ana')],
    });
    const [check] = checks({ cases: [c], steps, language: 'en' });
    expect(check).toMatchObject({ pass: false, evidence: 'Hola, ya vimos el DNI 30123456, te escribimos por DM. Ana', detail: "repeated the customer's ID number in public" });
  });

  it('fails a public reply repeating an e-mail address or a street address', () => {
    const mail = kase({ channel: 'instagram_comment', messages: [customer(0, 'escribanme a marta.ruiz@example.com'), reply(1, 'Te escribimos a Marta.Ruiz@example.com. Ana')] });
    expect(checks({ cases: [mail], steps })[0]).toMatchObject({ pass: false, detail: 'repitió en público el e-mail del cliente' });
    const street = kase({ channel: 'facebook_post', messages: [customer(0, 'Vivo en Av. Corrientes 1234, no llega el técnico'), reply(1, '¿Corrientes 1234, verdad? Ana')] });
    expect(checks({ cases: [street], steps })[0]).toMatchObject({ pass: false, detail: 'repitió en público la dirección del cliente' });
    const nueve = kase({ channel: 'facebook_post', messages: [customer(0, 'Estoy en Av. 9 de Julio 1020'), reply(1, 'Vamos a 9 de julio 1020 mañana. Ana')] });
    expect(checks({ cases: [nueve], steps })[0]?.pass).toBe(false);
  });

  it('fails a public reply repeating a home address as a DNI would, however the street is written', () => {
    const flat = kase({ channel: 'instagram_comment', messages: [customer(0, 'mudanza: el servicio pasa a Laprida 77 piso 2, Lanús'), reply(1, 'Anotamos Laprida nro. 77, Ana')] });
    expect(checks({ cases: [flat], steps })[0]).toMatchObject({ pass: false, detail: 'repitió en público la dirección del cliente' });
    const english = kase({ channel: 'x_mention', messages: [customer(0, 'no internet at 9 Church Lane, Flat 1'), reply(1, 'Sending a tech to 9 Church Ln today. Ana')] });
    expect(checks({ cases: [english], steps, language: 'en' })[0]).toMatchObject({ pass: false, detail: "repeated the customer's address in public" });
  });

  it("passes a move to private whose public reply names another number, not the customer's house", () => {
    const c = kase({
      channel: 'facebook_post', movedTo: 'facebook_messenger',
      messages: [customer(0, 'vivo en Av. Cabildo 2210 y no tengo señal'), reply(1, 'Te escribimos por privado para ver Cabildo 22100. Ana')],
    });
    expect(checks({ cases: [c], steps })[0]?.pass).toBe(true);
  });

  it('is pending while not moved, and fails when the class ends unmoved', () => {
    const c = kase({ channel: 'x_mention', messages: [dni, reply(1, 'Hola, lo revisamos. Ana')] });
    expect(checks({ cases: [c], steps })[0]).toMatchObject({ pass: null, detail: 'todavía no pasó a privado', evidence: dni.text });
    expect(checks({ cases: [c], steps, finished: true })[0]).toMatchObject({ pass: false, detail: 'no pasó el caso a un canal privado' });
  });

  it('in always, judges the public cases whose customer posted private data', () => {
    const cases = [
      kase({ caseId: 'pub', channel: 'x_mention', messages: [dni] }),
      kase({ caseId: 'plain', channel: 'x_mention', messages: [customer(0, '¿Cuánto sale el plan de 300 megas?')] }),
      kase({ caseId: 'dm', channel: 'x_dm', messages: [customer(0, 'DNI 30.123.456')] }),
    ];
    expect(checks({ cases, always: ['private_data_moved'] }).map((c) => c.caseId)).toEqual(['pub']);
  });

  it('reads the customer\'s data as a reply could repeat it', () => {
    const c = kase({ messages: [customer(0, 'DNI 30.123.456, cel 11 5555-1234, mail ANA@Example.com, calle San Martín 55')] });
    expect(secretsOf(c)).toEqual([
      { kind: 'email', value: 'ana@example.com' }, { kind: 'dni', value: '30123456' }, { kind: 'phone', value: '1155551234' },
      { kind: 'address', value: 'san martin 55' },
    ]);
  });
});
