import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../shared/model/brief';
import { errorOf, valueOf } from '../../helpers/backend';
import { openOccurrence, withPerson } from '../../helpers/meetings';
import { fixedClock } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

interface Exported {
  fileName: string;
  content: string;
}

describe('brief:get', () => {
  const dir = useTempDir();

  it('returns the next 1:1, open actions, waiting points and suggestions', async () => {
    const { backend, personId } = await withPerson(dir());
    await backend.invoke('actions:add', {
      personId,
      text: 'Write the escalation guide',
      owner: 'report',
      due: '2026-11-01',
    });
    await backend.invoke('points:add', { personId, text: 'Career goals', from: 'report' });

    const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
    expect(brief).toMatchObject({
      personId,
      name: 'Sam Lee',
      now: fixedClock().toISOString(),
      next: { at: '2026-11-24T10:00', occurrence: '2026-11-24', meetingId: null },
      lastMeeting: null,
      since: null,
    });
    expect(brief.actions.map((a) => [a.text, a.daysOverdue])).toEqual([
      ['Write the escalation guide', 17],
    ]);
    expect(brief.waitingPoints.map((p) => p.text)).toEqual(['Career goals']);
    expect(brief.suggestions.map((s) => s.kind)).toEqual(['overdue_action']);
  });

  it('summarises the last held 1:1 and its mood', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-17');
    const meetingId = meeting.id;
    await backend.invoke('meetings:saveNotes', {
      personId,
      meetingId,
      notes: '# Recap\n- queue is calmer',
      privateNotes: '',
    });
    await backend.invoke('meetings:setMood', {
      personId,
      meetingId,
      mood: { score: 2, word: 'tired' },
    });
    await backend.invoke('meetings:setStatus', { personId, meetingId, status: 'held' });

    const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
    expect(brief.lastMeeting).toEqual({
      id: meetingId,
      at: '2026-11-17T10:00',
      summary: 'Recap · queue is calmer',
    });
    expect(brief.since).toBe('2026-11-17T10:00');
    expect(brief.moodTrend).toEqual([{ meetingId, date: '2026-11-17', score: 2, word: 'tired' }]);
  });

  it('answers not_found for an unknown person', async () => {
    const { backend } = await withPerson(dir());
    expect(errorOf(await backend.invoke('brief:get', { personId: 'nobody' })).code).toBe(
      'not_found',
    );
  });
});

describe('export:personMarkdown', () => {
  const dir = useTempDir();

  async function personWithNotes() {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-17');
    await backend.invoke('meetings:saveNotes', {
      personId,
      meetingId: meeting.id,
      notes: 'Talked about the weekend rota.',
      privateNotes: 'Worried about burnout.',
    });
    return { backend, personId };
  }

  it('leaves private notes out by default', async () => {
    const { backend, personId } = await personWithNotes();
    const out = valueOf<Exported>(await backend.invoke('export:personMarkdown', { personId }));
    expect(out.fileName).toBe('sam-lee-2026-11-18.md');
    expect(out.content).toMatch(/^# Sam Lee\n/);
    expect(out.content).toContain('**1:1 cadence:** Weekly on Tuesday at 10:00');
    expect(out.content).toContain('Talked about the weekend rota.');
    expect(out.content).not.toContain('Worried about burnout.');
    expect(out.content).not.toContain('Private notes');
  });

  it('includes private notes when asked to', async () => {
    const { backend, personId } = await personWithNotes();
    const out = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId, includePrivate: true }),
    );
    expect(out.content).toContain('**Private notes:**\n\nWorried about burnout.');
    expect(out.content).toContain('including private notes');
  });

  it('includes the private notes of a 1:1 not held yet, when asked to', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    await backend.invoke('meetings:saveNotes', {
      personId,
      meetingId: meeting.id,
      notes: '',
      privateNotes: 'Ask about the team move.',
    });
    const withPrivate = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId, includePrivate: true }),
    );
    expect(withPrivate.content).toContain('### 24 Nov 2026, 10:00 (Planned)');
    expect(withPrivate.content).toContain('**Private notes:**\n\nAsk about the team move.');
    const plain = valueOf<Exported>(await backend.invoke('export:personMarkdown', { personId }));
    expect(plain.content).not.toContain('Ask about the team move.');
  });

  it('lists action items with their state', async () => {
    const { backend, personId } = await withPerson(dir());
    await backend.invoke('actions:add', {
      personId,
      text: 'Read the SLA doc',
      owner: 'lead',
      due: '2026-11-20',
    });
    const out = valueOf<Exported>(await backend.invoke('export:personMarkdown', { personId }));
    expect(out.content).toContain('- [ ] Read the SLA doc (Lead, due 20 Nov 2026)');
    expect(out.content).toContain('_No 1:1s recorded._');
  });
});
