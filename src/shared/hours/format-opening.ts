// The next opening as a customer reads it, in their zone and language, relative to now:
// "hoy a las 15:00", "mañana lunes a las 9:00", "el jueves 26 de diciembre a las 9:00".
// Weekday and month names come from Intl; the sentence around them is ours, per language.
import type { Language } from '../domain.ts';
import { DAY_MS } from './calendar.ts';
import { localDayAt, wallAt } from './wall-clock.ts';

const names = new Map<string, Intl.DateTimeFormat>();

function nameOf(language: Language, timeZone: string, part: 'weekday' | 'month', at: Date): string {
  const key = `${language}/${timeZone}/${part}`;
  let format = names.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeZone, [part]: 'long' });
    names.set(key, format);
  }
  return format.format(at);
}

export function formatOpening(opensAt: Date, now: Date, timeZone: string, language: Language): string {
  const wall = wallAt(timeZone, opensAt.getTime());
  const days = Math.floor(wall / DAY_MS) - localDayAt(timeZone, now.getTime());
  const hour = Math.floor((wall % DAY_MS) / 3_600_000);
  const time = `${hour}:${String(Math.floor((wall % 3_600_000) / 60_000)).padStart(2, '0')}`;
  const weekday = nameOf(language, timeZone, 'weekday', opensAt);
  const month = nameOf(language, timeZone, 'month', opensAt);
  const date = new Date(wall).getUTCDate();
  // A far opening in another year says the year: "el lunes 4 de enero de 2027".
  const year = days > 6 && new Date(wall).getUTCFullYear() !== new Date(wallAt(timeZone, now.getTime())).getUTCFullYear()
    ? new Date(wall).getUTCFullYear()
    : null;
  switch (language) {
    case 'es': {
      const at = `${hour === 1 ? 'a la' : 'a las'} ${time}`;
      if (days === 0) return `hoy ${at}`;
      if (days === 1) return `mañana ${weekday} ${at}`;
      return `el ${weekday} ${date} de ${month}${year ? ` de ${year}` : ''} ${at}`;
    }
    case 'pt': {
      const at = `${hour <= 1 ? 'à' : 'às'} ${time}`;
      if (days === 0) return `hoje ${at}`;
      if (days === 1) return `amanhã, ${weekday}, ${at}`;
      // "no sábado", "no domingo", "na segunda-feira".
      const article = /^(sábado|domingo)/.test(weekday) ? 'no' : 'na';
      return `${article} ${weekday}, ${date} de ${month}${year ? ` de ${year}` : ''}, ${at}`;
    }
    case 'en': {
      const at = `at ${time}`;
      if (days === 0) return `today ${at}`;
      if (days === 1) return `tomorrow, ${weekday} ${at}`;
      return `on ${weekday}, ${month} ${date}${year ? `, ${year}` : ''} ${at}`;
    }
  }
}
