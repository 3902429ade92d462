import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../../shared/domain/external-url';

const isSafe = (candidate: unknown) => safeExternalUrl(candidate) !== null;

describe('safeExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#top',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Upper',
    'https://docs.example.com:8443/guide',
    'https://192.0.2.10/status',
  ])('allows the http(s) link %s', (url) => {
    expect(isSafe(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/doc.txt',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'slack://open',
    'ftp://example.com/file',
    'app://coachbook/index.html',
    'mailto:sam@example.com',
  ])('refuses the non-http(s) URL %s', (url) => {
    expect(isSafe(url)).toBe(false);
  });

  it.each([
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'http://:secret@example.com/',
  ])('refuses credentials in the URL: %s', (url) => {
    expect(isSafe(url)).toBe(false);
  });

  it.each(['', 'example.com', '/relative/path', 'https://', 'http://exa mple.com'])(
    'refuses what does not parse as an absolute http(s) URL: %j',
    (url) => {
      expect(isSafe(url)).toBe(false);
    },
  );

  it.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])(
    'refuses a non-string: %j',
    (value) => {
      expect(isSafe(value)).toBe(false);
    },
  );

  it('allows 2048 characters and refuses 2049', () => {
    const base = 'https://example.com/';
    expect(isSafe(base + 'a'.repeat(2048 - base.length))).toBe(true);
    expect(isSafe(base + 'a'.repeat(2049 - base.length))).toBe(false);
  });
});
