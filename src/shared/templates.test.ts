import { describe, expect, it } from 'vitest';
import { firstName, renderTemplate, todayFor } from './templates.ts';

const values = { 'customer.firstName': 'Ana', 'customer.name': 'Ana Gómez', 'agent.name': 'Lucía', 'case.number': '1042', channel: 'WhatsApp' };

describe('renderTemplate', () => {
  it('fills every known placeholder', () => {
    const { text, holes } = renderTemplate('Hola {{customer.firstName}}, soy {{ agent.name }}. Caso #{{case.number}} por {{channel}}.', values);
    expect(text).toBe('Hola Ana, soy Lucía. Caso #1042 por WhatsApp.');
    expect(holes).toEqual([]);
  });

  it('uses the fallback when a value is missing or blank', () => {
    expect(renderTemplate('{{customer.firstName || "hola"}}, ¿cómo estás?', {}).text).toBe('hola, ¿cómo estás?');
    expect(renderTemplate('{{customer.firstName || "hola"}}!', { 'customer.firstName': '  ' }).text).toBe('hola!');
    expect(renderTemplate('{{customer.firstName || "dice \\"hola\\""}}', {}).text).toBe('dice "hola"');
  });

  it('turns free fields into holes the agent fills, at their place in the text', () => {
    const { text, holes } = renderTemplate('Tu pedido {{field:order_number}} llega el {{field:fecha}}.', values);
    expect(text).toBe('Tu pedido [order_number] llega el [fecha].');
    expect(holes).toEqual([
      { start: 10, end: 24, name: 'field:order_number', kind: 'field' },
      { start: 34, end: 41, name: 'field:fecha', kind: 'field' },
    ]);
    expect(text.slice(holes[0]!.start, holes[0]!.end)).toBe('[order_number]');
  });

  it('shows a missing value without fallback as a hole, never as a raw placeholder', () => {
    const { text, holes } = renderTemplate('Hola {{customer.firstName}}', {});
    expect(text).toBe('Hola [customer.firstName]');
    expect(text).not.toContain('{{');
    expect(holes).toMatchObject([{ name: 'customer.firstName', kind: 'missing' }]);
  });

  it('marks unknown placeholders instead of dropping or sending them', () => {
    const { text, holes } = renderTemplate('Saludos {{agente.nombre}} {{}}', values);
    expect(text).toBe('Saludos [agente.nombre] []');
    expect(holes.map((h) => h.kind)).toEqual(['unknown', 'unknown']);
  });

  it('keeps escaped braces and text that only looks like a placeholder', () => {
    expect(renderTemplate('Usá \\{{ para llaves, y {solo} una', values).text).toBe('Usá {{ para llaves, y {solo} una');
    expect(renderTemplate('sin cerrar {{customer.name', values).text).toBe('sin cerrar {{customer.name');
  });

  it('inserts values as plain text: a value cannot inject another placeholder', () => {
    const { text, holes } = renderTemplate('Hola {{customer.name}}', { 'customer.name': '{{field:x}} <b>Ana</b>' });
    expect(text).toBe('Hola {{field:x}} <b>Ana</b>');
    expect(holes).toEqual([]);
  });
});

describe('helpers', () => {
  it('takes a first name only when it looks like one', () => {
    expect(firstName('Ana Gómez')).toBe('Ana');
    expect(firstName("  D'Angelo  Rossi")).toBe("D'Angelo");
    expect(firstName('@anag0mez')).toBeUndefined();
    expect(firstName(null)).toBeUndefined();
  });

  it('writes today in the customer’s language and time zone', () => {
    const at = new Date('2026-11-24T02:30:00Z'); // still Monday the 23rd in Buenos Aires
    expect(todayFor('es', 'America/Argentina/Buenos_Aires', at)).toBe('lunes, 23 de noviembre');
    expect(todayFor('en', 'America/Argentina/Buenos_Aires', at)).toBe('Monday, November 23');
    expect(todayFor('pt', 'Europe/Madrid', at)).toBe('terça-feira, 24 de novembro');
  });
});
