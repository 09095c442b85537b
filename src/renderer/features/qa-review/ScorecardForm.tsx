// The scorecard beside the thread: each criterion with its question and help, answered with the
// buttons or the keyboard: y / n on yes-no criteria, 1–5 on scales, x for N/A, ↑ / ↓ between
// criteria. j / k keep their global meaning (the next and previous case), so they are not used here.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appliesTo, criteriaOf, type Answer, type Answers, type Scorecard } from '../../../shared/qa/scorecard.ts';
import { answerLabel } from './answerLabel.ts';
import { choicesOf, firstUnanswered, reviewKey } from './reviewKeys.ts';

interface Props {
  scorecard: Scorecard;
  channel: string;
  answers: Answers;
  readOnly: boolean;
  onAnswer: (criterionId: string, answer: Answer) => void;
}

export function ScorecardForm({ scorecard, channel, answers, readOnly, onAnswer }: Props) {
  const { t } = useTranslation();
  const criteria = criteriaOf(scorecard).filter((c) => appliesTo(c, channel));
  const [focused, setFocused] = useState(() => firstUnanswered(criteria, answers));
  const items = useRef<(HTMLLIElement | null)[]>([]);
  // The first unanswered criterion has focus when the screen opens, so its keys work at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form first shows
  useEffect(() => items.current[focused]?.focus({ preventScroll: true }), []);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(criteria.length - 1, to));
    setFocused(next);
    items.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(index + (event.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    const criterion = criteria[index];
    const action = criterion ? reviewKey(criterion, event.key.toLowerCase(), readOnly) : { kind: 'pass' as const };
    if (action.kind === 'pass') return;
    event.preventDefault();
    event.stopPropagation();
    if (criterion && action.kind === 'answer') {
      onAnswer(criterion.id, action.answer);
      if (index < criteria.length - 1) move(index + 1);
    }
  };

  return (
    <section className="qa-scorecard" aria-label={t('qaReview.scorecard', { name: scorecard.name, version: scorecard.version })}>
      <h3>{t('qaReview.scorecard', { name: scorecard.name, version: scorecard.version })}</h3>
      <p className="hint">{t('qaReview.keys')}</p>
      <ol className="qa-criteria">
        {criteria.map((c, index) => (
          <li key={c.id} ref={(el) => { items.current[index] = el; }} tabIndex={index === focused ? 0 : -1}
            className={`qa-criterion qa-${c.kind}`} data-testid="qa-criterion" data-criterion={c.id}
            aria-labelledby={`q-${c.id}`} aria-describedby={`h-${c.id}`}
            onFocus={() => setFocused(index)} onKeyDown={(e) => onKeyDown(e, index)}>
            <span className="qa-kind">{t(`qaReview.section.${c.kind}`)}</span>
            <p id={`q-${c.id}`} className="qa-question">{c.question}</p>
            <p id={`h-${c.id}`} className="hint qa-help">{c.help}</p>
            <div className="button-row" role="group" aria-label={c.question}>
              {choicesOf(c).map((choice) => (
                <button key={String(choice)} type="button" className="button" tabIndex={-1} disabled={readOnly}
                  aria-pressed={answers[c.id] === choice} onClick={() => onAnswer(c.id, choice)}>
                  {answerLabel(t, choice)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
