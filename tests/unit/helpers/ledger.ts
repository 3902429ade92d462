import type { Backend } from '../../../electron/backend/create-backend';
import type { MeetingsOverview } from '../../../shared/ipc/channels/meetings';
import type { PersonView } from '../../../shared/ipc/channels/people';
import type { TodayOverview } from '../../../shared/ipc/channels/today';
import type { Brief } from '../../../shared/model/brief';
import type { Cadence } from '../../../shared/model/person';
import { createPerson, startBackend, valueOf } from './backend';
import { personInput, weeklyCadence } from './people';

// The ledger through the channels only: a backend whose clock the test moves, one person on a
// cadence, and the views that list their 1:1s. Times are local wall-clock, so a case reads the
// same in every zone CI runs it in.

export function movableClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => new Date(now),
    set: (local: string) => {
      now = new Date(local);
    },
  };
}

/** A backend at local time `start` with one person (Sam Lee) on the cadence. */
export async function setupLedger(dataDir: string, start: string, cadence: Partial<Cadence>) {
  const time = movableClock(start);
  const backend = await startBackend(dataDir, { clock: time.clock });
  const view = await createPerson(backend, { cadence: weeklyCadence(cadence) });
  return { backend, personId: view.person.id, time };
}

export const overviewOf = async (backend: Backend, personId: string) =>
  valueOf<MeetingsOverview>(await backend.invoke('meetings:overview', { personId }));
export const todayOf = async (backend: Backend) =>
  valueOf<TodayOverview>(await backend.invoke('today:overview', undefined));
export const briefOf = async (backend: Backend, personId: string) =>
  valueOf<Brief>(await backend.invoke('brief:get', { personId }));
export const ats = (items: { at: string }[]) => items.map((i) => i.at);

/** Saves the person form with the cadence changed as given, everything else as it was. */
export async function editCadence(backend: Backend, personId: string, cadence: Partial<Cadence>) {
  const current = valueOf<PersonView>(await backend.invoke('people:get', { id: personId }));
  return valueOf<PersonView>(
    await backend.invoke('people:update', {
      id: personId,
      changes: personInput({ cadence: { ...current.person.cadence, ...cadence } }),
    }),
  );
}
