// Types for electron-binary.mjs, which `npm start` runs as plain JavaScript.
export type Located = { path: string } | { missing: string; override?: boolean };
export type Installed = { ok: true } | { ok: false; reason: string };
export function locateElectron(pkgDir: string, env?: NodeJS.ProcessEnv): Located;
export function runInstaller(pkgDir: string, env?: NodeJS.ProcessEnv): Installed;
export function noElectronParagraph(reason: string, version: string): string;
export function ensureElectron(
  pkgDir: string,
  options?: {
    env?: NodeJS.ProcessEnv;
    install?: (pkgDir: string, env: NodeJS.ProcessEnv) => Installed;
  },
): { path: string; failed?: undefined } | { failed: string; path?: undefined };
