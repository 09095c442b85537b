// The reports' formulas, pure and published in docs/metrics.md.
export { csatFigures, SURVEY_COUNTS, type CsatFigures, type SurveyFact } from './csat.ts';
export { FCR_WINDOW_DAYS, firstResolution, isFirstContact, reopenedWithinWindow, type StatusChange } from './fcr.ts';
export { occupancy, type Occupancy } from './occupancy.ts';
export { firstResponseSeconds, responseSamples, type ThreadMessage } from './responses.ts';
export { serviceLevelOutcome, serviceLevels, targetSecondsOf, type ChannelServiceLevel, type ServiceLevelCase } from './service-level.ts';
export { mean, percentile, ratio } from './stats.ts';
export { complaintsByWeek, mondayOf, type WeekCount } from './weeks.ts';
export { heldMessages, statusAt, type CustomerMessage, type Held } from './held.ts';
