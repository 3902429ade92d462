import { cadenceTimes } from '../../../shared/domain/cadence';
import type { Cadence } from '../../../shared/model/person';

// The cadence rules as a person reads them ("the next three 1:1s"), over the generator that the
// schedule walks (`cadenceTimes`).

/** The next `count` meeting times of a cadence that start at or after `from`, in local time. */
export function upcomingMeetings(cadence: Cadence, from: Date, count: number): Date[] {
  const result: Date[] = [];
  if (count <= 0) return result;
  for (const at of cadenceTimes(cadence, from)) {
    if (at < from) continue;
    result.push(at);
    if (result.length >= count) break;
  }
  return result;
}

/** The next meeting at or after `from`, or null when the person has no regular 1:1. */
export function nextMeeting(cadence: Cadence, from: Date): Date | null {
  return upcomingMeetings(cadence, from, 1)[0] ?? null;
}
