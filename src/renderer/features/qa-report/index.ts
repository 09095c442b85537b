export { downloadCsv } from './download.ts';
export { weekLabel } from './labels.ts';
export { QaReportPage } from './QaReportPage.tsx';
