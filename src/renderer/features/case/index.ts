export { CaseView } from './CaseView.tsx';
export { NoCaseOpen } from './NoCaseOpen.tsx';
export { MessageThread } from './MessageThread.tsx';
