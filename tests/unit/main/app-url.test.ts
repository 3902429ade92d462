import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY, isAppUrl, resolveAppFile } from '../../../electron/main/app-url';

describe('resolveAppFile', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'coachbook-renderer-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('maps an asset path to a file inside the renderer folder', () => {
    expect(resolveAppFile('app://coachbook/assets/index-abc123.js', root)).toBe(
      join(root, 'assets', 'index-abc123.js'),
    );
  });

  it('serves index.html for the root and ignores query and hash', () => {
    expect(resolveAppFile('app://coachbook/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(APP_ENTRY, root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://coachbook/index.html?x=1#top', root)).toBe(
      join(root, 'index.html'),
    );
  });

  it('decodes escaped characters in file names', () => {
    expect(resolveAppFile('app://coachbook/fonts/My%20Font.woff2', root)).toBe(
      join(root, 'fonts', 'My Font.woff2'),
    );
  });

  it.each([
    'app://coachbook/..%2f..%2fetc%2fpasswd',
    'app://coachbook/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://coachbook/assets/..%2f..%2f..%2fetc/passwd',
  ])('refuses an encoded climb out of the folder: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it.each(['app://coachbook/../../etc/passwd', 'app://coachbook/%2e%2e/%2e%2e/etc/passwd'])(
    'never leaves the folder for the plain climb %s',
    (url) => {
      // The URL parser already removes these dot segments, so what remains is inside the folder.
      expect(resolveAppFile(url, root)).toBe(join(root, 'etc', 'passwd'));
    },
  );

  it.each([
    'app://evil/index.html',
    'app://coachbook.evil/index.html',
    'https://coachbook/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses another host or scheme: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('refuses a null byte and a malformed escape', () => {
    expect(resolveAppFile('app://coachbook/index.html%00.png', root)).toBeNull();
    expect(resolveAppFile('app://coachbook/%E0%A4%A', root)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts our scheme and host only', () => {
    expect(isAppUrl('app://coachbook/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://coachbook/')).toBe(false);
    expect(isAppUrl('::not a url::')).toBe(false);
  });

  it('accepts the dev server origin only when given, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'not a url')).toBe(false);
  });
});
