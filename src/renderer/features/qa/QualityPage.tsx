// The supervisors' Calidad section: their QA packs with progress, the draw, a pack's cases and
// a calibration session side by side. Everything but drawing and calibrating reads the cache.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrawDialog } from './DrawDialog.tsx';
import { PackDetail } from './PackDetail.tsx';
import { PackList } from './PackList.tsx';

export function QualityPage({ agentName }: { agentName: string }) {
  const { t } = useTranslation();
  const [drawing, setDrawing] = useState(false);
  const [openPack, setOpenPack] = useState<string | null>(null);
  return (
    <div className="quality-page" data-testid="quality-page">
      <nav className="quality-packs" aria-label={t('qa.packs')}>
        <div className="quality-bar">
          <h2>{t('qa.packs')}</h2>
          <button type="button" className="button" data-testid="qa-draw-open" onClick={() => setDrawing(true)}>{t('qa.draw.open')}</button>
        </div>
        <PackList selected={openPack} onOpen={setOpenPack} />
      </nav>
      <main className="quality-main" aria-label={t('qa.pack')} tabIndex={-1}>
        {openPack ? <PackDetail key={openPack} packId={openPack} agentName={agentName} onOpenPack={setOpenPack} />
          : <p className="hint empty">{t('qa.choosePack')}</p>}
      </main>
      <DrawDialog open={drawing} onClose={() => setDrawing(false)} onCreated={(packId) => {
        setDrawing(false);
        setOpenPack(packId);
      }} />
    </div>
  );
}
