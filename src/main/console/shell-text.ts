// What the desktop shell says outside the window (tray menu, OS notifications), worded from the
// shared catalog in the console's language. Kept out of src/main/app/ so it runs under vitest.
import { isolateBidi } from '../../shared/bidi.ts';
import { fill, MAIN_STRINGS, type MainLanguage } from '../../shared/i18n/main.ts';
import type { CaseNotice } from './notifier.ts';

export interface TrayText {
  tooltip: string;
  open: string;
  syncNow: string;
  quit: string;
}

export const trayText = (language: MainLanguage): TrayText => ({ ...MAIN_STRINGS[language].tray });

// Some Linux notification daemons read markup in the body: customer text goes in escaped.
const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function notificationText(notice: CaseNotice, language: MainLanguage): { title: string; body: string } {
  const texts = MAIN_STRINGS[language].notification;
  const title = fill(notice.kind === 'new_case' ? texts.newCase : texts.newMessage, { number: notice.caseNumber });
  if (notice.hidden) return { title, body: texts.hiddenBody };
  // Each piece in a bidi isolate of its own: an override in a name cannot turn the subject around.
  const body = `${isolateBidi(notice.customerName.slice(0, 60))}: ${isolateBidi(notice.subject.slice(0, 116))}`;
  return { title, body: escapeMarkup(body) };
}
