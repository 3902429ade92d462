import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Backend } from '../../../electron/backend/create-backend';
import { dispatch, buildHandlerTable } from '../../../electron/backend/handler-table';
import { UNREADABLE_INPUT } from '../../../electron/backend/input-issues';
import { fileEventLog } from '../../../electron/backend/logging/event-log';
import type { MeetingView } from '../../../shared/ipc/channels/meetings';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { isChannel } from '../../../shared/ipc/contract';
import { fieldErrors } from '../../../shared/model/validation';
import { errorOf, startBackend, valueOf } from '../helpers/backend';
import { dataFiles, makeHostile, type HostileKind } from '../helpers/hostile-input';
import { fixedClock } from '../helpers/people';
import { addPoints, getMeeting, openOccurrence, withPerson } from '../helpers/meetings';
import { useTempDir } from '../helpers/temp-dir';

/**
 * The channels the fuzzing in issue 12 found rejecting their promise instead of answering
 * (`points:update` among them, since removed: nothing used it).
 */
const NAMED_CHANNELS = [
  'meetings:createAdHoc',
  'meetings:saveNotes',
  'meetings:setMood',
  'points:resolve',
  'questions:saveTemplate',
] as const;

const KINDS: HostileKind[] = [
  'constructorNameNotText',
  'constructorGetterThrows',
  'toStringNotAFunction',
  'conversionThrows',
  'nullPrototype',
  'getterThrows',
  'proxyThrows',
  'arrayProxyThrows',
  'revokedProxy',
  'symbol',
  'bigint',
  'func',
  'deepObject',
  'hugeArrayOfWrongType',
  'sparseArray',
  'manyKeys',
  'protoKeys',
];

interface Seeded {
  backend: Backend;
  ids: { personId: string; meetingId: string; pointId: string; promptId: string };
}

async function seeded(dataDir: string): Promise<Seeded> {
  const { backend, personId } = await withPerson(dataDir);
  const meetingId = (await openOccurrence(backend, personId, '2026-11-17')).meeting.id;
  const [pointId] = await addPoints(backend, personId, 'Weekend rota');
  const bank = valueOf<QuestionBankView>(await backend.invoke('questions:list', undefined));
  await backend.flush();
  return {
    backend,
    ids: { personId, meetingId, pointId: pointId!, promptId: bank.prompts[0]!.id },
  };
}

/** An input each named channel accepts, so that only the field made hostile is wrong. */
function validInput(channel: (typeof NAMED_CHANNELS)[number], ids: Seeded['ids']) {
  const { personId, meetingId, pointId, promptId } = ids;
  return {
    'meetings:createAdHoc': { personId, at: '2026-11-20T10:00' },
    'meetings:saveNotes': { personId, meetingId, notes: 'Notes', privateNotes: '' },
    'meetings:setMood': { personId, meetingId, mood: { score: 4, word: 'steady' } },
    'points:resolve': { personId, pointId, meetingId, resolved: true },
    'questions:saveTemplate': { name: 'Check-in', promptIds: [promptId], id: null },
  }[channel];
}

