import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../electron/main/app-id';

describe('the Windows app user model id', () => {
  it("equals electron-builder's appId, or toasts show under another name", async () => {
    const yml = await readFile(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    const appId = /^appId:\s*(\S+)\s*$/m.exec(yml)?.[1];
    expect(appId).toBeDefined();
    expect(APP_ID).toBe(appId);
  });

  it('is what the main process sets', async () => {
    const index = await readFile(
      join(import.meta.dirname, '../../../electron/main/index.ts'),
      'utf8',
    );
    expect(index).toContain('app.setAppUserModelId(APP_ID)');
  });
});
