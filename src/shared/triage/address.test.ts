import { describe, expect, it } from 'vitest';
import { fold } from '../template-search.ts';
import { addressKey, findAddresses } from './address.ts';

const addresses = (text: string) => findAddresses(fold(text)).map((a) => a.value);

describe('findAddresses: Spanish', () => {
  it('finds a street type, a name and a number', () => {
    expect(addresses('el técnico tiene que venir a Av. Cabildo 2210')).toEqual(['cabildo 2210']);
    expect(addresses('avenida Santa Fe 3450, me cortaron el cable')).toEqual(['santa fe 3450']);
    expect(addresses('sin luz en el modem, Bulevar Gálvez 880')).toEqual(['galvez 880']);
    expect(addresses('Pje. Los Aromos 45 no tiene fibra?')).toEqual(['los aromos 45']);
    expect(addresses('estoy en Av. 25 de Mayo 1020')).toEqual(['25 de mayo 1020']);
    expect(addresses('ruta 8 km 50 no, ruta 8 n° 4521')).toEqual(['8 4521']);
  });

  it('reads "nro", "n°", "no." and "al" as markers of the number', () => {
    expect(addresses('calle 12 nro 845, Berisso')).toEqual(['12 845']);
    expect(addresses('calle 44 n° 910')).toEqual(['44 910']);
    expect(addresses('Diagonal 73 No. 1502')).toEqual(['73 1502']);
    expect(addresses('Av. Maipú al 1300')).toEqual(['maipu 1300']);
    expect(addresses('sin cable en avenida Mitre altura 740')).toEqual(['mitre 740']);
  });

  it('finds a name and number followed by floor, flat or door', () => {
    expect(addresses('Mendoza 2150 3°B, la fibra no llega')).toEqual(['mendoza 2150']);
    expect(addresses('Paraguay 980 5ºD')).toEqual(['paraguay 980']);
    expect(addresses('Laprida 77 piso 2 dto 4')).toEqual(['laprida 77']);
    expect(addresses('es en Humahuaca 3801, depto C')).toEqual(['humahuaca 3801']);
    expect(addresses('Moreno 410 PB')).toEqual(['moreno 410']);
    expect(addresses('French 2900 timbre 3')).toEqual(['french 2900']);
    expect(addresses('Gascón 1210 5to B, Almagro')).toEqual(['gascon 1210']);
    expect(addresses('Lavalle 3300 1er piso')).toEqual(['lavalle 3300']);
  });

  it('finds a name and number "entre" two streets', () => {
    expect(addresses('Yerbal 1200 entre Caracas y Bolivia, sin señal')).toEqual(['yerbal 1200']);
    expect(addresses('Sarmiento 455, entre calles Belgrano y Moreno')).toEqual(['sarmiento 455']);
  });

  it('finds blocks and lots of a housing estate', () => {
    expect(addresses('Barrio Las Lomas manzana 7 lote 3')).toEqual(['manzana 7 lote 3']);
    expect(addresses('mz 2 casa 18, no hay cable')).toEqual(['manzana 2 casa 18']);
    expect(addresses('monoblock 3 depto 12')).toEqual(['monoblock 3 depto 12']);
    expect(addresses('barrio Güemes casa 30')).toEqual(['barrio guemes casa 30']);
  });

  it('finds a name and number after a phrase that introduces an address', () => {
    expect(addresses('vivo en Tucumán 1550 y no anda nada')).toEqual(['tucuman 1550']);
    expect(addresses('mi dirección es Alsina 2301')).toEqual(['alsina 2301']);
    expect(addresses('domicilio: Italia 602')).toEqual(['italia 602']);
    expect(addresses('la dirección de instalación: Dorrego 1890')).toEqual(['dorrego 1890']);
    expect(addresses('manden el técnico a Junín 340')).toEqual(['junin 340']);
  });
});

