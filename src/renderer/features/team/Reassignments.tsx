// The reassignments made on this console and what became of each: not sent yet, done, or
// refused with the server's reason in the supervisor's words.
import { useTranslation } from 'react-i18next';
import type { TeamQueueCase } from '../../../shared/team.ts';
import { refusalKey } from '../../lib/refusals.ts';
import { useReassignments } from './useTeam.ts';

export function Reassignments({ queue }: { queue: readonly TeamQueueCase[] }) {
  const { t } = useTranslation();
  const { data } = useReassignments();
  if (!data || data.length === 0) return null;
  const numbers = new Map(queue.map((c) => [c.caseId, c.number]));
  return (
    <section className="team-reassignments" aria-labelledby="team-reassignments-title" aria-live="polite">
      <h3 id="team-reassignments-title">{t('team.reassignments')}</h3>
      <ul data-testid="team-reassignments">
        {data.map((r) => {
          const number = numbers.get(r.caseId);
          const refused = r.status === 'conflict' || r.status === 'rejected';
          const worded = refusalKey('reassign_case', r.reason);
          return (
            <li key={r.id} data-testid="team-reassignment" data-status={r.status} data-case={r.caseId}>
              <span>{t('team.reassignment', { ref: number === undefined ? r.caseId : `#${number}`, to: r.to })}</span>{' '}
              <strong className={refused ? 'error' : undefined}>{t(`team.status.${r.status}`)}</strong>
              {refused ? <span data-testid="team-reassignment-reason"> · {worded ? t(worded) : (r.message ?? r.reason)}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
