import type { Page } from '@playwright/test';

/**
 * Four past weekly 1:1s for one person (a falling mood, a point carried over, actions open and
 * overdue), written through the app's own API, so the meeting page and the brief have a story.
 */
export async function seedMeetingHistory(
  page: Page,
  name: string,
  occurrences: string[],
): Promise<string> {
  return page.evaluate(
    async ([personName, dates]) => {
      const api = window.coachbook;
      const person = (await api.people.list()).find((v) => v.person.name === personName)!.person;
      const moods = [4, 4, 3, 2];
      const notes = [
        '## Wins\n- Closed 38 billing tickets, CSAT 97%\n- Helped Ben with a refund escalation',
        '## Queue\n- API questions up after the release\n- Wants more time on the knowledge base',
        '## Weekend rota\n- Feeling the Saturday shifts\n- Asked about swapping every other week',
        '## Energy\n- Backlog is heavy and a tough customer call stuck with her\n- Agreed to look at workload together',
      ];
      for (const [i, occurrence] of dates.entries()) {
        const { meeting } = await api.meetings.open({ personId: person.id, occurrence });
        if (i === 1) {
          await api.points.add({ personId: person.id, text: 'Weekend rota swap', from: 'report' });
          await api.actions.add({
            personId: person.id,
            text: 'Share the QA rubric draft',
            owner: 'report',
            due: dates[2]!,
            meetingId: meeting.id,
          });
        }
        if (i === 3) {
          await api.actions.add({
            personId: person.id,
            text: 'Book the SLA training',
            owner: 'lead',
            due: '2026-11-24',
            meetingId: meeting.id,
          });
        }
        await api.meetings.saveNotes({
          personId: person.id,
          meetingId: meeting.id,
          notes: notes[i]!,
          privateNotes: '',
        });
        await api.meetings.setMood({
          personId: person.id,
          meetingId: meeting.id,
          mood: { score: moods[i]!, word: '' },
        });
        await api.meetings.setStatus({
          personId: person.id,
          meetingId: meeting.id,
          status: 'held',
        });
      }
      await api.points.add({
        personId: person.id,
        text: 'Path toward a QA specialist role',
        from: 'lead',
      });
      return person.id;
    },
    [name, occurrences] as const,
  );
}
