import { describe, expect, it } from 'vitest';
import { AutoReplies, DEFAULT_AUTO_REPLIES } from '../../../shared/autoreply/settings.ts';
import { repliesDocument, repliesForm, repliesProblems, type RepliesForm } from './autoReplyForm.ts';

const edit = (form: RepliesForm, channel: keyof RepliesForm['channels'], patch: Partial<RepliesForm['channels']['sms']>): RepliesForm =>
  ({ ...form, channels: { ...form.channels, [channel]: { ...form.channels[channel], ...patch } } });

describe('the auto-reply form', () => {
  it('gives every channel and language a box, and turns the defaults back into the same document', () => {
    const form = repliesForm(DEFAULT_AUTO_REPLIES);
    expect(form.channels.facebook_post).toEqual({ enabled: false, allowPublic: false, allowKinds: [], texts: { es: '', en: '', pt: '' }, emergency: { es: '', en: '', pt: '' } });
    expect(form.channels.whatsapp.texts.pt).toBe('');
    expect(repliesDocument(form)).toEqual(DEFAULT_AUTO_REPLIES);
  });

  it('leaves out empty texts, keeps an emergency line only where written, and a channel switched off with its texts', () => {
    let form = repliesForm(DEFAULT_AUTO_REPLIES);
    form = edit(form, 'whatsapp', { emergency: { es: 'Emergencias: 0800-555-0100.', en: '  ', pt: '' } });
    form = edit(form, 'sms', { enabled: false });
    form = edit(form, 'webchat', { enabled: false, texts: { es: '', en: '', pt: '' } });
    const document = repliesDocument(form);
    expect(document.channels.whatsapp?.emergency).toEqual({ es: 'Emergencias: 0800-555-0100.' });
    expect(document.channels.sms).toMatchObject({ enabled: false, texts: DEFAULT_AUTO_REPLIES.channels.sms!.texts });
    expect(document.channels.webchat).toBeUndefined();
    expect(AutoReplies.safeParse(document).success).toBe(true);
  });

  it('says which text uses a placeholder an auto-reply cannot fill, and which channel is on without any text', () => {
    let form = repliesForm(DEFAULT_AUTO_REPLIES);
    form = edit(form, 'email', { texts: { es: 'Hola {{agent.name}}, {{field:pedido}}', en: '', pt: '' } });
    form = edit(form, 'sms', { texts: { es: '', en: '', pt: '' } });
    form = edit(form, 'instagram_comment', { enabled: false, texts: { es: 'x'.repeat(2001), en: '', pt: '' } });
    expect(repliesProblems(form)).toEqual([
      { key: 'tooLong', channel: 'instagram_comment', language: 'es' },
      { key: 'unknown', channel: 'email', language: 'es', names: '{{agent.name}}, {{field:pedido}}' },
      { key: 'noText', channel: 'sms' },
    ]);
  });
});
