// What Enviar sends: the comments added, and the comment still being typed (trimmed) as the last.
import { describe, expect, it } from 'vitest';
import { commentsToSend } from './review.ts';

const added = { id: 'c1', messageId: 'm1', criterionId: null, text: 'Saludo frío' };

describe('commentsToSend', () => {
  it('adds the comment being typed, with its anchor, after those already added', () => {
    expect(commentsToSend([added], { messageId: 'm2', text: '  Tardó en responder ' }, () => 'c2')).toEqual([
      added, { id: 'c2', messageId: 'm2', criterionId: null, text: 'Tardó en responder' },
    ]);
  });

  it('sends only the added comments when nothing is being typed', () => {
    expect(commentsToSend([added], { messageId: 'm2', text: '   ' }, () => 'c2')).toEqual([added]);
    expect(commentsToSend([added], null, () => 'c2')).toEqual([added]);
  });
});