describe('findAddresses: English', () => {
  it('finds a number, a name and a street suffix', () => {
    expect(addresses('no signal at 15 Maple Road since monday')).toEqual(['15 maple']);
    expect(addresses('9 Church Lane, Flat 1')).toEqual(['9 church']);
    expect(addresses('send the engineer to 210 W Park Ave apt 6')).toEqual(['210 w park']);
    expect(addresses('suite 4, 300 Harbour Drive')).toEqual(['300 harbour']);
    expect(addresses('I live at 8 Rose Crescent')).toEqual(['8 rose']);
  });

  it('takes "way", "close" or "drive" as a suffix only where the phrase ends or a flat follows', () => {
    expect(addresses('17 Larch Close, Flat 2')).toEqual(['17 larch']);
    expect(addresses('the router is at 4 Birch Way.')).toEqual(['4 birch']);
    expect(addresses('6 Miller Drive apt 2')).toEqual(['6 miller']);
    for (const text of ['only 5 bars close to the tower', 'my 2 sons drive me crazy with the lag', 'the 3 best way to reset it?']) {
      expect(addresses(text), text).toEqual([]);
    }
  });

  it('finds a number and name after "my address is"', () => {
    expect(addresses('my address is 64 Kingsley, Leeds')).toEqual(['64 kingsley']);
    expect(addresses('delivery address: 3 Hollis')).toEqual(['3 hollis']);
  });
});

describe('findAddresses: what is not a home address', () => {
  it('leaves a street without a number, a neighbourhood or a city alone', () => {
    for (const text of ['la sucursal de Av. Belgrano', 'vivo en Villa Urquiza', 'en zona norte no hay señal', 'vivo en Palermo hace 10 años', 'I live on Baker Street', 'vivo en Rosario 3 años ya']) {
      expect(addresses(text), text).toEqual([]);
    }
  });

  it("leaves the company's branches alone", () => {
    for (const text of ['fui a la sucursal de Av. Corrientes 1234 y no me atendieron', 'la oficina de calle Mitre 450', 'the store at 12 Market Street was closed']) {
      expect(addresses(text), text).toEqual([]);
    }
  });

  it('leaves times, dates, durations and speeds alone', () => {
    for (const text of [
      'vienen a las 20 hs', 'pasan el martes 22 entre las 14 y las 18', 'desde el 5 de marzo', '4 horas en espera',
      'plan de 500 megas', '2 days on the road', 'waited 40 minutes on the phone', 'camino 20 cuadras para pagar', 'the 2 hour drive',
      'el 23/11 a las 22:30', 'pasaje a Córdoba el 15 de marzo', 'el plan Flow 100 entre semana y finde anda lento', 'tengo Flow 300 2do mes que falla',
      'tarda entre 5 y 10 dias', 'the address is 4 blocks away from the antenna',
    ]) {
      expect(addresses(text), text).toEqual([]);
    }
  });

  it('leaves products, prices, percentages and case numbers alone', () => {
    for (const text of ['tengo un iPhone 15', 'Windows 11 no detecta el wifi', 'el router 5G', 'me subieron un 40% la factura', 'pagué $ 1200 piso', 'caso 1043 entre otros', 'order 5521 street team', 'tengo 2 casas']) {
      expect(addresses(text), text).toEqual([]);
    }
  });
});

describe('addressKey', () => {
  it('writes a street and number the same way however it was written', () => {
    expect(addressKey(fold('Gorriti nro. 4421'))).toBe('gorriti 4421');
    expect(addressKey(fold('calle 50 n° 1234'))).toBe('calle 50 1234');
    expect(addressKey(fold('Mz. 4, casa 12'))).toBe('manzana 4 casa 12');
  });

  it('reads only around short numbers, and still finds each address of a long e-mail where it is', () => {
    const filler = 'les escribo otra vez por el mismo problema con la conexion que se corta todas las noches. '.repeat(6);
    const text = `${filler}Antes vivia en Gascón 1210 5to B; ${filler}ahora estoy en Av. Cabildo 2210, 3°B. ${filler}gracias 10 veces`;
    const found = findAddresses(fold(text));
    expect(found.map((a) => a.value)).toEqual(['gascon 1210', 'cabildo 2210']);
    expect(found.map((a) => text.slice(a.start, a.start + 6))).toEqual(['Gascón', 'Cabild']);
  });

  it('gives each address where it starts', () => {
    expect(findAddresses(fold('hola, vivo en Tucumán 1550'))).toEqual([{ value: 'tucuman 1550', start: 14 }]);
  });
});
