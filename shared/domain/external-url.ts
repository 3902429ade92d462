/**
 * The only URLs Coachbook offers for opening: plain http(s) links with a host and no
 * credentials. Everything else (file:, javascript:, custom schemes, smb shares) is refused. The
 * main process applies it before it hands a URL to the system browser, and notes and the
 * training log show anything else as text. Returns the normalised URL to open (never the raw
 * string, which may hide control characters), or null.
 */
export function safeExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
