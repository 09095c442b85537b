export { QaReportPage } from './QaReportPage.tsx';
