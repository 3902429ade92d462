import { describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../../electron/backend/app/notices';
import { StorageHealth } from '../../../../electron/backend/storage/storage-health';
import { fixedClock } from '../../helpers/people';
import { DISK_FULL, faultyFs } from '../../helpers/faulty-fs';
import { listNames, useTempDir } from '../../helpers/temp-dir';

const enospc = () => Object.assign(new Error('no space'), { code: 'ENOSPC' });

describe('StorageHealth', () => {
  const dir = useTempDir();

  function health(probeEveryMs = 60_000) {
    const faults = faultyFs();
    const notices = new Notices(fixedClock);
    const events = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const h = new StorageHealth({ dataDir: dir(), fs: faults.fs, notices, events, probeEveryMs });
    return { h, faults, notices, events };
  }

  it('is writable until a write fails for a folder-wide cause', async () => {
    const { h, notices } = health();
    await expect(h.assertWritable()).resolves.toBeUndefined();
    const error = await h.failed(enospc(), 'people/p-1.json');
    expect(error.message).toMatch(/^Coachbook cannot save: the disk is full \(ENOSPC\)/);
    expect(h.readOnly?.code).toBe('ENOSPC');
    expect(notices.list()).toEqual([
      expect.objectContaining({ id: 'live-storage', dismissible: false }),
    ]);
    h.close();
  });

  it('leaves read-only mode by itself once its periodic probe can write, with no edit', async () => {
    const { h, faults, notices, events } = health(20);
    faults.fail(DISK_FULL);
    await h.failed(enospc(), 'x');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(h.readOnly?.code).toBe('ENOSPC');

    faults.heal();
    await vi.waitFor(() => expect(h.readOnly).toBeNull(), { timeout: 2000, interval: 10 });
    expect(notices.list()).toEqual([]);
    expect(events.info).toHaveBeenCalledWith('storage:writable', { code: 'ENOSPC' });
    // The probe leaves nothing behind.
    expect(await listNames(dir())).toEqual([]);
    h.close();
  });

  it('probes before calling a permission error folder-wide: one read-only file is not the folder', async () => {
    const { h } = health();
    const eacces = Object.assign(new Error('denied'), { code: 'EACCES' });
    const error = await h.failed(eacces, 'people/p-1.json');
    expect(h.readOnly).toBeNull();
    expect(error.message).toContain(
      'could not save people/p-1.json: Coachbook is not allowed to write there (EACCES)',
    );
  });

  it('keeps writes refused while a recovery step fails, and runs it before resuming', async () => {
    const { h } = health();
    const step = vi.fn().mockRejectedValueOnce(enospc()).mockResolvedValue(undefined);
    h.addRecoveryStep(step);
    h.enter({ code: 'EROFS', text: 'the data folder is read-only', advice: '', folderWide: true });
    await expect(h.assertWritable()).rejects.toMatchObject({ code: 'storage' });
    await expect(h.assertWritable()).resolves.toBeUndefined();
    expect(step).toHaveBeenCalledTimes(2);
  });

  it('refuses every write after a fatal cause until the next start', async () => {
    const { h } = health();
    h.enterFatal({
      code: 'EIO',
      text: 'the disk reported a read or write error',
      advice: 'Restart.',
      folderWide: true,
    });
    expect(await h.probe()).toBe(false);
    await expect(h.assertWritable()).rejects.toThrow(/disk reported a read or write error \(EIO\)/);
    h.close();
  });
});
