// The case view's part of the block list: the action on the case's line while the sender is not
// blocked, and the banner under it once they are.
import { BlockedBanner } from './BlockedBanner.tsx';
import { BlockSenderAction } from './BlockSenderAction.tsx';
import { useCaseBlock } from './useBlocks.ts';

export function CaseBlockAction({ caseId }: { caseId: string }) {
  const { data: block, loading } = useCaseBlock(caseId);
  if (loading || block !== null) return null;
  return <BlockSenderAction caseId={caseId} />;
}

export function CaseBlockBanner({ caseId }: { caseId: string }) {
  const { data: block, loading } = useCaseBlock(caseId);
  if (loading || !block) return null;
  return <BlockedBanner block={block} />;
}
