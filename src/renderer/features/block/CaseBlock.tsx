// The case view's part of the block list: the banner when the sender is blocked, else the action.
import { BlockedBanner } from './BlockedBanner.tsx';
import { BlockSenderAction } from './BlockSenderAction.tsx';
import { useCaseBlock } from './useBlocks.ts';

export function CaseBlock({ caseId }: { caseId: string }) {
  const { data: block, loading } = useCaseBlock(caseId);
  if (loading || block === undefined) return null;
  return block ? <BlockedBanner block={block} /> : <div className="block-action-row"><BlockSenderAction caseId={caseId} /></div>;
}
