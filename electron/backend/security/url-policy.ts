/**
 * The only URLs Coachbook hands to the system browser: plain http(s) links with a host and no
 * credentials. Everything else (file:, javascript:, custom schemes, smb shares) is refused.
 */
export function isSafeExternalUrl(candidate: unknown): boolean {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (!url.hostname || url.username || url.password) return false;
  return true;
}
