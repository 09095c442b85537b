import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { keepPlainTexts } from './plainTexts.ts';

function started() {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: {
      es: { translation: { inbox: { unread: 'Sin leer', count: '{{count}} casos' } } },
      en: { translation: { inbox: { unread: 'Unread', count: '{{count}} cases' } } },
    },
    lng: 'es',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  keepPlainTexts(i18n);
  return i18n;
}

describe('texts kept for calls with nothing but a key', () => {
  it('asks i18next once for a label the page shows many times', () => {
    const i18n = started();
    const asked = vi.spyOn(i18n, 't');
    const t = i18n.getFixedT('es', 'translation');
    expect([t('inbox.unread'), t('inbox.unread'), t('inbox.unread')]).toEqual(['Sin leer', 'Sin leer', 'Sin leer']);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('passes calls with values through, each with its own values', () => {
    const t = started().getFixedT('es', 'translation');
    expect(t('inbox.count', { count: 3 })).toBe('3 casos');
    expect(t('inbox.count', { count: 4 })).toBe('4 casos');
  });

  it('speaks the new language after a change, and the new strings after they are replaced', async () => {
    const i18n = started();
    const current = i18n.getFixedT(null, 'translation');
    expect(current('inbox.unread')).toBe('Sin leer');
    await i18n.changeLanguage('en');
    expect(current('inbox.unread')).toBe('Unread');
    expect(i18n.getFixedT('es', 'translation')('inbox.unread')).toBe('Sin leer');
    i18n.addResourceBundle('en', 'translation', { inbox: { unread: 'Not read' } }, true, true);
    expect(current('inbox.unread')).toBe('Not read');
  });

  it('keeps a missing key as i18next answers it, and finds it once it is added', () => {
    const i18n = started();
    // A key the typed strings do not know, as after a release that added it to one language only.
    const t = i18n.getFixedT('es', 'translation') as unknown as (key: string) => string;
    expect(t('inbox.nuevo')).toBe('inbox.nuevo');
    i18n.addResourceBundle('es', 'translation', { inbox: { nuevo: 'Nuevo' } }, true, true);
    expect(t('inbox.nuevo')).toBe('Nuevo');
  });
});
