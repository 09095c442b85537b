// A pack's case opened for review: QA reviews' review screen, the thread beside the scorecard,
// the draft saved as it is typed.
import { useTranslation } from 'react-i18next';
import type { QaPackCase } from '../../../shared/qa/packs.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ReviewScreen } from '../qa-review/index.ts';

export function PackCaseDialog({ packId, entry, onClose }: { packId: string; entry: QaPackCase | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={entry !== null} title={entry ? t('qa.caseTitle', { number: entry.number, agent: entry.agent }) : ''} onClose={onClose}
      testId="qa-case-dialog" wide>
      {entry ? <div className="qa-case"><ReviewScreen key={entry.caseId} packId={packId} caseId={entry.caseId} /></div> : null}
    </Dialog>
  );
}
