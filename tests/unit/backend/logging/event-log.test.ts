import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileEventLog,
  framesOf,
  idsIn,
  logLine,
} from '../../../../electron/backend/logging/event-log';
import { RotatingFile } from '../../../../electron/backend/logging/rotating-file';
import { fixedClock } from '../../helpers/people';
import { listNames, useTempDir } from '../../helpers/temp-dir';

const AT = new Date('2026-11-18T09:00:00.000Z');
const UUID = '7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f';
const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

describe('logLine', () => {
  it('writes one JSON line with the time, level, event and the fields given', () => {
    const line = logLine(AT, 'warn', 'ipc:refused', {
      channel: 'people:update',
      code: 'invalid_input',
      ids: { id: UUID },
    });
    expect(line.endsWith('\n')).toBe(true);
    expect(parse(line)).toEqual({
      time: '2026-11-18T09:00:00.000Z',
      level: 'warn',
      event: 'ipc:refused',
      channel: 'people:update',
      code: 'invalid_input',
      ids: { id: UUID },
    });
  });

  it('drops any field that is not a code-like token, a channel of the contract or a uuid', () => {
    const entry = parse(
      logLine(AT, 'error', 'renderer:error', {
        channel: 'Priya Raman',
        code: 'a note with spaces',
        kind: 'line\nbreak',
        component: 'x'.repeat(81),
        errorName: 'Bad name!',
        ids: { personId: 'Priya', name: UUID, meetingId: UUID } as Record<string, string>,
        version: '"quoted"',
      }),
    );
    expect(entry).toEqual({
      time: '2026-11-18T09:00:00.000Z',
      level: 'error',
      event: 'renderer:error',
      ids: { meetingId: UUID },
    });
  });

  it("keeps an error's class, system code and code locations, never its message", () => {
    const error = Object.assign(new TypeError('Priya said: my secret'), { code: 'ENOSPC' });
    const entry = parse(logLine(AT, 'error', 'ipc:failed', {}, error));
    expect(entry).toMatchObject({ errorName: 'TypeError', errno: 'ENOSPC' });
    expect(entry.frames).toEqual(expect.arrayContaining([expect.stringMatching(/\.ts:\d+$/)]));
    expect(JSON.stringify(entry)).not.toContain('secret');
  });

  it('names what was thrown when it was not an Error, and keeps nothing of it', () => {
    const entry = parse(logLine(AT, 'error', 'main:unhandledRejection', {}, 'Priya secret'));
    expect(entry).toMatchObject({ errorName: 'non-error-string' });
    expect(JSON.stringify(entry)).not.toContain('secret');
  });
});

describe('framesOf', () => {
  it('keeps function and file names with line numbers, without folders', () => {
    const error = new Error('boom');
    error.stack = [
      'Error: boom',
      '    at saveNotes (/home/priya/app/out/main/index.js:120:7)',
      '    at async Promise.all (index 0)',
      '    at file:///C:/Users/Priya/coachbook/meetings-service.ts:9:3',
      '    at new Store (C:\\Users\\Priya\\store.ts:4:1)',
    ].join('\n');
    expect(framesOf(error)).toEqual([
      'saveNotes@index.js:120',
      'meetings-service.ts:9',
      'Store@store.ts:4',
    ]);
  });

  it('keeps no frame when the stack does not start with the error itself', () => {
    const error = new Error('first line\n    at secret (x.ts:1:1)');
    error.stack = 'Something else\n    at secret (x.ts:1:1)';
    expect(framesOf(error)).toBeUndefined();
  });

  it('does not mistake a message line shaped like a frame for one', () => {
    const error = new Error('note\n    at PriyaSecret (notes.ts:1:1)');
    expect(framesOf(error)?.join(' ') ?? '').not.toContain('PriyaSecret');
  });
});

describe('idsIn', () => {
  it('takes top-level id fields holding uuids, and nothing else', () => {
    expect(idsIn({ personId: UUID, id: UUID, name: UUID, note: 'x', meetingId: 'm-1' })).toEqual({
      personId: UUID,
      id: UUID,
    });
    expect(idsIn('Priya')).toBeUndefined();
    expect(idsIn({ text: 'Priya' })).toBeUndefined();
  });
});

describe('RotatingFile', () => {
  const dir = useTempDir();

  it('rotates when the next line would pass the cap and keeps only the newest files', async () => {
    const file = new RotatingFile({ dir: join(dir(), 'logs'), maxBytes: 100, keep: 2 });
    const line = (n: number) => `${String(n).padStart(2, '0')}${'.'.repeat(36)}\n`; // 39 bytes
    for (let n = 1; n <= 9; n++) file.append(line(n));

    expect(await listNames(join(dir(), 'logs'))).toEqual([
      'coachbook.1.log',
      'coachbook.2.log',
      'coachbook.log',
    ]);
    const read = (name: string) => readFile(join(dir(), 'logs', name), 'utf8');
    expect(await read('coachbook.log')).toBe(line(9));
    expect(await read('coachbook.1.log')).toBe(line(7) + line(8));
    expect(await read('coachbook.2.log')).toBe(line(5) + line(6));
    for (const path of file.paths()) {
      expect((await readFile(path)).byteLength).toBeLessThanOrEqual(100);
    }
  });

  it('counts a file left by an earlier run against the cap', async () => {
    await writeFile(join(dir(), 'coachbook.log'), 'x'.repeat(90));
    const file = new RotatingFile({ dir: dir(), maxBytes: 100, keep: 3 });
    file.append('y'.repeat(20));
    expect(await listNames(dir())).toEqual(['coachbook.1.log', 'coachbook.log']);
    expect(await readFile(join(dir(), 'coachbook.log'), 'utf8')).toBe('y'.repeat(20));
  });

  it('never throws when the folder cannot be written', () => {
    const file = new RotatingFile({ dir: join(dir(), 'coachbook.log', 'nested') });
    expect(() => file.append('line\n')).not.toThrow();
  });

  it('is what fileEventLog writes, one line per event', async () => {
    const log = fileEventLog({ dir: dir(), clock: fixedClock });
    log.info('app:started', { version: '1.2.3', platform: 'linux' });
    log.info('app:quit');
    const lines = (await readFile(join(dir(), 'coachbook.log'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => parse(l).event)).toEqual(['app:started', 'app:quit']);
  });
});
