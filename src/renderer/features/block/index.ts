export { BlockListButton } from './BlockListButton.tsx';
export { CaseBlock } from './CaseBlock.tsx';
