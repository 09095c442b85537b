// The supervisors' Calidad section: their QA packs with progress, the draw, a pack's cases and
// a calibration session side by side, the agents' disputes waiting for them, the QA report and
// the scorecard editor. Everything but drawing and calibrating reads the cache.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoachingPane } from '../coaching/index.ts';
import { DisputesToResolve } from '../my-reviews/index.ts';
import { ScorecardEditor } from '../scorecard/index.ts';
import { DrawDialog } from './DrawDialog.tsx';
import { PackDetail } from './PackDetail.tsx';
import { PackList } from './PackList.tsx';
import { ReportPane } from './ReportPane.tsx';

/** The panes beside the packs, each opened from its button above the list. */
const PANES = ['disputes', 'report', 'scorecard', 'coaching'] as const;
type Pane = (typeof PANES)[number];
/** What the main pane shows: a pack, one of the panes, or the hint to choose. */
type Shown = { pack: string } | Pane | null;

const PANE_LABEL = { disputes: 'myReviews.toResolve', report: 'qaReport.open', scorecard: 'scorecard.open', coaching: 'coaching.open' } as const;
const PANE_TITLE = { disputes: 'myReviews.toResolve', report: 'qaReport.title', scorecard: 'scorecard.title', coaching: 'coaching.title' } as const;
const PANE_TEST_ID = { disputes: 'qa-disputes-open', report: 'qa-report-open', scorecard: 'qa-scorecard-open', coaching: 'qa-coaching-open' } as const;

export function QualityPage() {
  const { t } = useTranslation();
  const [drawing, setDrawing] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const openPack = (pack: string) => setShown({ pack });
  const selected = shown !== null && typeof shown === 'object' ? shown.pack : null;
  const pane = typeof shown === 'string' ? shown : null;
  return (
    <div className="quality-page" data-testid="quality-page">
      <nav className="quality-packs" aria-label={t('qa.packs')}>
        <div className="quality-bar">
          <h2>{t('qa.packs')}</h2>
          <button type="button" className="button" data-testid="qa-draw-open" onClick={() => setDrawing(true)}>{t('qa.draw.open')}</button>
        </div>
        {PANES.map((p) => (
          <button key={p} type="button" className="button ghost quality-disputes" data-testid={PANE_TEST_ID[p]}
            aria-current={pane === p ? 'page' : undefined} onClick={() => setShown(p)}>
            {t(PANE_LABEL[p])}
          </button>
        ))}
        <PackList selected={selected} onOpen={openPack} />
      </nav>
      <main className="quality-main" aria-label={pane ? t(PANE_TITLE[pane]) : t('qa.pack')} tabIndex={-1}>
        {pane === 'disputes' ? <DisputesToResolve />
          : pane === 'report' ? <ReportPane />
            : pane === 'scorecard' ? <ScorecardEditor />
              : pane === 'coaching' ? <CoachingPane />
              : selected ? <PackDetail key={selected} packId={selected} onOpenPack={openPack} />
                : <p className="hint empty">{t('qa.choosePack')}</p>}
      </main>
      <DrawDialog open={drawing} onClose={() => setDrawing(false)} onCreated={(packId) => {
        setDrawing(false);
        openPack(packId);
      }} />
    </div>
  );
}
