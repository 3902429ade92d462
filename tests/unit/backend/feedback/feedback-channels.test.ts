import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { MeetingView, MeetingsOverview } from '../../../../shared/ipc/channels/meetings';
import type { PersonDocument } from '../../../../shared/model/documents';
import type { Feedback } from '../../../../shared/model/feedback';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

const TODAY = '2026-11-18';

const sbi = (overrides: Record<string, unknown> = {}) => ({
  kind: 'constructive',
  date: '2026-11-16',
  situation: 'Monday stand-up',
  behaviour: 'You interrupted Ben twice while he was explaining the outage',
  impact: 'Ben stopped sharing, and we missed the root cause',
  nextStep: 'Let people finish, then ask your question',
  link: { type: 'value', label: 'Teamwork' },
  ...overrides,
});

async function withPerson(backend: Backend) {
  return (await createPerson(backend, { name: 'Marco Rossi' })).person.id;
}

describe('feedback channels', () => {
  const dir = useTempDir();
  const stored = async (id: string) =>
    ((await readJson(join(dir(), 'people', `${id}.json`))) as PersonDocument).feedback;

  it('logs SBI feedback to deliver, and it lands on the next 1:1 agenda', async () => {
    const backend = await startBackend(dir());
    const personId = await withPerson(backend);
    const saved = valueOf<Feedback>(
      await backend.invoke('feedback:create', { personId, ...sbi() }),
    );
    expect(saved).toMatchObject({
      status: 'to_deliver',
      deliveredOn: null,
      link: { type: 'value', label: 'Teamwork' },
    });
    expect(await stored(personId)).toEqual([saved]);

    const overview = valueOf<MeetingsOverview>(
      await backend.invoke('meetings:overview', { personId }),
    );
    const next = overview.upcoming[0]!;
    const meeting = valueOf<MeetingView>(
      await backend.invoke('meetings:open', { personId, occurrence: next.occurrence }),
    );
    expect(meeting.feedbackToDeliver.map((f) => f.id)).toEqual([saved.id]);

    const delivered = valueOf<Feedback>(
      await backend.invoke('feedback:markDelivered', {
        personId,
        feedbackId: saved.id,
        meetingId: meeting.meeting.id,
        on: TODAY,
      }),
    );
    expect(delivered).toMatchObject({
      status: 'delivered',
      deliveredOn: TODAY,
      deliveredInMeetingId: meeting.meeting.id,
    });
    const after = valueOf<MeetingView>(
      await backend.invoke('meetings:get', { personId, meetingId: meeting.meeting.id }),
    );
    expect(after.feedbackToDeliver).toEqual([]);
  });

  it.each([
    ['an empty situation', { situation: ' ' }, 'situation', 'Situation is required.'],
    ['an empty behaviour', { behaviour: '' }, 'behaviour', 'Behaviour is required.'],
    ['a too-long impact', { impact: 'x'.repeat(2001) }, 'impact', 'at most 2000 characters'],
    ['a future date', { date: '2026-11-19' }, 'date', 'Use today or an earlier date.'],
    ['a delivered status without a date', { status: 'delivered' }, 'deliveredOn', 'Say when'],
    [
      'a follow-up without a date',
      { status: 'follow_up', deliveredOn: TODAY },
      'followUpOn',
      'Pick a follow-up date.',
    ],
    [
      'a delivery in the future',
      { status: 'delivered', deliveredOn: '2026-12-01' },
      'deliveredOn',
      'Use today or an earlier date.',
    ],
    ['a link without a label', { link: { type: 'skill', label: '' } }, 'link.label', 'required'],
  ])('refuses %s with a message for the field and writes nothing', async (_l, o, field, text) => {
    const backend = await startBackend(dir());
    const personId = await withPerson(backend);
    const error = errorOf(await backend.invoke('feedback:create', { personId, ...sbi(o) }));
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[field]).toContain(text);
    expect(await stored(personId)).toEqual([]);
  });

  it('refuses an unknown person and an unknown 1:1', async () => {
    const backend = await startBackend(dir());
    const personId = await withPerson(backend);
    const unknown = errorOf(
      await backend.invoke('feedback:create', { personId: 'nobody', ...sbi() }),
    );
    expect(unknown.code).toBe('not_found');
    const noMeeting = errorOf(
      await backend.invoke('feedback:create', {
        personId,
        ...sbi({ status: 'delivered', deliveredOn: TODAY, deliveredInMeetingId: 'm-x' }),
      }),
    );
    expect(noMeeting.fields?.deliveredInMeetingId).toContain('not in Marco Rossi');
    expect(await stored(personId)).toEqual([]);
  });

  it('edits, follows up, lists newest first and removes', async () => {
    const backend = await startBackend(dir());
    const personId = await withPerson(backend);
    const first = valueOf<Feedback>(
      await backend.invoke('feedback:create', { personId, ...sbi() }),
    );
    await backend.invoke('feedback:create', {
      personId,
      ...sbi({ kind: 'positive', date: TODAY, situation: 'Later' }),
    });
    const edited = valueOf<Feedback>(
      await backend.invoke('feedback:update', {
        personId,
        feedbackId: first.id,
        ...sbi({ status: 'follow_up', deliveredOn: '2026-11-17', followUpOn: '2026-12-01' }),
      }),
    );
    expect(edited).toMatchObject({
      id: first.id,
      createdAt: first.createdAt,
      status: 'follow_up',
      followUpOn: '2026-12-01',
    });
    const list = valueOf<Feedback[]>(await backend.invoke('feedback:list', { personId }));
    expect(list.map((f) => f.situation)).toEqual(['Later', 'Monday stand-up']);

    // Back to "to deliver" clears the delivery data, so the agenda shows it again.
    const reopened = valueOf<Feedback>(
      await backend.invoke('feedback:update', { personId, feedbackId: first.id, ...sbi() }),
    );
    expect(reopened).toMatchObject({ status: 'to_deliver', deliveredOn: null, followUpOn: null });

    valueOf(await backend.invoke('feedback:remove', { personId, feedbackId: first.id }));
    expect((await stored(personId)).map((f) => f.situation)).toEqual(['Later']);
    expect(
      errorOf(await backend.invoke('feedback:remove', { personId, feedbackId: first.id })).code,
    ).toBe('not_found');
  });

  it('marks a follow-up done and keeps when and where the feedback was delivered', async () => {
    const backend = await startBackend(dir());
    const personId = await withPerson(backend);
    const saved = valueOf<Feedback>(
      await backend.invoke('feedback:create', {
        personId,
        ...sbi({ status: 'follow_up', deliveredOn: '2026-11-16', followUpOn: TODAY }),
      }),
    );
    const done = valueOf<Feedback>(
      await backend.invoke('feedback:markDelivered', {
        personId,
        feedbackId: saved.id,
        meetingId: null,
        on: TODAY,
      }),
    );
    expect(done).toMatchObject({
      status: 'delivered',
      deliveredOn: '2026-11-16',
      deliveredInMeetingId: null,
      followUpOn: null,
    });
    expect(await stored(personId)).toEqual([done]);
  });

  it('refuses to mark delivered in the future, before the feedback, or in an unknown 1:1', async () => {
    const backend = await startBackend(dir());
    const personId = await withPerson(backend);
    const saved = valueOf<Feedback>(
      await backend.invoke('feedback:create', { personId, ...sbi() }),
    );
    const mark = (input: object) =>
      backend.invoke('feedback:markDelivered', { personId, feedbackId: saved.id, ...input });
    expect(errorOf(await mark({ on: '2026-11-19' })).fields).toEqual({
      on: 'Use today or an earlier date.',
    });
    expect(errorOf(await mark({ on: '2026-11-01' })).fields?.on).toContain('before the feedback');
    expect(errorOf(await mark({ on: TODAY, meetingId: 'm-x' })).code).toBe('not_found');
    expect((await stored(personId))[0]!.status).toBe('to_deliver');
    expect(valueOf<Feedback>(await mark({ on: TODAY })).deliveredInMeetingId).toBeNull();
  });
});
