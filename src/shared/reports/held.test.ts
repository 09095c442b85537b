import { describe, expect, it } from 'vitest';
import { heldMessages, statusAt } from './held.ts';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');
const at = (minutes: number) => T0 + minutes * MIN;
const message = (text: string, minutes: number, extra: { promo?: boolean; restored?: boolean } = {}) =>
  ({ text, at: at(minutes), promo: extra.promo ?? false, restored: extra.restored ?? false });

describe('filtered and rejected customer messages', () => {
  it('reads the case state a message arrived in', () => {
    const changes = [{ from: 'open', to: 'waiting_customer', at: at(5) }, { from: 'waiting_customer', to: 'open', at: at(9) }];
    expect(statusAt(changes, at(1))).toBe('open');
    expect(statusAt(changes, at(6))).toBe('waiting_customer');
    // A change made in the same instant as the message is the message's doing (a reopening).
    expect(statusAt(changes, at(9))).toBe('waiting_customer');
  });

  it('filters courtesy and a repeated message, but not a "sí" answering the agent, nor what an agent restored', () => {
    const changes = [{ from: 'open', to: 'waiting_customer', at: at(5) }];
    const verdicts = heldMessages([
      message('Hola, no me llega la factura de marzo', 0),
      message('Hola, no me llega la factura de marzo', 1), // the same again: duplicate
      message('gracias', 2), // courtesy
      message('sí', 6), // answers the agent's question (waiting for the customer)
      message('👍', 7, { restored: true }), // restored by the agent
    ], changes, () => false);
    expect(verdicts).toEqual([null, 'filtered', 'filtered', null, null]);
  });

  it('takes the verdict given when a message arrived, judging only the messages that have none', () => {
    const verdicts = heldMessages([
      { ...message('gracias', 0), judged: 'none' }, // judged as an answer when it came
      { ...message('Necesito ayuda con la factura', 1), judged: 'courtesy' },
      message('gracias', 2),
    ], [], () => false);
    expect(verdicts).toEqual([null, 'filtered', 'filtered']);
  });

  it('rejects what a blocked sender wrote while blocked', () => {
    const verdicts = heldMessages([message('insulto', 0), message('otra cosa', 10)], [], (t) => t < at(5));
    expect(verdicts).toEqual(['rejected', null]);
  });
});
