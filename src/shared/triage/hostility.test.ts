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
    expect(typeOf('excelente atención de Laura, gracias 🙂')).toBe('public');
    expect(typeOf('gracias por avisar, ya anda el wifi 👍')).toBe('public');
    expect(typeOf('genial, ya funciona todo 👍')).toBe('no_content');
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
    expect(typeOf('ahora me anda, gracias')).toBe('public');
    expect(typeOf('me pueden llamar HOY? URGENTE, no tengo internet')).toBe('public');
    expect(typeOf('es la segunda vez que pregunto por el deco')).toBe('public');
  });
});

describe('hostility said without a listed phrase, read by general rules', () => {
  it('reads the scope of a superlative, a closing "punto" and a so-called name as part of the insult', () => {
    expect(typeOf('la peor empresa del mundo, punto')).toBe('hostile_no_content');
    expect(typeOf('worst company on earth, full stop')).toBe('hostile_no_content');
    expect(typeOf('jajaja y se hacen llamar servicio premium')).toBe('hostile_no_content');
  });

  it('reads a wish of harm as its whole clause, and a degree after hate as part of it', () => {
    expect(typeOf('ojalá se hundan y se queden sin un solo cliente')).toBe('hostile_no_content');
    expect(typeOf('los odio con toda el alma')).toBe('hostile_no_content');
    expect(typeOf('I hate you guys so much')).toBe('hostile_no_content');
  });

  it('reads insistence, time spent in vain, endurance run out and yes-or-no challenges as impatience', () => {
    expect(typeOf('¿Cuántas veces tengo que pedir que vengan?')).toBe('hostile');
    expect(typeOf('How many times do I have to call about my router?')).toBe('hostile');
    expect(typeOf('3 horas en el chat para nada, quiero hablar con alguien')).toBe('hostile');
    expect(typeOf('ya no los aguanto más, arreglen la línea')).toBe('hostile');
    expect(typeOf('me llaman o no? hace una semana que espero')).toBe('hostile');
    expect(typeOf('is anyone even there? no signal since Friday')).toBe('hostile');
    expect(typeOf('quiero hablar con una persona real, el bot no entiende')).toBe('hostile');
  });

  it('reads praise said alone beside a sentence stating the problem as sarcasm, but not beside a question', () => {
    expect(typeOf('Excelente servicio. Tres días sin internet.')).toBe('hostile');
    expect(typeOf('Great job. Charged me twice this month.')).toBe('hostile');
    expect(typeOf('Excelente servicio. ¿Puedo pagar sin tarjeta?')).toBe('public');
  });

  it('reads a praised animal name as an insult next to a complaint without thanks', () => {
    expect(typeOf('sos una bestia, me cobraron dos veces y nadie responde')).toBe('hostile');
    expect(typeOf('Son unos animales, me cortaron el servicio teniendo todo pago')).toBe('hostile');
  });
});

