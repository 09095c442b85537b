// The cancellation reader, rule by rule, with examples written for these tests.
import { describe, expect, it } from 'vitest';
import { cancellationIn } from './cancellation.ts';
import { withoutEnclitics } from './enclitics.ts';

const leaves = (text: string) => expect(cancellationIn(text), text).not.toBeNull();
const stays = (text: string) => expect(cancellationIn(text), text).toBeNull();

describe('withoutEnclitics', () => {
  it('takes the joined pronouns off imperatives, infinitives and gerunds', () => {
    expect(withoutEnclitics('cancelame')).toBe('cancela');
    expect(withoutEnclitics('cancelenmelo')).toBe('cancelen');
    expect(withoutEnclitics('denme')).toBe('den');
    expect(withoutEnclitics('denle')).toBe('den');
    expect(withoutEnclitics('darnos')).toBe('dar');
    expect(withoutEnclitics('dandome')).toBe('dando');
    expect(withoutEnclitics('rescindanlo')).toBe('rescindan');
    expect(withoutEnclitics('darselo')).toBe('dar');
  });

  it('leaves words that only end like a pronoun', () => {
    expect(withoutEnclitics('cable')).toBe('cable');
    expect(withoutEnclitics('servicio')).toBe('servicio');
    expect(withoutEnclitics('me')).toBe('me');
  });
});

describe('cancellationIn: verbs of leaving', () => {
  it('reads every form of the verb, pronouns joined or not', () => {
    leaves('por favor cancelenmelo todo antes del viernes');
    leaves('rescindan el contrato de la fibra');
    leaves('cancelá el abono del cable');
    leaves('me quiero desafiliar del servicio de telefonía');
    leaves('We would like to discontinue the internet service at the office');
    leaves('Terminating the contract, this is my notice.');
  });

  it('decides by the object: a service leaves, anything else does not', () => {
    leaves('cancelen la línea de mi hijo');
    leaves('cancel the broadband please');
    stays('cancelen el turno del martes que no voy a estar');
    stays('quiero cancelar el pedido del router nuevo');
    stays('Can you cancel the installation appointment on Friday?');
    stays('quiero cancelar la deuda de octubre, cómo pago?');
    stays('they charged a cancellation fee on my card');
  });

  it('without an object, leaves only when asked for', () => {
    leaves('quiero cancelar, no me sirve más');
    leaves('cómo rescindo? no encuentro la opción');
    leaves('I need to cancel. Who do I talk to?');
    stays('el botón cancelar de la app no hace nada');
    stays('la visita del técnico, cancelenla que ya anda');
  });

  it('needs a service object for verbs that close many things', () => {
    leaves('please close my account today');
    leaves('quiero cerrar la cuenta');
    stays('close the ticket, it works now');
    stays('cerrar sesión no funciona');
    stays('at the end my plan renewed by itself');
    stays('when is the end of my contract?');
  });

  it('does not take a report of the past or a passive for a request', () => {
    stays('me cancelaron la instalación dos veces');
    stays('el servicio figura como cancelado pero me siguen cobrando');
    stays('lo cancelé en marzo y todavía me llega la factura');
    stays('I cancelled my plan last month and I am still billed');
    stays('the contract was terminated by mistake, restore it');
    leaves('lo cancelo ya mismo si no me lo arreglan');
  });

  it('does not take a denied wish for a request', () => {
    stays('no quiero cancelar el plan, solo bajar la velocidad');
    stays("I don't want to cancel my service, just lower the bill");
    stays('I did not cancel my subscription, why is it inactive?');
    stays('no me den de baja, ya pagué');
    stays('no quiero la baja, quiero que funcione');
    leaves("I can't cancel my service online, can you do it?");
  });
});

describe('cancellationIn: "baja"', () => {
  it('reads "dar de baja" in every person, with pronouns and in the plural', () => {
    leaves('denos de baja el paquete de canales');
    leaves('dennos de baja, nos mudamos');
    leaves('me doy de baja desde hoy');
    leaves('quisiéramos darnos de baja');
    leaves('dale de baja a la línea del negocio');
    leaves('quiero dar de baja porque la velocidad es malísima');
  });

  it('asks for the noun: alone, with its article, or with a request', () => {
    leaves('Baja.');
    leaves('baja del cable, gracias');
    leaves('la baja, porfa, ya no lo uso');
    leaves('tramito la baja por acá?');
    leaves('mandé la solicitud de baja hace una semana');
  });

  it('is not retention when it means a drop or a download', () => {
    stays('a la tarde me baja muchísimo la conexión');
    stays('la señal baja cuando llueve');
    stays('se baja el volumen solo');
    stays('otra vez baja de velocidad en el barrio');
    stays('un router de baja gama, por eso anda mal');
    stays('la tele baja la calidad de imagen de noche');
    stays('hubo una baja en el servicio a la tarde');
    stays('se nota una baja en la velocidad del plan');
  });

  it('is not retention for other things given "de baja", or a past baja', () => {
    stays('quiero dar de baja la tarjeta vieja y adherir otra');
    stays('denme de baja del mailing de ofertas');
    stays('la di de baja hace dos meses y sigue llegando la factura');
    stays('ya la dieron de baja, por qué me cobran?');
  });
});

