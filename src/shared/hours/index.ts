// Business hours: the pure rules of when each channel is attended, in the schedule's zone, with
// public holidays, closures and special openings. No I/O, no clock: callers pass the server's
// time in, never the laptop's.
export { WEEKDAYS, type Weekday } from './calendar.ts';
export { closedWindowAt, HORIZON_DAYS, isOpenAt, type ClosedWindow } from './closed-window.ts';
export type { HoursReason } from './day-hours.ts';
export { formatOpening } from './format-opening.ts';
export { holidaysIn, MARKETS, regionsOf, type Market, type PublicHoliday } from './holidays.ts';
export { BUSINESS_HOURS_SETTING, BusinessHours, Interval, Schedule, Week } from './schema.ts';
export { businessHoursFrom, DEFAULT_BUSINESS_HOURS, scheduleFor } from './settings.ts';
export { isTimeZone } from './wall-clock.ts';
export { weekView, type DayView, type Stretch } from './week-view.ts';
