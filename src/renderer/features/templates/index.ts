export { TemplatesPanel } from './TemplatesPanel.tsx';
