import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../shared/model/brief';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import type { TodayOverview } from '../../../../shared/ipc/channels/today';
import type { Feedback } from '../../../../shared/model/feedback';
import { createPerson, startBackend, valueOf } from '../../helpers/backend';
import { FIXED_NOW } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * A follow-up set for Friday 20 November, seen through the channels on a clock the test moves:
 * not due late on Thursday evening (local time), due from just after midnight on Friday.
 */
describe('feedback follow-ups through the channels', () => {
  const dir = useTempDir();

  async function setUp() {
    let now = new Date(FIXED_NOW); // Wednesday 2026-11-18 09:00 local
    const backend = await startBackend(dir(), { clock: () => now });
    const personId = (await createPerson(backend, { name: 'Marco Rossi' })).person.id;
    const feedback = valueOf<Feedback>(
      await backend.invoke('feedback:create', {
        personId,
        kind: 'constructive',
        date: '2026-11-16',
        situation: 'Monday stand-up',
        behaviour: 'Interrupted Ben twice',
        impact: 'Ben stopped sharing',
        status: 'follow_up',
        deliveredOn: '2026-11-17',
        followUpOn: '2026-11-20',
      }),
    );
    const seen = async () => {
      const agenda = valueOf<MeetingView>(
        await backend.invoke('meetings:open', { personId, occurrence: '2026-11-24' }),
      );
      const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
      const today = valueOf<TodayOverview>(await backend.invoke('today:overview', undefined));
      return { agenda, brief, today };
    };
    const setClock = (local: string) => {
      now = new Date(local);
    };
    return { backend, personId, feedback, seen, setClock };
  }

  it('shows nowhere before its local date', async () => {
    const { seen, setClock } = await setUp();
    setClock('2026-11-19T23:30:00');
    const { agenda, brief, today } = await seen();
    expect(agenda.feedbackToDeliver).toEqual([]);
    expect(brief.feedbackToDeliver).toEqual([]);
    expect(brief.suggestions.map((s) => s.kind)).not.toContain('feedback_follow_up');
    expect(today.followUpsDue).toEqual([]);
  });

  it('shows on the next agenda, in the brief and on Today from its local date', async () => {
    const { personId, feedback, seen, setClock } = await setUp();
    setClock('2026-11-20T00:30:00');
    const { agenda, brief, today } = await seen();
    expect(agenda.feedbackToDeliver.map((f) => [f.id, f.status])).toEqual([
      [feedback.id, 'follow_up'],
    ]);
    expect(brief.feedbackToDeliver.map((f) => f.id)).toEqual([feedback.id]);
    expect(brief.suggestions.find((s) => s.kind === 'feedback_follow_up')?.text).toBe(
      'Follow up on feedback from 16 Nov 2026: "Interrupted Ben twice". The follow-up is due today.',
    );
    expect(today.followUpsDue).toEqual([
      {
        personId,
        name: 'Marco Rossi',
        feedbackId: feedback.id,
        kind: 'constructive',
        date: '2026-11-16',
        summary: 'Interrupted Ben twice',
        followUpOn: '2026-11-20',
        daysOverdue: 0,
      },
    ]);
  });

  it('counts the days overdue and leaves every list once marked done from Today', async () => {
    const { backend, personId, feedback, seen, setClock } = await setUp();
    setClock('2026-11-23T08:00:00');
    expect((await seen()).today.followUpsDue.map((f) => f.daysOverdue)).toEqual([3]);

    valueOf(
      await backend.invoke('feedback:markDelivered', {
        personId,
        feedbackId: feedback.id,
        meetingId: null,
        on: '2026-11-23',
      }),
    );
    const { agenda, brief, today } = await seen();
    expect(agenda.feedbackToDeliver).toEqual([]);
    expect(brief.feedbackToDeliver).toEqual([]);
    expect(today.followUpsDue).toEqual([]);
  });

  it('leaves an archived person out of Today', async () => {
    const { backend, personId, setClock } = await setUp();
    setClock('2026-11-20T09:00:00');
    valueOf(await backend.invoke('people:archive', { id: personId }));
    const today = valueOf<TodayOverview>(await backend.invoke('today:overview', undefined));
    expect(today.followUpsDue).toEqual([]);
  });
});
