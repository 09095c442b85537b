// The case view's part of the block list: the action on the case's line while the sender is not
// blocked, and the banner under it once they are. The case view reads the block once for both
// (useCaseBlock): undefined while it is read.
import type { BlockedSender } from '../../../shared/blocks.ts';
import { BlockedBanner } from './BlockedBanner.tsx';
import { BlockSenderAction } from './BlockSenderAction.tsx';

export function CaseBlockAction({ caseId, block }: { caseId: string; block: BlockedSender | null | undefined }) {
  if (block !== null) return null;
  return <BlockSenderAction caseId={caseId} />;
}

export function CaseBlockBanner({ block }: { block: BlockedSender | null | undefined }) {
  if (!block) return null;
  return <BlockedBanner block={block} />;
}
