// The classes on the server, newest first: each with its state and trainees; the chosen one is
// marked. "Nueva clase" sits above the list.
import { useTranslation } from 'react-i18next';
import type { ClassSummary } from '../../../shared/classes/wire.ts';
import { useFormatters } from '../../lib/useFormatters.ts';

interface ClassListProps {
  classes: ClassSummary[];
  chosen: string | null;
  onChoose: (classId: string) => void;
}

export function ClassList({ classes, chosen, onChoose }: ClassListProps) {
  const { t } = useTranslation();
  const { when } = useFormatters();
  return (
    <ul className="pack-list class-list" data-testid="class-list">
      {classes.map((c) => (
        <li key={c.classId}>
          <button type="button" className="pack-row" aria-current={c.classId === chosen} data-testid="class-list-item" data-class={c.classId}
            data-state={c.state} onClick={() => onChoose(c.classId)}>
            <span className="pack-title">{c.title}</span>
            <span className="hint">
              <span className="class-state" data-state={c.state}>{t(`classes.state.${c.state}`)}</span>
              {' · '}{t('classes.traineeCount', { count: c.trainees.length })}
            </span>
            <span className="hint">{t('classes.created', { when: when(c.createdAt) })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
