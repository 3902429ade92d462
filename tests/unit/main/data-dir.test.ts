import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/main/data-dir';

const USER_DATA = '/home/lead/.config/Coachbook';

describe('resolveDataDir', () => {
  it('uses userData/data by default', () => {
    expect(resolveDataDir({}, null, USER_DATA)).toBe(join(USER_DATA, 'data'));
  });

  it('uses an absolute setting', () => {
    expect(resolveDataDir({}, '/srv/coachbook', USER_DATA)).toBe('/srv/coachbook');
  });

  it('lets COACHBOOK_DATA_DIR win over the setting, trimmed', () => {
    const env = { COACHBOOK_DATA_DIR: '  /tmp/coachbook-e2e  ' };
    expect(resolveDataDir(env, '/srv/coachbook', USER_DATA)).toBe('/tmp/coachbook-e2e');
  });

  it('ignores relative and blank paths', () => {
    expect(resolveDataDir({ COACHBOOK_DATA_DIR: 'data' }, 'relative/dir', USER_DATA)).toBe(
      join(USER_DATA, 'data'),
    );
    expect(resolveDataDir({ COACHBOOK_DATA_DIR: '   ' }, '/srv/coachbook', USER_DATA)).toBe(
      '/srv/coachbook',
    );
    expect(resolveDataDir({}, '', USER_DATA)).toBe(join(USER_DATA, 'data'));
  });
});
