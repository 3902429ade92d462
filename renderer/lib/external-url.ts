/**
 * The links a note may offer for opening: plain http(s) with a host and no user name or
 * password, the same rule as the main process applies before it hands a URL to the system
 * browser (electron/backend/security/url-policy.ts). Anything else is shown as text.
 */
export function openableUrl(candidate: string | undefined | null): string | null {
  if (!candidate || candidate.length > 2048) return null;
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
