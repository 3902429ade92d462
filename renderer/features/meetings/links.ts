/** Where a 1:1 opens: an existing meeting by id, or a cadence occurrence (written down on open). */
export function meetingPath(
  personId: string,
  target: { meetingId: string | null; occurrence: string | null },
): string {
  if (target.meetingId) return `/team/${personId}/meetings/${target.meetingId}`;
  return `/team/${personId}/occurrence/${target.occurrence ?? ''}`;
}

export const briefPath = (personId: string) => `/team/${personId}/brief`;
