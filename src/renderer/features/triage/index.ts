// What the rest of the console may use from triage: priority and why, message types and the
// guidance for them, and the noise filter's view.
export { FilteredView } from './FilteredView.tsx';
export { MessageTriageLine } from './MessageTriageLine.tsx';
export { PriorityWhy } from './PriorityWhy.tsx';
export { TypeGuidance } from './TypeGuidance.tsx';
export { filteredMessageCount, useFilteredCases } from './useFilteredCases.ts';
