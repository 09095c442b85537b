// The open case and the tools beside it, each reading which case is open itself: opening or
// switching a case re-renders these two, not the whole shell (header, inbox, sync bar), inside
// the click that asked for it.
import { CaseView, NoCaseOpen } from '../features/case/index.ts';
import { useInboxStore } from '../features/inbox/index.ts';
import { ToolsPane } from '../features/tools/index.ts';
import { LazyBoundary } from '../ui/LazyBoundary.tsx';

/** The case view of the open case (a fresh one per case), or what to do when none is open. */
export function OpenCase({ agentName }: { agentName: string }) {
  const openId = useInboxStore((state) => state.openId);
  return openId ? <LazyBoundary key={openId}><CaseView caseId={openId} agentName={agentName} /></LazyBoundary> : <NoCaseOpen />;
}

/** The tools pane, following the open case. */
export function CaseTools() {
  const openId = useInboxStore((state) => state.openId);
  return <LazyBoundary><ToolsPane caseId={openId} /></LazyBoundary>;
}
