// The language main speaks in (tray, notifications): the one the agent chose in the window,
// saved beside the profiles so the tray speaks it from the next start on; else the OS's.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainLanguage, mainLanguageFor, type MainLanguage } from '../../shared/i18n/main.ts';

const FILE = 'language';

export function savedLanguage(root: string, osLocale: string | undefined): MainLanguage {
  try {
    const saved = readFileSync(join(root, FILE), 'utf8').trim();
    if (isMainLanguage(saved)) return saved;
  } catch {
    // never chosen: the OS decides
  }
  return mainLanguageFor(osLocale);
}

export function saveLanguage(root: string, language: MainLanguage): void {
  writeFileSync(join(root, FILE), language, { mode: 0o600 });
}
