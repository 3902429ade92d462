import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function useMeetingsOverview(personId: string) {
  return useQuery({
    queryKey: queryKeys.meetings(personId),
    queryFn: () => api.meetings.overview({ personId }),
  });
}

export function useMeeting(personId: string, meetingId: string) {
  return useQuery({
    queryKey: queryKeys.meeting(personId, meetingId),
    queryFn: () => api.meetings.get({ personId, meetingId }),
  });
}

export function useBrief(personId: string) {
  return useQuery({
    queryKey: queryKeys.brief(personId),
    queryFn: () => api.brief.get({ personId }),
  });
}

/** A change to one person's 1:1 data; the change event refreshes every view of them. */
export function usePersonMutation<I, O>(
  personId: string,
  mutationFn: (input: I) => Promise<O>,
  options: ActionOptions<I, O> = {},
) {
  return useAction(mutationFn, { mutationKey: queryKeys.person(personId), ...options });
}

export const RECORD_STATUSES = ['held', 'missed', 'cancelled'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
export interface RecordItem {
  personId: string;
  occurrence: string | null;
  meetingId: string | null;
}

/** Marks past 1:1s (of one or several people) held, cancelled or missed in one step. */
export function useRecordMeetings() {
  return useAction(
    (input: { items: RecordItem[]; status: RecordStatus; reason: string }) =>
      api.meetings.record(input),
    {
      done: ({ recorded }, { status }) =>
        `${recorded} ${recorded === 1 ? '1:1' : '1:1s'} marked ${status}.`,
    },
  );
}
