// The live board: per trainee whether they joined, cases answered, late and waiting, the service
// level so far, each rule as a chip, and each case a button to read it as the trainee left it.
import { useTranslation } from 'react-i18next';
import type { ClassBoard } from '../../../shared/classes/wire.ts';
import { Icon } from '../../ui/Icon.tsx';
import { RuleChip } from './RuleChip.tsx';

export interface CaseRef {
  trainee: string;
  traineeName: string;
  caseId: string;
  number: number;
}

export function BoardTable({ board, onOpenCase }: { board: ClassBoard; onOpenCase: (ref: CaseRef) => void }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  if (board.trainees.length === 0) return <p className="hint empty">{t('classes.board.noTrainees')}</p>;
  return (
    <table className="class-table class-board" data-testid="class-board">
      <thead>
        <tr>
          <th scope="col">{t('classes.board.trainee')}</th>
          <th scope="col" className="num">{t('classes.board.answered')}</th>
          <th scope="col" className="num">{t('classes.board.late')}</th>
          <th scope="col" className="num">{t('classes.board.waiting')}</th>
          <th scope="col" className="num">{t('classes.board.serviceLevel')}</th>
          <th scope="col">{t('classes.board.rules')}</th>
          <th scope="col">{t('classes.board.cases')}</th>
        </tr>
      </thead>
      <tbody>
        {board.trainees.map((trainee) => (
          <tr key={trainee.username} data-testid="class-board-row" data-trainee={trainee.username}>
            <th scope="row">
              <span className="class-trainee-name">{trainee.name}</span>
              <span className="hint class-username">{trainee.username}</span>
              <span className="class-joined" data-testid="class-board-joined" data-joined={trainee.joined}>
                <Icon name={trainee.joined ? 'check' : 'dot'} />
                {trainee.joined ? t('classes.board.joined') : t('classes.board.notJoined')}
              </span>
            </th>
            <td className="num" data-testid="class-board-answered">{trainee.answered}</td>
            <td className="num" data-testid="class-board-late" data-late={trainee.late > 0}>{trainee.late}</td>
            <td className="num" data-testid="class-board-waiting">{trainee.waiting}</td>
            <td className="num" data-testid="class-board-sl">{trainee.serviceLevel === null ? t('classes.board.noLevel') : percent.format(trainee.serviceLevel)}</td>
            <td>
              {trainee.rules.length === 0 ? <span className="hint">{t('classes.board.noRules')}</span> : (
                <ul className="rule-chips" aria-label={t('classes.board.rulesOf', { name: trainee.name })}>
                  {trainee.rules.map((r) => <RuleChip key={r.rule} result={r} />)}
                </ul>
              )}
            </td>
            <td>
              {trainee.cases.length === 0 ? <span className="hint">{t('classes.board.noCases')}</span> : (
                <ul className="class-cases">
                  {trainee.cases.map((c) => {
                    const timing = c.onTime === null ? 'pending' : c.onTime ? 'onTime' : 'late';
                    return (
                      <li key={c.caseId}>
                        <button type="button" className="button class-case" data-testid="class-board-case" data-case={c.caseId} data-number={c.number}
                          data-on-time={timing} title={`${t(`channel.${c.channel}`)} · ${t(`status.${c.status}`)} · ${t(`classes.board.timing.${timing}`)}`}
                          aria-label={t('classes.board.openCase', { number: c.number, name: trainee.name, timing: t(`classes.board.timing.${timing}`) })}
                          onClick={() => onOpenCase({ trainee: trainee.username, traineeName: trainee.name, caseId: c.caseId, number: c.number })}>
                          #{c.number}
                          {timing === 'late' ? <Icon name="warning" /> : timing === 'onTime' ? <Icon name="check" /> : null}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
