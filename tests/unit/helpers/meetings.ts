import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../../../electron/backend/create-backend';
import type { MeetingView, MeetingsOverview } from '../../../shared/ipc/channels/meetings';
import type { PersonDocument } from '../../../shared/model/documents';
import { createPerson, startBackend, valueOf } from './backend';

export const personFile = (dataDir: string, personId: string) =>
  join(dataDir, 'people', `${personId}.json`);

/** The person's file as stored on disk. */
export async function storedDocument(dataDir: string, personId: string): Promise<PersonDocument> {
  return JSON.parse(await readFile(personFile(dataDir, personId), 'utf8')) as PersonDocument;
}

/**
 * A backend on `dataDir` with Sam Lee, who meets weekly on Tuesday at 10:00 from 2026-11-17.
 * On the fixed clock (Wednesday 2026-11-18 09:00) 11-17 is past and 11-24 is next.
 */
export async function withPerson(dataDir: string): Promise<{ backend: Backend; personId: string }> {
  const backend = await startBackend(dataDir);
  const view = await createPerson(backend);
  return { backend, personId: view.person.id };
}

export async function openOccurrence(
  backend: Backend,
  personId: string,
  occurrence: string,
): Promise<MeetingView> {
  return valueOf<MeetingView>(await backend.invoke('meetings:open', { personId, occurrence }));
}

export async function getMeeting(
  backend: Backend,
  personId: string,
  meetingId: string,
): Promise<MeetingView> {
  return valueOf<MeetingView>(await backend.invoke('meetings:get', { personId, meetingId }));
}

export async function overview(backend: Backend, personId: string): Promise<MeetingsOverview> {
  return valueOf<MeetingsOverview>(await backend.invoke('meetings:overview', { personId }));
}

/** The upcoming list as `occurrence @ at`, `moved` appended for moved ones. */
export async function upcoming(backend: Backend, personId: string): Promise<string[]> {
  return (await overview(backend, personId)).upcoming.map(
    (u) => `${u.occurrence ?? 'ad hoc'} @ ${u.at}${u.moved ? ' moved' : ''}`,
  );
}

/** Adds talking points in order and returns their ids. */
export async function addPoints(
  backend: Backend,
  personId: string,
  ...texts: string[]
): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) {
    const points = valueOf<{ id: string; text: string }[]>(
      await backend.invoke('points:add', { personId, text, from: 'lead' }),
    );
    ids.push(points.find((p) => p.text === text)!.id);
  }
  return ids;
}
