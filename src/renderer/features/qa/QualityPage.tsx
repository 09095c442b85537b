// The supervisors' Calidad section: their QA packs with progress, the draw, a pack's cases and
// a calibration session side by side, and the agents' disputes waiting for them. Everything but
// drawing and calibrating reads the cache.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisputesToResolve } from '../my-reviews/index.ts';
import { DrawDialog } from './DrawDialog.tsx';
import { PackDetail } from './PackDetail.tsx';
import { PackList } from './PackList.tsx';

/** What the main pane shows: a pack, the disputes to resolve, or the hint to choose. */
type Shown = { pack: string } | 'disputes' | null;

export function QualityPage() {
  const { t } = useTranslation();
  const [drawing, setDrawing] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const openPack = (pack: string) => setShown({ pack });
  const selected = shown !== null && shown !== 'disputes' ? shown.pack : null;
  return (
    <div className="quality-page" data-testid="quality-page">
      <nav className="quality-packs" aria-label={t('qa.packs')}>
        <div className="quality-bar">
          <h2>{t('qa.packs')}</h2>
          <button type="button" className="button" data-testid="qa-draw-open" onClick={() => setDrawing(true)}>{t('qa.draw.open')}</button>
        </div>
        <button type="button" className="button ghost quality-disputes" data-testid="qa-disputes-open"
          aria-current={shown === 'disputes' ? 'page' : undefined} onClick={() => setShown('disputes')}>
          {t('myReviews.toResolve')}
        </button>
        <PackList selected={selected} onOpen={openPack} />
      </nav>
      <main className="quality-main" aria-label={shown === 'disputes' ? t('myReviews.toResolve') : t('qa.pack')} tabIndex={-1}>
        {shown === 'disputes' ? <DisputesToResolve />
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
