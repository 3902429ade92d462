import { expect } from 'vitest';
import {
  createBackend,
  type Backend,
  type BackendOptions,
} from '../../../electron/backend/create-backend';
import type { PersonView } from '../../../shared/ipc/channels/people';
import type { AppErrorShape, Envelope } from '../../../shared/ipc/errors';
import { fixedClock, personInput } from './people';

export function startBackend(
  dataDir: string,
  options: Partial<BackendOptions> = {},
): Promise<Backend> {
  // A fixed locale (weeks from Monday), so tests read the same on every machine.
  return createBackend({ dataDir, clock: fixedClock, locale: 'en-GB', ...options });
}

/** The value of an ok envelope; fails the test with the error otherwise. */
export function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) expect.fail(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** The error of a failed envelope; fails the test when it was ok. */
export function errorOf(envelope: Envelope<unknown>): AppErrorShape {
  if (envelope.ok) expect.fail(`expected an error, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

export async function createPerson(
  backend: Backend,
  overrides: Parameters<typeof personInput>[0] = {},
): Promise<PersonView> {
  return valueOf<PersonView>(await backend.invoke('people:create', personInput(overrides)));
}
