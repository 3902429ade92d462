import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../electron/backend/context';
import { CHANNELS } from '../../../shared/ipc/contract';
import { startBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const root = join(import.meta.dirname, '../../..');
const channelsDir = join(root, 'shared/ipc/channels');
const backendDir = join(root, 'electron/backend');

const areaOf = (channel: string) => channel.slice(0, channel.indexOf(':'));
const sorted = (items: Iterable<string>) => [...items].sort();

/** Every exported `…Channels` or `…Handlers` map of one module, by export name. */
type Maps = Map<string, string[]>;

/** `shared/ipc/channels/<area>.ts`: the channel maps each file declares. */
async function channelMaps(): Promise<Map<string, Maps>> {
  const files = (await readdir(channelsDir)).filter((f) => f.endsWith('.ts'));
  const byArea = new Map<string, Maps>();
  for (const file of files) {
    const module = (await import(join(channelsDir, file))) as Record<string, unknown>;
    const maps: Maps = new Map();
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Channels')) maps.set(name, Object.keys(value as object));
    }
    byArea.set(basename(file, '.ts'), maps);
  }
  return byArea;
}

/**
 * `electron/backend/<area>/handlers.ts`: the channels each handler module serves. Building a
 * module's handlers only constructs its services, so an empty context will do.
 */
async function handlerMaps(): Promise<Map<string, Maps>> {
  const folders = await readdir(backendDir, { withFileTypes: true });
  const byArea = new Map<string, Maps>();
  for (const folder of folders.filter((f) => f.isDirectory())) {
    const files = await readdir(join(backendDir, folder.name));
    if (!files.includes('handlers.ts')) continue;
    const module = (await import(join(backendDir, folder.name, 'handlers.ts'))) as Record<
      string,
      unknown
    >;
    const maps: Maps = new Map();
    for (const [name, value] of Object.entries(module)) {
      if (!name.endsWith('Handlers') || typeof value !== 'function') continue;
      maps.set(name, Object.keys(value({} as BackendContext) as object));
    }
    byArea.set(folder.name, maps);
  }
  return byArea;
}

describe('channel areas', () => {
  const dir = useTempDir();

  it('declares each area in its own file: <area>Channels in shared/ipc/channels/<area>.ts', async () => {
    for (const [area, maps] of await channelMaps()) {
      expect(sorted(maps.keys()), area).toEqual([`${area}Channels`]);
      const channels = maps.get(`${area}Channels`)!;
      expect(channels.length, area).toBeGreaterThan(0);
      expect(
        channels.filter((c) => areaOf(c) !== area),
        area,
      ).toEqual([]);
    }
  });

  it('merges every channel file into the contract, each channel once', async () => {
    const declared = [...(await channelMaps()).values()].flatMap((maps) => [...maps.values()]);
    expect(declared.flat().length).toBe(new Set(declared.flat()).size);
    expect(sorted(declared.flat())).toEqual(sorted(CHANNELS));
  });

  it('serves each area from electron/backend/<area>/handlers.ts, and nothing else there', async () => {
    const handlers = await handlerMaps();
    const areas = new Set(CHANNELS.map(areaOf));
    expect(sorted(handlers.keys())).toEqual(sorted(areas));
    for (const [area, maps] of handlers) {
      expect(sorted(maps.keys()), area).toEqual([`${area}Handlers`]);
      expect(sorted(maps.get(`${area}Handlers`)!), area).toEqual(
        sorted(CHANNELS.filter((c) => areaOf(c) === area)),
      );
    }
  });

  it('gives every channel of the contract exactly one handler, all in the backend', async () => {
    const served = [...(await handlerMaps()).values()].flatMap((maps) => [...maps.values()]).flat();
    const counts = new Map<string, number>();
    for (const channel of served) counts.set(channel, (counts.get(channel) ?? 0) + 1);
    expect(CHANNELS.filter((c) => counts.get(c) !== 1)).toEqual([]);
    expect(served.filter((c) => !CHANNELS.includes(c as never))).toEqual([]);

    const backend = await startBackend(dir());
    expect(sorted(Object.keys(backend.handlers))).toEqual(sorted(CHANNELS));
  });
});
