export { BlockListButton } from './BlockListButton.tsx';
export { CaseBlockAction, CaseBlockBanner } from './CaseBlock.tsx';
export { useCaseBlock } from './useBlocks.ts';
