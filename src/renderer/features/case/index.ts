export { CaseView } from './CaseView.tsx';
export { NoCaseOpen } from './NoCaseOpen.tsx';