describe('the channels issue 12 named, with hostile field values', () => {
  const dir = useTempDir();

  it('names only channels that are in the contract', () => {
    expect(NAMED_CHANNELS.filter((name) => !isChannel(name))).toEqual([]);
  });

  it.each(NAMED_CHANNELS)(
    '%s refuses each hostile field with a message and writes nothing',
    async (channel) => {
      const { backend, ids } = await seeded(dir());
      const before = await dataFiles(dir());
      const base = validInput(channel, ids);
      for (const field of Object.keys(base)) {
        for (const kind of KINDS) {
          const input = { ...base, [field]: makeHostile(kind) };
          const error = errorOf(await backend.invoke(channel, input));
          expect(error.code, `${field} = ${kind}`).toBe('invalid_input');
          expect(error.message, `${field} = ${kind}`).toMatch(/^\S.*\.$/);
          expect(error.message).not.toMatch(/\[object |Cannot convert/);
        }
      }
      // A whole input that cannot be read: no field to name, still an answer.
      for (const kind of ['proxyThrows', 'revokedProxy', 'conversionThrows'] as const) {
        expect(errorOf(await backend.invoke(channel, makeHostile(kind))).code).toBe(
          'invalid_input',
        );
      }
      await backend.flush();
      expect(await dataFiles(dir())).toEqual(before);
    },
    30_000,
  );

  it('names the field and the type, never the value, where the input is not what the schema wants', async () => {
    const { backend, ids } = await seeded(dir());
    const { personId, meetingId, pointId } = ids;
    const resolved = makeHostile('constructorNameNotText');
    expect(
      errorOf(await backend.invoke('points:resolve', { personId, pointId, meetingId, resolved })),
    ).toEqual({
      code: 'invalid_input',
      message: 'resolved should be true or false, not an object.',
      fields: { resolved: 'resolved should be true or false, not an object.' },
    });
    const at = Object.create(null) as object;
    expect(errorOf(await backend.invoke('meetings:createAdHoc', { personId, at })).message).toBe(
      'at should be text, not an object.',
    );
    const mood = { score: 10n, word: 'ok' };
    expect(
      errorOf(await backend.invoke('meetings:setMood', { personId, meetingId, mood })).fields,
    ).toEqual({ 'mood.score': 'mood.score should be a number, not a big integer.' });
    expect(
      errorOf(await backend.invoke('meetings:saveNotes', { personId, meetingId, notes: '' }))
        .fields,
    ).toEqual({ privateNotes: 'privateNotes is missing.' });
  });

  it('answers a getter or proxy that throws as an input it cannot read', async () => {
    const { backend, ids } = await seeded(dir());
    const notes = Object.defineProperty({ ...ids, privateNotes: '' }, 'notes', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(errorOf(await backend.invoke('meetings:saveNotes', notes))).toEqual({
      code: 'invalid_input',
      message: UNREADABLE_INPUT,
    });
    expect(errorOf(await backend.invoke('meetings:setMood', makeHostile('proxyThrows')))).toEqual({
      code: 'invalid_input',
      message: UNREADABLE_INPUT,
    });
  });

  it('still answers when what an input throws cannot be described in the log', async () => {
    const logs = join(dir(), 'logs');
    const eventLog = fileEventLog({ dir: logs, clock: fixedClock });
    const backend = await startBackend(join(dir(), 'data'), { eventLog });
    const throwing = (thrown: unknown) =>
      Object.defineProperty({}, 'personId', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
    for (const thrown of [makeHostile('proxyThrows'), new Error('no'), Symbol('thrown')]) {
      expect(errorOf(await backend.invoke('meetings:overview', throwing(thrown)))).toEqual({
        code: 'invalid_input',
        message: UNREADABLE_INPUT,
      });
    }
    const lines = (await readFile(join(logs, 'coachbook.log'), 'utf8')).trim().split('\n');
    const refusals = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(refusals.map((r) => [r.event, r.channel, r.errorName])).toEqual([
      ['ipc:refused', 'meetings:overview', undefined],
      ['ipc:refused', 'meetings:overview', 'Error'],
      ['ipc:refused', 'meetings:overview', 'non-error-symbol'],
    ]);
  });

  it('answers a million-item list at once, and sends back at most 20 field messages', async () => {
    const { backend } = await seeded(dir());
    const million = new Array<number>(1_000_000).fill(7);
    const tooMany = errorOf(
      await backend.invoke('questions:saveTemplate', { name: 'T', promptIds: million }),
    );
    expect(tooMany.message).toBe('Keep a template to 30 prompts at most.');
    const thirtyNumbers = new Array<number>(30).fill(7);
    const error = errorOf(
      await backend.invoke('questions:saveTemplate', { name: 'T', promptIds: thirtyNumbers }),
    );
    expect(error.message).toBe('promptIds.0 should be text, not a number.');
    expect(Object.keys(error.fields ?? {})).toHaveLength(20);
  });

  it('keeps notes with lone surrogates exactly, and a __proto__ key pollutes nothing', async () => {
    const { backend, ids } = await seeded(dir());
    const input = JSON.parse(
      `{"__proto__": {"polluted": true}, "personId": "${ids.personId}", "meetingId": "${ids.meetingId}", "notes": "\\ud800 half \\udfff", "privateNotes": ""}`,
    ) as unknown;
    valueOf(await backend.invoke('meetings:saveNotes', input));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const view: MeetingView = await getMeeting(backend, ids.personId, ids.meetingId);
    expect(view.meeting.notes).toBe('\uD800 half \uDFFF');
  });
});

describe('messages built from what the renderer sent', () => {
  it('answers a channel name that is not text without turning it into text', async () => {
    const table = buildHandlerTable({} as never);
    for (const name of [{ toString: 1 }, Object.create(null), Symbol('x'), 1n]) {
      expect(await dispatch(table, name, {})).toEqual({
        ok: false,
        error: {
          code: 'unknown_channel',
          message: 'Coachbook has no such channel: a channel name is text.',
        },
      });
    }
    const long = await dispatch(table, `x:${'y'.repeat(500)}`, {});
    expect(errorOf(long).message.length).toBeLessThan(120);
  });

  it('keeps a field message for a key named __proto__, constructor or toString', () => {
    const error = new z.ZodError(
      ['__proto__', 'constructor', 'toString'].map((key) => ({
        code: 'custom' as const,
        path: [key],
        message: `Bad ${key}.`,
        input: undefined,
      })),
    );
    const fields = fieldErrors(error);
    expect(Object.entries(fields)).toEqual([
      ['__proto__', 'Bad __proto__.'],
      ['constructor', 'Bad constructor.'],
      ['toString', 'Bad toString.'],
    ]);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});
