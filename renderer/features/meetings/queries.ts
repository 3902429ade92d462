import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { feedbackKeys } from '../feedback/queries';

export const meetingKeys = {
  person: (personId: string) => ['meetings', personId] as const,
  overview: (personId: string) => ['meetings', personId, 'overview'] as const,
  one: (personId: string, meetingId: string) => ['meetings', personId, 'one', meetingId] as const,
  brief: (personId: string) => ['brief', personId] as const,
};

export function useMeetingsOverview(personId: string) {
  return useQuery({
    queryKey: meetingKeys.overview(personId),
    queryFn: () => api.meetings.overview({ personId }),
  });
}

export function useMeeting(personId: string, meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.one(personId, meetingId),
    queryFn: () => api.meetings.get({ personId, meetingId }),
  });
}

export function useBrief(personId: string) {
  return useQuery({
    queryKey: meetingKeys.brief(personId),
    queryFn: () => api.brief.get({ personId }),
  });
}

/**
 * A change to one person's 1:1 data: afterwards their meetings, brief, feedback, the roster's next
 * 1:1 and Today are refreshed.
 */
export function usePersonMutation<I, O>(personId: string, mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: meetingKeys.person(personId) }),
        client.invalidateQueries({ queryKey: meetingKeys.brief(personId) }),
        client.invalidateQueries({ queryKey: ['people'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
        // Feedback can be marked as given from a 1:1.
        client.invalidateQueries({ queryKey: feedbackKeys.person(personId) }),
      ]),
  });
}

export type RecordStatus = 'held' | 'cancelled' | 'missed';
export interface RecordItem {
  personId: string;
  occurrence: string | null;
  meetingId: string | null;
}

/** Marks past 1:1s (of one or several people) held, cancelled or missed in one step. */
export function useRecordMeetings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { items: RecordItem[]; status: RecordStatus; reason: string }) =>
      api.meetings.record(input),
    onSuccess: () =>
      Promise.all(
        [['meetings'], ['brief'], ['people'], ['today'], ['timeline']].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
