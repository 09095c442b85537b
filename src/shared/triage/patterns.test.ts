import { describe, expect, it } from 'vitest';
import { findPrivateData, luhnValid, privateDataIn } from './patterns.ts';

const kinds = (text: string) => findPrivateData(text);

describe('luhnValid', () => {
  it('accepts real-shaped card numbers and rejects a one-digit typo', () => {
    for (const card of ['4111111111111111', '5500000000000004', '4509953566233704', '376612345678906']) expect(luhnValid(card), card).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('4509953566233705')).toBe(false);
  });

  it('rejects all zeros and anything but digits', () => {
    expect(luhnValid('0000000000000000')).toBe(false);
    expect(luhnValid('4111-1111-1111-1111')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('findPrivateData: identity numbers', () => {
  it('finds a DNI with dots, spaces or none, named or alone as eight digits', () => {
    expect(kinds('mi DNI es 30.123.456')).toEqual(['dni']);
    expect(kinds('Documento 8.123.456, titular')).toEqual(['dni']);
    expect(kinds('dni 40 123 456 no me deja')).toEqual(['dni']);
    expect(kinds('dni: 8123456')).toEqual(['dni']);
    expect(kinds('34567890 es mi dni')).toEqual(['dni']);
    expect(kinds('soy 28456789, la titular')).toEqual(['dni']);
  });

  it('needs the word for seven bare digits or for eight that read as a date', () => {
    expect(kinds('tengo 1234567 puntos')).toEqual([]);
    expect(kinds('desde el 20261123 sin servicio')).toEqual([]);
    expect(kinds('DNI 20261123')).toEqual(['dni']);
  });

  it('finds a CUIT or CUIL with dashes, bare, or named', () => {
    expect(kinds('Mi CUIT es 20-30123456-7')).toEqual(['cuit']);
    expect(kinds('cuil 27123456783')).toEqual(['cuit']);
    expect(kinds('facturar a 30712345671')).toEqual(['cuit']);
  });
});

describe('findPrivateData: money and accounts', () => {
  it('finds a Luhn-valid card in groups of four, with spaces, dashes or none, and Amex 4-6-5', () => {
    expect(kinds('tarjeta 4509 9535 6623 3704 vence 08/27')).toEqual(['card']);
    expect(kinds('4111-1111-1111-1111')).toEqual(['card']);
    expect(kinds('5500000000000004')).toEqual(['card']);
    expect(kinds('amex 3766 123456 78906')).toEqual(['card']);
  });

  it('leaves a card-length number that fails Luhn alone', () => {
    expect(kinds('4509 9535 6623 3705')).toEqual([]);
  });

  it('finds a CBU or CVU of 22 digits', () => {
    expect(kinds('CBU: 0720123420000001234567')).toEqual(['cbu']);
    expect(kinds('cvu 0000003100012345678901')).toEqual(['cbu']);
  });

  it('keeps a CBU or CVU named as one even after a word about paying', () => {
    expect(kinds('mi cvu de la billetera para el pago: 0000003100098765432109')).toEqual(['cbu']);
    expect(kinds('te paso el CBU para que me devuelvan lo que pagué 0720123420000001234567')).toEqual(['cbu']);
    expect(kinds('pagué 0720123420000001234567')).toEqual([]);
  });

  it('finds customer and account numbers by how they are introduced', () => {
    expect(kinds('Nro de cliente 458812')).toEqual(['account']);
    expect(kinds('Número de cliente: 7781234')).toEqual(['account']);
    expect(kinds('n° de cuenta 0045-88213')).toEqual(['account']);
    expect(kinds('nº de socio 44512')).toEqual(['account']);
    expect(kinds('cliente 55123-4')).toEqual(['account']);
    expect(kinds('account no. 55-0192-33')).toEqual(['account']);
    expect(kinds('my account number is 00123456789')).toEqual(['account']);
    expect(kinds('client id 443321')).toEqual(['account']);
  });

  it('finds a customer number written with a letter prefix', () => {
    expect(privateDataIn('customer id: BX-6617204, the router is dead')).toEqual([{ kind: 'account', value: '6617204' }]);
    expect(kinds('nro de cliente CL-448120')).toEqual(['account']);
    expect(kinds('modelo AX-3000 no anda')).toEqual([]);
  });
});

describe('findPrivateData: phones and e-mail', () => {
  it('finds Argentine, Latin American and international phone formats', () => {
    for (const text of [
      '+54 9 11 5555-1234', '11 5555 1234', '15-5555-1234', '351 555-6789', '1155551234', '011 4555-1234',
      '0351 15 6543210', '+1 (305) 555-0147', '555-867-5309', '+44 7700 900123', '+52 55 1234 5678', 'mi tel 4555-1234',
      'mi cel es 45551234',
    ]) {
      expect(kinds(text), text).toEqual(['phone']);
    }
  });

  it('finds e-mail addresses', () => {
    expect(kinds('jperez@hotmail.com.ar')).toEqual(['email']);
    expect(kinds('escribime a maria_lopez+facturas@outlook.com!')).toEqual(['email']);
    expect(kinds('@Atiende hola')).toEqual([]);
    expect(kinds('usuario@localhost')).toEqual([]);
  });

  it('reports every kind once, in a fixed order', () => {
    expect(kinds('laura@yahoo.com, DNI 22.345.678, cel 11 5555 1234, otro mail l@x.io')).toEqual(['dni', 'phone', 'email']);
  });
});

describe('findPrivateData: what is not private data', () => {
  it('leaves prices alone', () => {
    for (const text of ['no me llegó la factura de $12.500 del 10/11', 'me cobraron $ 1.250.000', 'sale 1.250.000', 'pago 30.123.456 pesos', 'US$ 1200000', 'I paid $59.90']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('leaves dates, times, years, versions and IP addresses alone', () => {
    for (const text of ['vence el 23/11/2026', 'el 23.11.2026 a las 22:30', 'desde 2024-11-23', 'octubre 2024', 'iOS 17.2', 'IP 192.168.0.1', 'el 23-11-26']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('leaves case, order and claim numbers alone', () => {
    for (const text of ['pedido #1043', 'caso 1043', 'Order #20931', 'reclamo 88123456', 'pedido 2000004567812345', 'nro de reclamo: 20231115', 'ticket 1155551234', 'factura 0001-00012345']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it("leaves the company's toll-free lines and short numbers alone", () => {
    for (const text of ['llamé al 0800 222 1234', '0810-555-1234', 'la línea que termina en 1234', 'plan 100 o 300', '3x2 en pizzas', 'wifi 6']) {
      expect(kinds(text), text).toEqual([]);
    }
  });
});

describe('findPrivateData: context words are whole words', () => {
  it('does not read "border" as "order" or "resale" as "sale"', () => {
    expect(kinds('I live by the border 1155551234')).toEqual(['phone']);
    expect(kinds('resale 30.123.456')).toEqual(['dni']);
  });
});

describe('findPrivateData: home addresses', () => {
  it('finds a street address in Spanish and in English, next to other kinds', () => {
    expect(kinds('vivo en Av. Cabildo 2210 3°B')).toEqual(['address']);
    expect(kinds('no internet at 15 Maple Road')).toEqual(['address']);
    expect(kinds('DNI 30.123.456, domicilio Italia 602')).toEqual(['dni', 'address']);
  });

  it('leaves a branch, a neighbourhood and counted things alone', () => {
    for (const text of ['la sucursal de Av. Corrientes 1234', 'vivo en Villa Urquiza', 'a las 20 hs', 'plan de 500 megas', '2 days on the road']) {
      expect(kinds(text), text).toEqual([]);
    }
  });
});

describe('privateDataIn', () => {
  it('gives a home address as its street and number, after the numbers', () => {
    expect(privateDataIn('cel 11 5555-1234, Mendoza 2150 piso 3')).toEqual([{ kind: 'phone', value: '1155551234' }, { kind: 'address', value: 'mendoza 2150' }]);
  });

  it('gives each piece with its value, numbers as digits and e-mail addresses folded', () => {
    expect(privateDataIn('Soy Marta, DNI 30.123.456, mail Marta.Ruiz@Example.com o marta@work.org, cel 11 5555-1234')).toEqual([
      { kind: 'email', value: 'marta.ruiz@example.com' }, { kind: 'email', value: 'marta@work.org' },
      { kind: 'dni', value: '30123456' }, { kind: 'phone', value: '1155551234' },
    ]);
  });

  it('leaves out what findPrivateData leaves out', () => {
    expect(privateDataIn('Pagué $12.500 el 23.11.2026, caso 1043')).toEqual([]);
  });
});
