import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { TeamBalance } from '../../../../shared/model/balance';
import type {
  PersonRecognition,
  RecognitionFeed,
} from '../../../../shared/ipc/channels/recognition';
import type { PersonDocument } from '../../../../shared/model/documents';
import type { Recognition, RecognitionInput } from '../../../../shared/model/recognition';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

/** The fixed clock is Wednesday 18 November 2026. */
const TODAY = '2026-11-18';

async function team(backend: Backend) {
  const priya = await createPerson(backend, { name: 'Priya Natarajan' });
  const marco = await createPerson(backend, { name: 'Marco Rossi' });
  return { priya: priya.person.id, marco: marco.person.id };
}

const praise = (personIds: string[], overrides: Partial<RecognitionInput> = {}) => ({
  personIds,
  text: 'Cleared the refund backlog before the weekend',
  value: 'Ownership',
  sharedIn: 'team_meeting',
  date: TODAY,
  ...overrides,
});

describe('recognition channels', () => {
  const dir = useTempDir();
  const fileOf = (id: string) => readJson(join(dir(), 'people', `${id}.json`));

  it('stores a team recognition in each recipient file under one id, with names', async () => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    const saved = valueOf<Recognition>(
      await backend.invoke('recognition:create', praise([priya, marco])),
    );
    expect(saved).toMatchObject({
      date: TODAY,
      value: 'Ownership',
      sharedIn: 'team_meeting',
      recipients: [
        { personId: priya, name: 'Priya Natarajan' },
        { personId: marco, name: 'Marco Rossi' },
      ],
    });
    for (const id of [priya, marco]) {
      const doc = (await fileOf(id)) as PersonDocument;
      expect(doc.recognitions).toEqual([saved]);
    }
  });

  it('keeps the recognition for the others when one recipient is deleted', async () => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    const saved = valueOf<Recognition>(
      await backend.invoke('recognition:create', praise([priya, marco])),
    );
    valueOf(await backend.invoke('people:delete', { id: priya }));

    const history = valueOf<PersonRecognition>(
      await backend.invoke('recognition:forPerson', { personId: marco }),
    );
    expect(history.items).toEqual([saved]);
    const feed = valueOf<RecognitionFeed>(await backend.invoke('recognition:feed', undefined));
    expect(feed.items.map((r) => r.recipients.map((p) => p.name))).toEqual([
      ['Priya Natarajan', 'Marco Rossi'],
    ]);
  });

  it.each([
    ['an empty text', { text: '   ' }, 'text', 'What they did is required.'],
    ['a too-long text', { text: 'x'.repeat(2001) }, 'text', 'at most 2000 characters'],
    ['a date after today', { date: '2026-11-19' }, 'date', 'Use today or an earlier date.'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date', 'This date does not exist.'],
    ['nobody', { personIds: [] }, 'personIds', 'Pick at least one person.'],
    ['the same person twice', 'twice', 'personIds', 'Pick each person only once.'],
    ['an unknown person', 'unknown', 'personIds', 'not in Coachbook any more'],
  ])('refuses %s with a clear message and writes nothing', async (_label, change, field, text) => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    const input =
      change === 'twice'
        ? praise([priya, priya])
        : change === 'unknown'
          ? praise([marco, 'no-such-person'])
          : praise([priya, marco], change as Partial<RecognitionInput>);
    const error = errorOf(await backend.invoke('recognition:create', input));
    expect(error.message).toContain(text);
    expect(error.fields?.[field]).toContain(text);
    for (const id of [priya, marco]) {
      expect(((await fileOf(id)) as PersonDocument).recognitions).toEqual([]);
    }
  });

  it('refuses an archived person, and writes nothing for the others either', async () => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    valueOf(await backend.invoke('people:archive', { id: marco }));
    const error = errorOf(await backend.invoke('recognition:create', praise([priya, marco])));
    expect(error.message).toBe('Marco Rossi is archived. Restore them to log new recognition.');
    expect(((await fileOf(priya)) as PersonDocument).recognitions).toEqual([]);
  });

  it('stores an empty value as none', async () => {
    const backend = await startBackend(dir());
    const { priya } = await team(backend);
    const saved = valueOf<Recognition>(
      await backend.invoke('recognition:create', praise([priya], { value: '  ' })),
    );
    expect(saved.value).toBeNull();
  });

  it('filters the team feed by person, value and channel, newest first, one entry per act', async () => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    const create = (ids: string[], o: Partial<RecognitionInput>) =>
      backend.invoke('recognition:create', praise(ids, o));
    await create([priya, marco], { text: 'Both', date: '2026-11-10' });
    await create([priya], { text: 'Priya only', value: 'Empathy', sharedIn: 'private' });
    await create([marco], {
      text: 'Marco only',
      value: null,
      sharedIn: 'public_channel',
      date: '2026-11-01',
    });

    const feed = async (filter?: object) =>
      valueOf<RecognitionFeed>(await backend.invoke('recognition:feed', filter));
    expect((await feed()).items.map((r) => r.text)).toEqual(['Priya only', 'Both', 'Marco only']);
    expect((await feed()).valuesUsed).toEqual(['Empathy', 'Ownership']);
    expect((await feed({ personId: marco })).items.map((r) => r.text)).toEqual([
      'Both',
      'Marco only',
    ]);
    expect((await feed({ value: 'Empathy' })).items.map((r) => r.text)).toEqual(['Priya only']);
    expect((await feed({ sharedIn: 'team_meeting' })).items.map((r) => r.text)).toEqual(['Both']);
  });

  it('removes a recognition from every recipient', async () => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    const saved = valueOf<Recognition>(
      await backend.invoke('recognition:create', praise([priya, marco])),
    );
    expect(valueOf(await backend.invoke('recognition:remove', { id: saved.id }))).toEqual({
      removed: 2,
    });
    for (const id of [priya, marco]) {
      expect(((await fileOf(id)) as PersonDocument).recognitions).toEqual([]);
    }
    expect(errorOf(await backend.invoke('recognition:remove', { id: saved.id })).code).toBe(
      'not_found',
    );
  });

  it('answers the balance with the threshold from the team preferences', async () => {
    const backend = await startBackend(dir());
    const { priya, marco } = await team(backend);
    await backend.invoke('recognition:create', praise([priya], { date: '2026-10-28' }));
    await backend.invoke('recognition:create', praise([marco], { date: '2026-11-08' }));

    const balance = async () =>
      valueOf<TeamBalance>(await backend.invoke('recognition:balance', undefined));
    expect((await balance()).gapDays).toBe(14);
    expect((await balance()).nudges.map((p) => `${p.name} ${p.daysWithout}`)).toEqual([
      'Priya Natarajan 21',
    ]);

    valueOf(await backend.invoke('recognition:setGapDays', { days: 7 }));
    expect((await balance()).nudges.map((p) => p.name)).toEqual(['Priya Natarajan', 'Marco Rossi']);
    const team2 = (await readJson(join(dir(), 'team.json'))) as {
      preferences: { recognitionGapDays: number };
    };
    expect(team2.preferences.recognitionGapDays).toBe(7);
    expect(errorOf(await backend.invoke('recognition:setGapDays', { days: 0 })).fields).toEqual({
      days: 'Use at least 1 day.',
    });
  });
});