describe('cancellationIn: leaving for another company', () => {
  it('reads a move to a competitor or another company', () => {
    leaves('nos pasamos a Telecentro el mes que viene');
    leaves('me cambio de compañía, ustedes no dan más');
    leaves('me voy con la competencia');
    leaves('Moving to Xfinity next week, thanks for nothing');
    leaves('thinking about switching providers');
  });

  it('does not read a neutral trip or a change of plan as leaving', () => {
    stays('me voy a trabajar, llamen después de las 18');
    stays('me paso a otro plan más barato?');
    stays('me cambio de domicilio en enero');
    stays('claro, me voy a fijar en el router');
  });

  it('reads portability out, not into the company', () => {
    leaves('quiero hacer la portabilidad de mi número');
    leaves('how do I port my number out?');
    stays('quiero la portabilidad desde Movistar a ustedes');
    stays('can I port my number to you from my old carrier?');
    stays('hago la portabilidad con ustedes, qué necesito?');
  });
});

describe('cancellationIn: look-alikes that ask nothing of the kind', () => {
  it('reads "cancelar" a debt as paying it off (Argentina), and looks past "todo" to the thing cancelled', () => {
    stays('Quiero cancelar lo que debo');
    stays('cómo hago para cancelar lo que adeudo?');
    stays('necesito cancelar el saldo de la tarjeta este mes');
    stays('quiero cancelar el préstamo que saqué con ustedes');
    stays('Quiero cancelar todo el pedido');
    stays('cancelen todo el envío, lo retiro en el local');
    stays('I want to cancel the balance on my bill, how do I pay it?');
    leaves('quiero cancelar todo, no lo uso más');
    leaves('cancelen todo ya');
  });

  it('does not read closing a session, or taking a device off the account, as leaving', () => {
    stays('No puedo cerrar sesión en mi cuenta');
    stays('no me deja cerrar la sesión de la app');
    stays('¿Cómo desvinculo el celular viejo de mi cuenta?');
    stays('quiero desvincular el teléfono de mi hijo del plan');
    stays('quiero desvincular mi tarjeta de la cuenta');
    leaves('quiero desvincular mi línea, ya no la uso');
  });

  it('reads unsubscribing as leaving only from a service of ours, never from promotions, messages or a club', () => {
    stays('Quiero desuscribirme de las promos por WhatsApp');
    stays('me quiero desuscribir de las ofertas por mail');
    stays('desuscribanme de los sms de novedades');
    stays('¿Puedo darme de baja de los mensajes de promociones?');
    stays('¿Puedo darme de baja del club de beneficios?');
    stays('quiero darme de baja de las promociones');
    leaves('quiero desuscribirme del servicio de cable');
  });

  it('reads "baja" before an adverb as the verb: the service drops', () => {
    stays('Baja mucho el internet a la noche');
    stays('Baja bastante la velocidad cuando llueve');
    stays('baja siempre a la misma hora, revisen');
    stays('el wifi baja seguido desde ayer');
  });

  it('does not read "cancel" with a pronoun for something else, or an -ing that reports, as a request', () => {
    stays('Cancel that, I found the remote');
    stays('cancelá eso, ya lo encontré');
    stays('They keep cancelling on me, nobody shows up');
    stays('she keeps cancelling our plans for the weekend');
    stays('I was cancelling the order when the app crashed');
    leaves("I'm cancelling my internet, it never works");
    leaves('I am thinking of cancelling my plan, it costs too much');
  });

  it('does not read cancelling another company\'s service as leaving ours', () => {
    stays("I'm thinking of cancelling Netflix, is it included in my plan?");
    stays('thinking of cancelling Spotify, does the bundle include it?');
    stays('quiero cancelar Netflix del combo');
    stays('denme de baja netflix de la factura');
  });

  it('reads "stop" and "end" as leaving only directly before a service', () => {
    stays('How can I stop the internet from dropping');
    stays('Please stop charging my account twice');
    stays('When does the promo end on my plan?');
    stays('how do I stop the TV from turning off by itself?');
    stays('stop sending me texts about offers');
    stays('when will the outage end in my area?');
    stays('the promo ends next month, what will I pay?');
    leaves('stop my service please, I am moving abroad');
    leaves('end my contract now');
  });

  it('does not read a denied move or portability, or one into the company, as leaving', () => {
    stays('No me voy con la competencia, tranqui');
    stays('no me paso a Claro, me quedo con ustedes');
    stays('no quiero la portabilidad, solo cambiar el chip');
    stays('¿Cuánto tarda la portabilidad? Vengo de Claro');
    stays('vengo de Movistar, cuánto sale portar mi número?');
    stays("I'm coming from T-Mobile, how long does porting my number take?");
    stays('Can I port my number to you from Verizon?');
    leaves('vengo de Claro y ahora me paso a Movistar, denme la baja');
  });
});

describe('cancellationIn: stretched words, accents by position, long messages', () => {
  it('reads a verb with stretched letters', () => {
    leaves('caaancelen el plan ya');
    leaves('quiero la baaaja');
  });

  it('tells "cancelo" from "canceló" by the word itself, not by the same word elsewhere in the message', () => {
    expect(cancellationIn('Si no lo arreglan cancelo, como ya canceló mi hermano')).toBe('cancelo');
    stays('mi hermano ya canceló, yo todavía no sé');
  });

  it('reads a request at the end of a very long message', () => {
    const long = 'x cancele la visita '.repeat(10_000);
    stays(long);
    expect(cancellationIn(`${long} quiero dar de baja el servicio`)).toBe('dar de baja');
  });
});

describe('cancellationIn: what it reports', () => {
  it('quotes the words that show the request', () => {
    expect(cancellationIn('por favor cancelenme el plan')).toBe('cancelenme el plan');
    expect(cancellationIn('dennos de baja')).toBe('dennos de baja');
    expect(cancellationIn('me paso a Claro')).toBe('me paso a claro');
    expect(cancellationIn('hola, qué tal')).toBeNull();
  });
});
