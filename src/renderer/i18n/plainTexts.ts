// i18next works a key out again on every call: it copies the options, splits the key, walks the
// strings and scans the text for interpolation and nesting. A 500-message thread asks for the same
// labels thousands of times, so what a call with nothing but its key gives is kept until the
// language or the strings change. Calls with options (values, counts) go to i18next as they are.
import type { i18n as I18n, TFunction } from 'i18next';

export function keepPlainTexts(i18n: I18n): void {
  const texts = new Map<string, string>();
  const forget = () => texts.clear();
  i18n.on('languageChanged', forget);
  i18n.store.on('added', forget);
  i18n.store.on('removed', forget);
  const getFixedT = i18n.getFixedT.bind(i18n);
  i18n.getFixedT = ((...args: Parameters<I18n['getFixedT']>) => {
    const fixed = getFixedT(...args);
    // A key prefix given as a selector function has no stable name to keep texts under.
    if (args.some((arg) => typeof arg === 'function')) return fixed;
    const scope = JSON.stringify(args) + '\u0000';
    const whole = fixed as unknown as (...call: unknown[]) => unknown;
    const plain = (key: unknown, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== 'string') return whole(key, ...rest);
      const id = scope + key;
      const kept = texts.get(id);
      if (kept !== undefined) return kept;
      const text = whole(key);
      if (typeof text === 'string') texts.set(id, text);
      return text;
    };
    // i18next reads the language and namespace off the function it handed out.
    return Object.assign(plain, fixed) as unknown as TFunction;
  }) as I18n['getFixedT'];
}
