import { describe, expect, it } from 'vitest';
import { FolderInUseError } from '../../../electron/backend/storage/folder-lock';
import { startFailure } from '../../../electron/main/start-failure';

describe('startFailure', () => {
  it('says another Coachbook holds the folder, which one, and where the folder is', () => {
    const error = new FolderInUseError(
      { pid: 4242, host: 'desk-7', startedAt: '2026-11-18T08:00:00.000Z', token: 't' },
      '/data/coachbook.lock',
    );
    const shown = startFailure(error, '/data');
    expect(shown.title).toBe('Coachbook is already open on this data folder');
    expect(shown.message).toBe(
      'This data folder is in use by Coachbook (process 4242 on desk-7, since 2026-11-18T08:00:00.000Z). ' +
        'Two copies writing to one folder lose changes, so this one opened nothing. Close the other one and start again. ' +
        'If it is not running any more (for example on a computer that is off), delete /data/coachbook.lock and start again.' +
        '\n\nData folder: /data',
    );
  });

  it('gives any other failure with its reason', () => {
    expect(startFailure(new Error('The team file could not be opened.'), '/data')).toEqual({
      title: 'Coachbook cannot open its data',
      message: 'The team file could not be opened.\n\nData folder: /data',
    });
  });
});
