import { describe, expect, it } from 'vitest';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import { checkForm, emptyForm, formFrom, isValid, toInput, type TemplateForm } from './templateForm.ts';

const form = (patch: Partial<TemplateForm> = {}): TemplateForm => ({
  ...emptyForm('es'), title: 'Despedida', body: 'Saludos, {{agent.name}}', ...patch,
});

describe('checkForm', () => {
  it('accepts a complete form', () => {
    const check = checkForm(form({ shortcut: 'chau' }));
    expect(check).toEqual({ problems: {}, unknown: [] });
    expect(isValid(check)).toBe(true);
  });

  it('asks for a title and a text', () => {
    expect(checkForm(form({ title: '  ', body: ' \n' })).problems).toEqual({ title: 'titleRequired', body: 'bodyRequired' });
    expect(checkForm(form({ title: 'x'.repeat(201) })).problems).toEqual({ title: 'titleTooLong' });
    expect(checkForm(form({ body: 'x'.repeat(20_001) })).problems).toEqual({ body: 'bodyTooLong' });
  });

  it('takes a shortcut typed with its slash or capitals, and refuses spaces and accents', () => {
    expect(checkForm(form({ shortcut: '/Chau_2' })).problems).toEqual({});
    expect(checkForm(form({ shortcut: 'hasta luego' })).problems).toEqual({ shortcut: 'shortcutInvalid' });
    expect(checkForm(form({ shortcut: 'adiós' })).problems).toEqual({ shortcut: 'shortcutInvalid' });
    expect(checkForm(form({ shortcut: 'x'.repeat(31) })).problems).toEqual({ shortcut: 'shortcutInvalid' });
  });

  it('wants at least one channel unless the template is for all of them', () => {
    expect(checkForm(form({ allChannels: false, channels: [] })).problems).toEqual({ channels: 'channelsRequired' });
    expect(checkForm(form({ allChannels: false, channels: ['sms'] })).problems).toEqual({});
  });

  it('warns about placeholders it does not know, without refusing them', () => {
    const check = checkForm(form({ body: 'Hola {{cliente}}, tu pedido {{field:pedido}} y {{cliente}} \\{{x}}' }));
    expect(check.unknown).toEqual(['{{cliente}}']);
    expect(isValid(check)).toBe(true);
  });
});

describe('toInput', () => {
  it('trims, lowercases the shortcut, and says null for no shortcut and for all channels', () => {
    expect(toInput(form({ title: ' Despedida ', shortcut: ' /Chau ' }))).toEqual({
      title: 'Despedida', body: 'Saludos, {{agent.name}}', shortcut: 'chau', language: 'es', channels: null,
    });
    expect(toInput(form({ allChannels: false, channels: ['sms', 'whatsapp'] }), 'tpl-1')).toMatchObject({
      templateId: 'tpl-1', shortcut: null, channels: ['sms', 'whatsapp'],
    });
  });
});

describe('the editor’s starting point', () => {
  const company: TemplateSuggestion = {
    id: 'tpl-demora', version: 3, title: 'Demora', shortcut: 'demora', body: 'Perdón por la demora', tooLong: false,
    otherChannel: false, personal: false, language: 'pt', channels: ['sms'],
  };

  it('copies a template without its shortcut, and edits one with it', () => {
    expect(formFrom(company, true)).toEqual({ title: 'Demora', shortcut: '', language: 'pt', allChannels: false, channels: ['sms'], body: 'Perdón por la demora' });
    expect(formFrom({ ...company, channels: null }, false)).toMatchObject({ shortcut: 'demora', allChannels: true, channels: [] });
  });

  it('starts a new template in the agent’s language when templates can be written in it', () => {
    expect(emptyForm('en').language).toBe('en');
    expect(emptyForm('fr').language).toBe('es');
  });
});
