// One class: its clock and controls above, then the live board (read again every few seconds
// while the window is visible), the ad-hoc message, the grades and, once finished, the replay.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassBoard, ClassSummary } from '../../../shared/classes/wire.ts';
import { api } from '../../lib/bridge.ts';
import { TabList } from '../../ui/TabList.tsx';
import { BoardTable, type CaseRef } from './BoardTable.tsx';
import { ClassClockView } from './ClassClockView.tsx';
import { ClassControls } from './ClassControls.tsx';
import { classErrorText } from './classError.ts';
import { GradeReport } from './GradeReport.tsx';
import { MessageForm } from './MessageForm.tsx';
import { ReplayView } from './ReplayView.tsx';
import { TraineeCaseDialog } from './TraineeCaseDialog.tsx';
import { useAsk } from './useAsk.ts';

const BOARD_EVERY_MS = 3_000;
const TABS = ['board', 'message', 'grade', 'replay'] as const;
type Tab = (typeof TABS)[number];

export function ClassDetail({ listed, onChanged }: { listed: ClassSummary; onChanged: () => void }) {
  const { t } = useTranslation();
  const { classId } = listed;
  const [tab, setTab] = useState<Tab>('board');
  const [opened, setOpened] = useState<CaseRef | null>(null);
  const board = useAsk<ClassBoard>(`board:${classId}`, () => api.classBoard({ classId }), BOARD_EVERY_MS);
  const summary = board.data?.class ?? listed;
  // The class started, paused or finished by itself since the list was read: the list says so too.
  const stale = summary.state !== listed.state;
  useEffect(() => {
    if (stale) onChanged();
  }, [stale, onChanged]);
  const changed = () => {
    board.refresh();
    onChanged();
  };

  return (
    <div className="class-detail" data-testid="class-detail" data-class={classId} data-state={summary.state}>
      <div className="class-head">
        <h2 data-testid="class-title">{summary.title}</h2>
        <span className="class-state" data-state={summary.state} data-testid="class-state">{t(`classes.state.${summary.state}`)}</span>
        <ClassClockView summary={summary} readAt={board.at} />
      </div>
      <ClassControls summary={summary} onChanged={changed} />
      {board.error ? <p className="error" role="alert" data-testid="class-board-error">{classErrorText(t, board.error)}</p> : null}
      <TabList tabs={TABS} current={tab} onChoose={setTab} idPrefix="class" label={t('classes.tabs.label')} className="tools-tabs class-tabs"
        labelOf={(name) => t(`classes.tabs.${name}`)} />
      <div role="tabpanel" id={`class-panel-${tab}`} aria-labelledby={`class-tab-${tab}`} className="class-panel">
        {tab === 'board' ? (
          board.data ? <BoardTable board={board.data} onOpenCase={setOpened} /> : board.error ? null : <p className="hint" role="status">{t('classes.board.loading')}</p>
        ) : null}
        {tab === 'message' ? <MessageForm summary={summary} /> : null}
        {tab === 'grade' ? <GradeReport classId={classId} /> : null}
        {tab === 'replay' ? <ReplayView summary={summary} /> : null}
      </div>
      <TraineeCaseDialog classId={classId} open={opened} onClose={() => setOpened(null)} />
    </div>
  );
}
