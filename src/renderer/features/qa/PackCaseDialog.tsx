// A pack's case opened for review: until QA reviews brings its review screen (the thread beside
// the scorecard), the case as the case feature shows it, read-only here since it is not hers.
import { useTranslation } from 'react-i18next';
import type { QaPackCase } from '../../../shared/qa/packs.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { CaseView } from '../case/index.ts';

export function PackCaseDialog({ entry, agentName, onClose }: { entry: QaPackCase | null; agentName: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={entry !== null} title={entry ? t('qa.caseTitle', { number: entry.number, agent: entry.agent }) : ''} onClose={onClose}
      testId="qa-case-dialog" wide>
      {entry ? <div className="qa-case"><CaseView key={entry.caseId} caseId={entry.caseId} agentName={agentName} /></div> : null}
    </Dialog>
  );
}
