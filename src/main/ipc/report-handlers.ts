// The reports page: figures and drill-downs from the central API, the snapshot from the cache.
import type { ConsoleController } from '../console/controller.ts';
import { cachedSnapshot, clockReading, operationReport, reportCases } from '../reports/page.ts';
import type { Handlers } from './handlers.ts';

type ReportHandlers = Pick<Handlers, 'operationReport' | 'reportCases' | 'reportSnapshot' | 'reportClock'>;

export function reportHandlers(controller: ConsoleController): ReportHandlers {
  return {
    operationReport: (input) => operationReport(controller.current, input),
    reportCases: (input) => reportCases(controller.current, input),
    reportSnapshot: () => cachedSnapshot(controller.current.store),
    reportClock: () => clockReading(controller.current.store),
  };
}
