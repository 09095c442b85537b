// The supervised teams' open cases, oldest waiting first, each with its reassign button.
import { useTranslation } from 'react-i18next';
import type { TeamQueueCase, TeamView } from '../../../shared/team.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { PriorityBadge } from '../../ui/PriorityBadge.tsx';
import { ageOf } from './age.ts';

export function QueueTable({ view, onReassign }: { view: TeamView; onReassign: (c: TeamQueueCase) => void }) {
  const { t } = useTranslation();
  const names = new Map(view.agents.map((a) => [a.username, a.name]));
  return (
    <section className="team-queue" aria-labelledby="team-queue-title">
      <h3 id="team-queue-title">{t('team.queue')}</h3>
      <p className="hint">{t('team.queueHint')}</p>
      {view.queue.length === 0 ? <p className="hint empty">{t('team.emptyQueue')}</p> : (
        <table className="qa-table team-table" data-testid="team-queue">
          <thead>
            <tr>
              <th scope="col">{t('team.case')}</th>
              <th scope="col">{t('team.channel')}</th>
              <th scope="col">{t('team.agent')}</th>
              <th scope="col">{t('team.waiting')}</th>
              <th scope="col">{t('team.priority')}</th>
              <th scope="col"><span className="sr-only">{t('team.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {view.queue.map((c) => (
              <tr key={c.caseId} data-testid="team-queue-case" data-case={c.caseId} data-number={c.number}>
                <th scope="row">#{c.number}</th>
                <td><ChannelTag channel={c.channel} compact /></td>
                <td data-testid="team-queue-agent">{c.agent === null ? t('team.unassigned') : (names.get(c.agent) ?? c.agent)}</td>
                <td data-late={c.late}>
                  {c.waitingSince === null ? t('team.notWaiting') : ageOf(t, c.waitingSince, view.serverNow)}
                  {c.late ? <span className="late-mark"> · {t('team.lateMark')}</span> : null}
                </td>
                <td><PriorityBadge priority={c.priority} /></td>
                <td>
                  <button type="button" className="button ghost" data-testid="team-reassign"
                    aria-label={t('team.reassignCase', { number: c.number })} onClick={() => onReassign(c)}>
                    {t('team.reassign')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
