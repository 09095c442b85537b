import { describe, expect, it } from 'vitest';
import { renderAutoReply, unknownPlaceholders } from './text.ts';

const values = { firstName: 'Ana', fullName: 'Ana Gómez', opening: 'mañana lunes a las 9:00' };

describe('renderAutoReply', () => {
  it('fills the name and the opening by their Spanish, English or Portuguese names', () => {
    expect(renderAutoReply('Hola {{nombre}}, abrimos {{apertura}}.', values)).toBe('Hola Ana, abrimos mañana lunes a las 9:00.');
    expect(renderAutoReply('Hi {{ name }}, we open {{opening}}.', values)).toBe('Hi Ana, we open mañana lunes a las 9:00.');
    expect(renderAutoReply('Olá {{nome}}, abrimos {{abertura}}.', values)).toBe('Olá Ana, abrimos mañana lunes a las 9:00.');
    expect(renderAutoReply('{{customer.name}} / {{customer.firstName}}', values)).toBe('Ana Gómez / Ana');
  });

  it('drops a missing name with the space before it', () => {
    const noName = { opening: 'hoy a las 15:00' };
    expect(renderAutoReply('Hola {{nombre}}, gracias.', noName)).toBe('Hola, gracias.');
    expect(renderAutoReply('¡Hola {{nombre}}!', noName)).toBe('¡Hola!');
    expect(renderAutoReply('{{nombre}}, gracias.', noName)).toBe('gracias.');
    expect(renderAutoReply('Hola {{nombre || "cliente"}}.', noName)).toBe('Hola cliente.');
  });

  it('keeps escaped braces', () => {
    expect(renderAutoReply('\\{{nombre}} es {{nombre}}', values)).toBe('{{nombre}} es Ana');
  });
});

describe('unknownPlaceholders', () => {
  it('names what an auto-reply cannot fill: free fields, agent data, typos', () => {
    expect(unknownPlaceholders('Hola {{nombre}}, {{apertura}}')).toEqual([]);
    expect(unknownPlaceholders('{{field:order}} {{agent.name}} {{nmbre}}')).toEqual(['field:order', 'agent.name', 'nmbre']);
  });
});
