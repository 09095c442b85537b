import { lazy } from 'react';

// The open case (thread, reply box, the e-mail sanitiser) is a chunk of its own: the window
// paints the inbox without it, and the shell preloads it as soon as the window is idle.
const loadCaseView = () => import('./CaseView.tsx');
/** Render it inside ui/LazyBoundary. */
export const CaseView = lazy(() => loadCaseView().then((m) => ({ default: m.CaseView })));
export const preloadCaseView = (): void => void loadCaseView();
export { NoCaseOpen } from './NoCaseOpen.tsx';
export { MessageThread } from './MessageThread.tsx';
export { useProducts, type Products } from './useProducts.ts';
export { forgetSettingsLists } from './settingsList.ts';
export { readSuggestions } from './caseSuggestions.ts';
