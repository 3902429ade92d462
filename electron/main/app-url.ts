import { normalize, relative, resolve, sep } from 'node:path';

/** The custom scheme the renderer is served from, instead of file://. */
export const APP_SCHEME = 'app';
const APP_HOST = 'coachbook';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True for pages of our own: the app scheme, or the dev server electron-vite runs (dev only). */
export function isAppUrl(candidate: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Maps an app:// request to a file inside the renderer folder, or null when the request is for
 * another host or tries to climb out of the folder. (The URL parser already folds plain `../`
 * segments; encoded ones such as `..%2f` are caught here after decoding.)
 */
export function resolveAppFile(requestUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, normalize(`.${pathname === '/' ? '/index.html' : pathname}`));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(rel) === rel)
    return null;
  return file;
}
