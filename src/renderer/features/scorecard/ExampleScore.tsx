// The draft's score on answers the supervisor picks, recomputed as they type: the same `score`
// the review screen and the server use, with its parts, the auto-fail and what is missing.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/domain.ts';
import type { Answer, Answers, Criterion, Scorecard } from '../../../shared/qa/scorecard.ts';
import { score } from '../../../shared/qa/score.ts';
import { useFormatters } from '../../lib/useFormatters.ts';

const choices = (c: Criterion): Answer[] => {
  const values: Answer[] = c.scale === 'yesno' ? ['yes', 'no'] : c.scale === '1-3' ? [1, 2, 3] : [1, 2, 3, 4, 5];
  return c.na ? [...values, 'na'] : values;
};

/** `card` is null while the draft has problems. */
export function ExampleScore({ card }: { card: Scorecard | null }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const oneDecimal = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [answers, setAnswers] = useState<Answers>({});
  const label = (a: Answer) => (typeof a === 'number' ? String(a) : t(`scorecard.example.${a}`));
  const result = card ? score(card, answers, channel) : null;
  return (
    <section className="hours-section example-score" aria-labelledby="example-title" data-testid="scorecard-example">
      <h3 id="example-title">{t('scorecard.example.title')}</h3>
      <p className="hint">{t('scorecard.example.intro')}</p>
      {card === null || result === null ? <p className="hint">{t('scorecard.example.fixFirst')}</p> : (
        <>
          <label className="example-channel">
            {t('scorecard.example.channel')}
            <select value={channel} onChange={(e) => setChannel(CHANNELS.find((c) => c === e.target.value) ?? 'whatsapp')}>
              {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
            </select>
          </label>
          <ul className="example-answers">
            {card.sections.flatMap((s) => s.criteria.map((c) => {
              const excluded = result.excluded.includes(c.id);
              const value = answers[c.id];
              return (
                <li key={c.id} data-excluded={excluded}>
                  <label>
                    <span className="example-question">{c.question || '—'}</span>
                    <select value={value === undefined ? '' : String(value)} disabled={excluded} aria-describedby={excluded ? `ex-${c.id}` : undefined}
                      onChange={(e) => {
                        const picked = choices(c).find((a) => String(a) === e.target.value);
                        const { [c.id]: _dropped, ...rest } = answers;
                        setAnswers(picked === undefined ? rest : { ...rest, [c.id]: picked });
                      }}>
                      <option value="">{t('scorecard.example.unanswered')}</option>
                      {choices(c).map((a) => <option key={String(a)} value={String(a)}>{label(a)}</option>)}
                    </select>
                  </label>
                  {excluded ? <span id={`ex-${c.id}`} className="hint">{t('scorecard.example.excluded')}</span> : null}
                </li>
              );
            }))}
          </ul>
          <div className="example-result" role="status" data-testid="scorecard-example-score">
            <p><strong>{t('scorecard.example.score')}: {oneDecimal.format(result.score)}</strong></p>
            <p className="hint">{t('scorecard.example.parts', {
              standard: result.standard === null ? '—' : oneDecimal.format(result.standard),
              bonus: oneDecimal.format(result.bonus),
            })}</p>
            {result.autoFailed ? <p className="error">{t('scorecard.example.autoFailed', { criteria: result.autoFailedBy.join(', ') })}</p> : null}
            {result.unanswered.length > 0 ? <p className="hint">{t('scorecard.example.incomplete', { count: result.unanswered.length })}</p>
              : !result.scorable ? <p className="hint">{t('scorecard.example.notScorable')}</p> : null}
          </div>
        </>
      )}
    </section>
  );
}
