export { CaseView } from './CaseView.tsx';
export { NoCaseOpen } from './NoCaseOpen.tsx';
export { MessageThread } from './MessageThread.tsx';
export { useProducts, type Products } from './useProducts.ts';
