// The server's clock as this console last read it. A sandbox's clock may be anywhere (a trainer
// sets a class to a Tuesday in March), so anything timed against the server's own times (service
// levels, report periods) counts from it, not from this computer's clock.

/** The server's clock and this computer's, read together at the last pull; nulls before one. */
export interface ClockReading { serverNow: string | null; localAt: string | null }

/** How far the server's clock is ahead of this computer's (behind when negative); 0 when unknown. */
export function clockOffset(reading: ClockReading): number {
  const server = Date.parse(reading.serverNow ?? '');
  const local = Date.parse(reading.localAt ?? '');
  return Number.isNaN(server) || Number.isNaN(local) ? 0 : server - local;
}

/** The server's time now: its time at the reading plus what has passed on this computer since (this computer's own when unknown). */
export function serverTime(reading: ClockReading, localNow: number): Date {
  return new Date(localNow + clockOffset(reading));
}
