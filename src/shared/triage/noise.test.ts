import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../domain.ts';
import { noiseOf, reopensCase, type NoiseInput } from './noise.ts';

const noise = (text: string, more: Partial<NoiseInput> = {}) =>
  noiseOf({ text, previous: null, caseStatus: 'open', repliesToPromo: false, ...more })?.kind ?? null;

describe('noiseOf: courtesy', () => {
  it('filters one-word courtesy in Spanish and English', () => {
    for (const text of [
      'hola', 'Hola!', 'holaaa', 'gracias', 'graciass', 'Muchas gracias!!', 'mil gracias 🙏', 'ok', 'oki', 'Okey', 'dale', 'dale gracias',
      'sí', 'si', 'no', 'Listo!', 'joya', 'buenas', 'buen día', 'Buenas tardes', 'chau, gracias', 'jaja gracias', 'de nada',
      'thanks', 'Thank you!', 'ok thx', 'thank you so much', 'ty', 'great, thanks', 'hi', 'Hello!', 'bye',
    ]) {
      expect(noise(text), text).toBe('courtesy');
    }
  });

  it('filters emoji-only messages and reactions', () => {
    for (const text of ['👍', '❤️', '👍🏽', '🙏🙏', '😂😂😂', '👨‍👩‍👧', '❤️!!', 'Reaccionó con 👍 a tu mensaje', 'Reaccionó a tu mensaje', 'Le gustó tu mensaje', 'Liked a message', 'Reacted 😂 to your message', 'Loved “gracias por la ayuda”']) {
      expect(noise(text), text).toBe('courtesy');
    }
  });

  it('keeps anything with something to act on', () => {
    for (const text of [
      'hola, no tengo internet', 'gracias, pero sigo sin señal', 'ok, y cuándo viene el técnico?', 'Hola, una consulta', 'thanks, but the bill is still wrong',
      'no me llegó la factura', 'hola 1155551234', 'factura', 'baja', 'Liked your new plan but the price is too high', 'si pero no anda',
    ]) {
      expect(noise(text), text).toBeNull();
    }
  });

  it('filters thanks with a nickname, laughter or "anyway", and a mention with emoji', () => {
    for (const text of [
      'gracias igual', 'ok, gracias de todas formas', 'gracias maestro', 'genial, mil gracias campeona', 'jaja gracias capo',
      'gracias por la respuesta!', 'muchas gracias x la ayuda', 'que tengan buena semana', 'thanks anyway', 'ty pal lol',
      'much appreciated', 'hey there', 'thanks for your help, have a nice day', '@Atiende 🙏', 'gracias chicos', 'MUCHAS GRACIAS POR TODO CHICOS',
    ]) {
      expect(noise(text), text).toBe('courtesy');
    }
  });

  it('keeps a greeting asked as a question, a vague call for help, a nudge for an answer, and anger or mockery', () => {
    for (const text of ['buenas??', 'hello?', 'hola, me pueden ayudar?', 'necesito ayuda', 'respuesta por favor', 'responder!!', '😡', 'JAJAJA 🤡', 'lol 🖕']) {
      expect(noise(text), text).toBeNull();
    }
  });

  it('keeps what it cannot judge: an empty text (an attachment), or only punctuation', () => {
    expect(noise('')).toBeNull();
    expect(noise('   ')).toBeNull();
    expect(noise('?')).toBeNull();
    expect(noise('...')).toBeNull();
  });

  it('keeps a short answer when the case is waiting for the customer', () => {
    for (const text of ['sí', 'no', 'ok', 'dale', '👍', 'yes', 'si gracias']) expect(noise(text, { caseStatus: 'waiting_customer' }), text).toBeNull();
    expect(noise('gracias', { caseStatus: 'waiting_customer' })).toBe('courtesy');
    expect(noise('sí', { caseStatus: 'resolved' })).toBe('courtesy');
  });
});

describe('noiseOf: duplicates', () => {
  it('filters the same message sent again, whatever its case, accents, spaces or punctuation', () => {
    const previous = 'No tengo internet desde ayer, me ayudan?';
    for (const text of [previous, 'no tengo internet desde ayer me ayudan', 'NO TENGO INTERNET   DESDE AYER!!! ¿me ayudan?', 'No téngo internet desde ayer, me ayudan??']) {
      expect(noise(text, { previous }), text).toBe('duplicate');
    }
  });

  it('keeps a message that differs in a word or a number', () => {
    expect(noise('No tengo internet desde el lunes, me ayudan?', { previous: 'No tengo internet desde ayer, me ayudan?' })).toBeNull();
    expect(noise('caso 1044', { previous: 'caso 1043' })).toBeNull();
    expect(noise('🙏', { previous: '👍' })).toBe('courtesy');
  });

  it('has no duplicate without a previous message, and calls repeated courtesy courtesy', () => {
    expect(noise('no anda el router')).toBeNull();
    expect(noise('gracias', { previous: 'gracias' })).toBe('courtesy');
  });
});

describe('noiseOf: replies to a promo', () => {
  const promo = { repliesToPromo: true };

  it('filters stock replies that only say "tell me more"', () => {
    for (const text of ['quiero!!', 'Info', 'precio?', 'Me interesa', 'me interesaaa 😍', 'cuánto sale?', 'info x privado', 'mas info porfa', '@juanperez mirá', '@sofi', 'I want one!', 'price?', 'interested', 'how much?', 'dm me', '😍😍', 'gracias']) {
      expect(noise(text, promo), text).toBe('promo_reply');
    }
  });

  it('keeps a real question to a promo', () => {
    for (const text of ['Cuánto sale el plan de 300 megas en Rosario?', 'precio en 12 cuotas?', 'me interesa, hacen envíos a Mendoza?', 'does it work with my current plan?', 'quiero darme de baja']) {
      expect(noise(text, promo), text).toBeNull();
    }
  });

  it('does not judge promo words outside a promo', () => {
    expect(noise('precio?')).toBeNull();
    expect(noise('info')).toBeNull();
  });
});

describe('reopensCase', () => {
  const statuses: CaseStatus[] = ['open', 'pending_company', 'waiting_customer', 'resolved'];

  it('lets a courtesy message or a stock reply under a promo leave a resolved case resolved', () => {
    expect(reopensCase({ kind: 'courtesy' }, 'resolved')).toBe(false);
    expect(reopensCase({ kind: 'promo_reply' }, 'resolved')).toBe(false);
    expect(reopensCase(noiseOf({ text: 'gracias', previous: null, caseStatus: 'resolved', repliesToPromo: true }), 'resolved')).toBe(false);
    expect(reopensCase(noiseOf({ text: 'gracias!!', previous: null, caseStatus: 'resolved', repliesToPromo: false }), 'resolved')).toBe(false);
  });

  it('reopens a resolved case for anything else', () => {
    expect(reopensCase(null, 'resolved')).toBe(true);
    expect(reopensCase({ kind: 'duplicate' }, 'resolved')).toBe(true);
    expect(reopensCase(noiseOf({ text: 'gracias, pero sigo sin señal', previous: null, caseStatus: 'resolved', repliesToPromo: false }), 'resolved')).toBe(true);
  });

  it('never reopens a case that is not resolved', () => {
    for (const status of statuses.filter((s) => s !== 'resolved')) expect(reopensCase(null, status)).toBe(false);
  });
});
