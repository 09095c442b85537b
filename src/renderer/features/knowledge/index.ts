export { KnowledgePanel } from './KnowledgePanel.tsx';
export { resetKnowledge } from './knowledgeStore.ts';
