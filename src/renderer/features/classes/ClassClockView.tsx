// The class clock (scenario time) and how far the script has gone: ticks every second between
// board reads while the class runs.
import { useTranslation } from 'react-i18next';
import type { ClassSummary } from '../../../shared/classes/wire.ts';
import { useNow } from '../../lib/useNow.ts';
import { classClock } from './clock.ts';
import { useScenarioTime } from './useScenarioTime.ts';

export function ClassClockView({ summary, readAt }: { summary: ClassSummary; readAt: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const scenarioTime = useScenarioTime();
  const clock = classClock(summary, readAt || now, now);
  const elapsed = Math.floor(clock.elapsedMinutes);
  return (
    <div className="class-clock" data-testid="class-clock">
      <span className="class-clock-time">
        <span className="hint">{t('classes.clock')}</span>{' '}
        <strong data-testid="class-clock-time">{scenarioTime(clock.now)}</strong>
      </span>
      <label className="class-progress">
        <span className="sr-only">{t('classes.progressLabel')}</span>
        <progress max={clock.durationMinutes} value={Math.min(elapsed, clock.durationMinutes)} />
        <span data-testid="class-progress" data-elapsed={elapsed} data-duration={clock.durationMinutes}>
          {t('classes.progress', { elapsed, duration: clock.durationMinutes })}
        </span>
      </label>
    </div>
  );
}
