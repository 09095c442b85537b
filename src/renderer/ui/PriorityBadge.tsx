import { useTranslation } from 'react-i18next';
import type { Priority } from '../../shared/domain.ts';

/** The case's priority as a word (colour only reinforces it). */
export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <span className={`priority priority-${priority}`} data-priority={priority}>{t(`priority.${priority}`)}</span>;
}
