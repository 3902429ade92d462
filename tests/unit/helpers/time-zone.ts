/**
 * Runs `check` with the process in another time zone and puts the zone back after. Node reads
 * process.env.TZ again whenever it changes, so every Date made inside uses `zone`.
 */
export function inTimeZone(zone: string, check: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
