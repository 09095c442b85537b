// The hostility a customer shows without a stock insult: each kind with its innocent look-alikes.
import { describe, expect, it } from 'vitest';
import type { Channel } from '../domain.ts';
import { classifyMessage } from './classify.ts';

const typeOf = (text: string, channel: Channel = 'whatsapp') => classifyMessage({ text, channel }).type;

describe('hate', () => {
  it('counts hate aimed at the company in any form of the verb', () => {
    expect(typeOf('te odio atiende')).toBe('hostile_no_content');
    expect(typeOf('los odiamos a todos')).toBe('hostile_no_content');
    expect(typeOf('cada día los detesto más, el deco se reinicia solo a la noche')).toBe('hostile');
    expect(typeOf('I really hate you people, my bill doubled again')).toBe('hostile');
    expect(typeOf('we despise this company')).toBe('hostile_no_content');
  });

  it('leaves hate of a chore or a thing alone', () => {
    expect(typeOf('odio esperar en la fila, ¿puedo pagar la factura por la app?')).toBe('public');
    expect(typeOf('I hate waiting on hold, is there a callback option for billing?')).toBe('public');
    expect(typeOf('odio las tormentas, se me corta todo cuando llueve')).toBe('public');
  });
});

describe('wishing the company harm', () => {
  it('catches a wish followed by harm, in Spanish and English', () => {
    expect(typeOf('ojalá que esta empresa se hunda')).toBe('hostile_no_content');
    expect(typeOf('que se pudran')).toBe('hostile_no_content');
    expect(typeOf('ojala desaparezcan, me cobraron 3 meses de un router que devolví')).toBe('hostile');
    expect(typeOf('hope you lose every customer you have')).toBe('hostile_no_content');
    expect(typeOf("can't wait until you go bust")).toBe('hostile_no_content');
  });

  it('leaves hopes without harm, or with harm denied, alone', () => {
    expect(typeOf('ojalá que mañana venga el técnico, el modem no enciende')).toBe('public');
    expect(typeOf('ojalá no cierren la sucursal de Flores, ahí pago la factura')).toBe('public');
    expect(typeOf('hope you can fix my line today, the signal drops')).toBe('public');
  });
});

describe('animal insults', () => {
  it('counts an animal said of people: after "son unos", "banda de", "you", or as a call', () => {
    expect(typeOf('banda de buitres')).toBe('hostile_no_content');
    expect(typeOf('son unas sanguijuelas, 3 aumentos en un año')).toBe('hostile');
    expect(typeOf('sos un animal, me cortaste la llamada')).toBe('hostile');
    expect(typeOf('pack of leeches')).toBe('hostile_no_content');
    expect(typeOf('you parasites raised my plan again')).toBe('hostile');
    expect(typeOf('hienas')).toBe('hostile_no_content');
  });

  it('leaves animals in their own sense alone', () => {
    expect(typeOf('tengo ratas en el patio que mordieron el cable de la fibra')).toBe('public');
    expect(typeOf('¿puedo llevar animales a la sucursal?')).toBe('public');
    expect(typeOf('se rompió el burro de arranque del camión de reparto, ¿cuándo llega mi pedido?')).toBe('public');
    expect(typeOf('a rat chewed through the cable outside, can a technician come?')).toBe('public');
  });
});

describe('mocking laughter', () => {
  it('reads laughter in capitals, next to a put-down or a skull, or sneering at a complaint', () => {
    expect(typeOf('JAJAJAJAJA')).toBe('hostile_no_content');
    expect(typeOf('jajaja que chiste')).toBe('hostile_no_content');
    expect(typeOf('lol this company 💀')).toBe('hostile_no_content');
    expect(typeOf('lmfao two weeks waiting for a technician')).toBe('hostile');
  });

  it('leaves friendly laughter alone', () => {
    expect(typeOf('jaja gracias')).toBe('no_content');
    expect(typeOf('JAJAJA GRACIAS')).toBe('no_content');
    expect(typeOf('jaja se me desconectó el router de nuevo, ¿me ayudan?')).toBe('public');
  });
});

describe('masked swearing', () => {
  it('reads asterisks, letters spelled out, dotted abbreviations and symbols', () => {
    expect(typeOf('m**rda de servicio, sin tv desde el sábado')).toBe('hostile');
    expect(typeOf('h. d. p.')).toBe('hostile_no_content');
    expect(typeOf('i d i o t a s')).toBe('hostile_no_content');
    expect(typeOf('sh*tty service, third outage this week')).toBe('hostile');
    expect(typeOf('a$$hole company')).toBe('hostile_no_content');
  });

  it('leaves single letters and asterisks that mask nothing alone', () => {
    expect(typeOf('el plan A o el B, cual conviene?')).toBe('public');
    expect(typeOf('mi clave es 12**34? no entiendo el formato del pin')).toBe('public');
  });
});

describe('sarcasm', () => {
  it('reads praise or an ironic marker next to a complaint or an ironic emoji', () => {
    expect(typeOf('unos capos, me cortaron el cable en plena final')).toBe('hostile');
    expect(typeOf('gracias por dejarme sin internet el fin de semana')).toBe('hostile');
    expect(typeOf('thanks for charging me for a month I was cancelled')).toBe('hostile');
    expect(typeOf('espectacular la atención 🙃')).toBe('hostile_no_content');
    expect(typeOf('que genios 👏')).toBe('hostile_no_content');
  });

  it('leaves real compliments and thanks alone', () => {
    expect(typeOf('excelente atención de Laura, gracias 🙂')).not.toMatch(/hostile/);
    expect(typeOf('gracias por avisar, ya anda el wifi 👍')).toBe('public');
    expect(typeOf('genial, ya funciona todo 👍')).not.toMatch(/hostile/);
    expect(typeOf('genial, ya me devolvieron lo que me cobraron de más')).toBe('public');
    expect(typeOf('amazing support, they fixed the drops in my line')).toBe('public');
    expect(typeOf('mil gracias, unos capos 👏')).toBe('no_content');
  });

  it('still reads a plainly ironic emoji as sarcasm when the problem is said to be solved', () => {
    expect(typeOf('excelente, ya arreglaron el corte que duró una semana 🙄')).toBe('hostile');
  });
});

describe('plain insults and contempt', () => {
  it('catches insults the stock list lacked', () => {
    expect(typeOf('cagones')).toBe('hostile_no_content');
    expect(typeOf('ni en pedo les pago ese aumento')).toBe('hostile');
    expect(typeOf('they should be ashamed')).toBe('hostile_no_content');
  });
});

describe('impatience', () => {
  it('reads repeated contact, rhetorical challenges and orders in capitals as hostile, never as a troll', () => {
    expect(typeOf('es la cuarta vez que escribo por el mismo reclamo')).toBe('hostile');
    expect(typeOf('ya llamé 5 veces y el técnico no aparece')).toBe('hostile');
    expect(typeOf('what part of "no landline" do you not get?')).toBe('hostile');
    expect(typeOf('quiero hablar con un humano')).toBe('hostile');
    expect(typeOf('devuelvanme la plata AHORA')).toBe('hostile');
    expect(typeOf('fix my connection NOW please')).toBe('hostile');
  });

  it('leaves a count of other things and lower-case "ahora" alone', () => {
    expect(typeOf('ya reinicié el modem 3 veces y sigue la luz roja')).toBe('public');
    expect(typeOf('ahora me anda, gracias')).not.toMatch(/hostile/);
    expect(typeOf('me pueden llamar HOY? URGENTE, no tengo internet')).toBe('public');
    expect(typeOf('es la segunda vez que pregunto por el deco')).toBe('public');
  });
});
