// One pack: what was drawn and how, its cases (number, agent, channel, stratum, handling times,
// classification), a calibration session's side-by-side, and a case opened for review.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaPack } from '../../../shared/qa/packs.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { CalibrationForm } from './CalibrationForm.tsx';
import { CalibrationView } from './CalibrationView.tsx';
import { PackCaseDialog } from './PackCaseDialog.tsx';
import { durationText } from './progressText.ts';
import { usePack } from './usePacks.ts';

interface PackDetailProps {
  packId: string;
  onOpenPack: (packId: string) => void;
}

export function PackDetail({ packId, onOpenPack }: PackDetailProps) {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const { data: pack, error } = usePack(packId);
  const [openCase, setOpenCase] = useState<QaPack['cases'][number] | null>(null);
  if (error) return <p className="error" role="alert">{errorText(t, error)}</p>;
  if (pack === undefined) return <p className="hint">{t('qa.loading')}</p>;
  if (pack === null) return <p className="hint">{t('qa.packGone')}</p>;
  return (
    <article className="pack-detail" data-testid="qa-pack-detail">
      <header className="pack-head">
        <h2>{pack.calibration ? t('qa.calibration.badge') : null} {pack.title}</h2>
        <p className="hint" data-testid="qa-pack-facts">
          {t('qa.facts', { from: day(pack.period.from), to: day(pack.period.to), perAgent: pack.perAgent, seed: pack.seed })}
        </p>
        <p className="hint">{pack.strata.map((s) => `${s.key}: ${s.count}`).join(' · ')}</p>
      </header>
      {pack.calibration ? <CalibrationView pack={pack} /> : <CalibrationForm packId={pack.id} onOpened={onOpenPack} />}
      <table className="qa-table" data-testid="qa-pack-cases">
        <caption>{t('qa.casesOf', { count: pack.cases.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('qa.column.number')}</th><th scope="col">{t('qa.column.agent')}</th><th scope="col">{t('qa.column.channel')}</th>
            <th scope="col">{t('qa.stratum')}</th><th scope="col">{t('qa.column.firstResponse')}</th><th scope="col">{t('qa.column.handle')}</th>
            <th scope="col">{t('qa.column.classification')}</th>
          </tr>
        </thead>
        <tbody>
          {pack.cases.map((c) => (
            <tr key={c.caseId} data-testid="qa-pack-case">
              <td>
                <button type="button" className="button ghost" data-testid="qa-open-case" onClick={() => setOpenCase(c)}>
                  {t('qa.openCase', { number: c.number })}
                </button>
              </td>
              <td>{c.agent}</td>
              <td><ChannelTag channel={c.channel} compact /></td>
              <td>{c.stratum}</td>
              <td>{durationText(t, c.firstResponseSeconds)}</td>
              <td>{durationText(t, c.handleSeconds)}</td>
              <td>
                {c.reason ? t(`customer.reason.${c.reason}`) : t('customer.noReason')}
                {c.resolution ? ` · ${t(`resolve.${c.resolution}`)}` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PackCaseDialog packId={pack.id} entry={openCase} onClose={() => setOpenCase(null)} />
    </article>
  );
}
