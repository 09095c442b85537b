import { describe, expect, it } from 'vitest';
import { classifyMessage } from './classify.ts';

const type = (text: string) => classifyMessage({ text, channel: 'whatsapp' }).type;

describe('content: what a message asks about', () => {
  it('reads a call for help that says nothing of what as no content yet', () => {
    for (const text of [
      'buen día, me podrían ayudar?', 'hola!! alguien me da una mano?', 'necesito ayuda porfa', 'tengo un inconveniente',
      'buenas, tengo un problema con el servicio', 'hello, could you help me?', 'hi, I have an issue', 'anyone there?',
    ]) {
      expect(type(text), text).toBe('no_content');
    }
  });

  it('keeps the help request that names its subject', () => {
    for (const text of [
      'me pueden ayudar con la factura de octubre?', 'tengo un problema con el router, parpadea en rojo', 'can you help me change my plan?',
      'hola, me ayudan a pagar con tarjeta?', 'I have an issue with my bill',
    ]) {
      expect(type(text), text).toBe('public');
    }
  });

  it('reads thanks with a nickname or "igual" as nothing to answer', () => {
    for (const text of ['gracias igual', 'gracias genia!', 'thanks anyway mate', 'que tengas buen finde']) expect(type(text), text).toBe('no_content');
  });
});
