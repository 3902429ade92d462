import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/contract';
import { ERROR_CODES, type Envelope } from '../../../shared/ipc/errors';
import { createPerson, startBackend, valueOf } from '../helpers/backend';
import { dataFiles, inputFor, type StringPool } from '../helpers/hostile-input';
import { openOccurrence } from '../helpers/meetings';

/**
 * Property: whatever a channel is handed, it answers an envelope (never a rejected promise),
 * never an internal error, and a refused input leaves the data folder as it was. Channels come
 * from the contract, so a new one is covered as soon as it is declared. A fixed seed and a few
 * dozen runs per channel keep CI short and repeatable; FUZZ_SEED and FUZZ_RUNS explore further.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_118);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** The codes a refusal may carry here: `internal` or `storage` on a healthy temp folder is a bug. */
const REFUSAL_CODES = ERROR_CODES.filter((code) => code !== 'internal' && code !== 'storage');

describe('hostile input on every channel', () => {
  // Seeded once and copied for each channel: seeding is a dozen durable writes.
  let root = '';
  let pool: StringPool;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'coachbook-hostile-'));
    pool = await seed(join(root, 'seed'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each(CHANNELS)(
    '%s answers an envelope, never internal, and a refusal writes nothing',
    async (channel) => {
      const dataDir = join(root, channel.replace(':', '-'));
      await cp(join(root, 'seed'), dataDir, { recursive: true });
      const crashes: unknown[] = [];
      const backend = await startBackend(dataDir, { log: (_m, error) => crashes.push(error) });
      let before: Record<string, string> | undefined;
      const property = fc.asyncProperty(inputFor(contract[channel].input, pool), async (recipe) => {
        before ??= await dataFiles(dataDir);
        const answer = await backend.invoke(channel, recipe.build());
        expectEnvelope(answer, crashes);
        await backend.flush();
        if (answer.ok) before = undefined;
        else expect(await dataFiles(dataDir), 'a refused input wrote').toEqual(before);
      });
      await assertWithSeed(channel, property);
    },
    30_000,
  );
});

async function assertWithSeed(channel: Channel, property: fc.IAsyncProperty<[unknown]>) {
  try {
    await fc.assert(property, { seed: SEED, numRuns: RUNS });
  } catch (error) {
    const replay = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run tests/unit/backend/hostile-input.test.ts -t '${channel} '`;
    throw new Error(`${channel} failed (seed ${SEED}); replay with: ${replay}`, { cause: error });
  }
}

function expectEnvelope(answer: unknown, crashes: unknown[]): void {
  // It crosses IPC: it must survive the structured clone, whatever went in.
  expect(() => structuredClone(answer)).not.toThrow();
  const envelope = answer as Envelope<unknown>;
  if (envelope.ok === true) {
    expect(Object.keys(envelope).sort()).toEqual(['ok', 'value']);
    return;
  }
  expect(envelope.ok).toBe(false);
  const { code, message, fields } = envelope.error;
  expect(REFUSAL_CODES, `answered ${code}: ${message} ${String(crashes.at(-1))}`).toContain(code);
  expect(typeof message).toBe('string');
  expect(message).toMatch(/\S/);
  expect(message).not.toMatch(/\[object |Cannot convert|is not a function/);
  expect(message.length).toBeLessThan(1000);
  if (fields === undefined) return;
  expect(Object.keys(fields).length).toBeLessThanOrEqual(20);
  for (const text of Object.values(fields)) expect(typeof text).toBe('string');
}

/**
 * A backend on `dataDir` with one person, a 1:1, a talking point, an action, feedback, praise
 * and a template, so that real ids are in the pool and shaped inputs reach the services.
 */
async function seed(dataDir: string): Promise<StringPool> {
  const backend = await startBackend(dataDir);
  const personId = (await createPerson(backend)).person.id;
  const meetingId = (await openOccurrence(backend, personId, '2026-11-17')).meeting.id;
  const call = async <T>(channel: Channel, input: unknown) =>
    valueOf<T>(await backend.invoke(channel, input));

  const points = await call<{ id: string }[]>('points:add', {
    personId,
    text: 'Rota',
    from: 'lead',
  });
  const action = await call<{ id: string }>('actions:add', {
    personId,
    text: 'Update the macro',
    owner: 'report',
  });
  const feedback = await call<{ id: string }>('feedback:create', {
    personId,
    kind: 'positive',
    date: '2026-11-16',
    situation: 'Outage call',
    behaviour: 'Kept customers updated',
    impact: 'No escalations',
    nextStep: '',
    link: null,
    status: 'to_deliver',
    deliveredOn: null,
    deliveredInMeetingId: null,
    followUpOn: null,
  });
  const praise = await call<{ id: string }>('recognition:create', {
    personIds: [personId],
    text: 'Calm on the outage call',
    date: '2026-11-17',
  });
  const bank = await call<QuestionBankView>('questions:list', undefined);
  const promptIds = bank.prompts.slice(0, 2).map((p) => p.id);
  const templates = await call<QuestionBankView>('questions:saveTemplate', {
    name: 'Check-in',
    promptIds,
  });
  const ids = [
    personId,
    meetingId,
    points[0]!.id,
    action.id,
    feedback.id,
    praise.id,
    ...promptIds,
    ...templates.templates.filter((t) => !t.builtIn).map((t) => t.id),
  ];
  await backend.flush();
  return { ids };
}