describe('ordinary messages that only look hostile', () => {
  const ordinary = (texts: string[], type: string) => {
    for (const text of texts) expect(typeOf(text), text).toBe(type);
  };

  it('reads sincere praise with 👍 😊 👏 as praise, whatever else the message says', () => {
    ordinary(
      [
        'Excelente atención, sigan así 👍',
        'Great job guys, keep it up 👍',
        'Keep up the good work 👍',
        '¡Felicitaciones al equipo! 👏',
        'Wow 👍 that was fast',
        'Muy buena atención de Caro 👍 ¿el router nuevo trae wifi 6?',
        'Gracias, son unos genios! ya me anda todo 😊',
        'Excelente servicio 👏👏 quería consultar por el plan de 500 megas',
        'Impecable la instalación 😊 ¿cuándo llega la primera factura?',
        'Amazing service, thanks so much 🤗',
        'Thanks for fixing my line so quickly 👍',
        'Keep up the good work, the new app is great 👍',
      ],
      'public',
    );
    ordinary(['Son unos capos 😊', 'genial, ya anda 👍', 'jaja gracias crack'], 'no_content');
  });

  it('reads praise next to a question or a plain fact as praise, not sarcasm', () => {
    ordinary(
      [
        'Excelente atención de Mati! Quería saber si puedo pagar sin tarjeta',
        'Genial, gracias! Todavía no me llegó la factura, ¿la pueden reenviar?',
        'Gracias por dejarme pagar en cuotas',
        'Gracias por esperarme, ya llegué a casa',
        'Thanks for holding my appointment',
        'Awesome support, can I pay without a card?',
      ],
      'public',
    );
  });

  it('reads "genio", "capo", "crack", "bestia" and "animal" said of one person as praise', () => {
    ordinary(
      [
        'Gracias Mati, sos una bestia, lo arreglaste en un toque',
        'El técnico es un animal, dejó todo andando',
        'sos un genio, gracias por la ayuda con el modem',
        'el técnico es un capo, dejó todo funcionando 👏',
        'Martín es un crack, me explicó todo re bien',
        'la chica de la sucursal es una bestia, me resolvió todo en cinco minutos',
        'El router es una bestia, llega la señal a todo el departamento',
        'There are rats in my basement that chewed the cable',
      ],
      'public',
    );
  });

  it('reads "cuántas veces", "hasta cuándo", "qué parte" and "de una vez" in ordinary questions as questions', () => {
    ordinary(
      [
        '¿Hasta cuándo dura la promo?',
        '¿Cuántas veces puedo cambiar de plan por año?',
        '¿Puedo pagar todo de una vez?',
        '¿Qué parte de la factura es el IVA?',
        '¿Me van a contestar por mail o por acá?',
        'What part of the bill is the tax?',
        'How many times can I change my plan per year?',
        'I wake up and the internet is down',
        '¿Hasta cuándo tengo tiempo de pagar la factura sin recargo?',
        '¿Cuántas veces por mes puedo pedir una visita técnica?',
        'What part of the country do you cover with fiber?',
      ],
      'public',
    );
    ordinary(['No, para nada, está todo bien'], 'no_content');
  });

  it('reads hate of the weather, passwords or a chore, and hate denied, as ordinary', () => {
    ordinary(
      [
        'odio esta lluvia, se corta todo',
        'I hate this weather',
        'I hate all these passwords',
        'Lo odio cuando se corta el wifi a la noche',
        'No los odio eh, pero necesito que vengan',
        'odio el calor, ¿el modem se recalienta si lo dejo al sol?',
        'odio olvidarme las contraseñas, ¿cómo recupero la del portal?',
        'I hate typing passwords on the TV remote, can I log in with my phone?',
      ],
      'public',
    );
  });

  it('reads fines, closing a ticket and hopes as requests, not harm wished', () => {
    ordinary(
      [
        '¿Es verdad que se cobra multa si cancelo antes?',
        'Necesito que se cierre el reclamo 4411',
        'Quiero que los técnicos cierren bien la caja',
        "Can't wait for the new plan, this one keeps failing",
        '¿La multa por mora se cobra en la próxima factura?',
        'Quiero cerrar el reclamo 5521, ya me solucionaron el problema',
        'Can I close the ticket myself once the technician fixes it?',
        'Ojalá llegue rápido el técnico, gracias',
        'Hope your team has a great weekend, thanks for the help!',
        'espero que les vaya bien con la expansión de la fibra',
      ],
      'public',
    );
  });

  it('reads laughter with friendly content as friendly', () => {
    ordinary(
      [
        'jaja me muero de risa con la publicidad nueva',
        'jaja 🤦 me olvidé la contraseña',
        'JAJAJA me encanta el plan nuevo',
        'jajaja qué buena la publicidad del perro, ¿el plan es para todo el país?',
        'JAJA me encantó el regalo de bienvenida, gracias',
        'jaja mi hijo desenchufó el router otra vez, ¿cómo lo vuelvo a configurar?',
      ],
      'public',
    );
    ordinary(['JAJAJA genial'], 'no_content');
  });
});
