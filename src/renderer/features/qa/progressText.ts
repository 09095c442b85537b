import type { TFunction } from 'i18next';
import type { QaPackProgress } from '../../../shared/qa/packs.ts';

/** "12/20 revisados · 3 por enviar": the queued part only while something waits to be sent. */
export function progressText(t: TFunction, progress: QaPackProgress): string {
  const reviewed = t('qa.progress.reviewed', { reviewed: progress.reviewed, total: progress.total });
  return progress.queued > 0 ? `${reviewed} · ${t('qa.progress.queued', { count: progress.queued })}` : reviewed;
}

/** Seconds as hours and minutes ("1 h 30 min", "45 min"); a dash when unknown. */
export function durationText(t: TFunction, seconds: number | null): string {
  if (seconds === null) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('qa.duration.minutes', { minutes });
  return t('qa.duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
