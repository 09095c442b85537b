export { QualityPage } from './QualityPage.tsx';
