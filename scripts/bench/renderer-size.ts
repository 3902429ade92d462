// What the renderer costs to open: the JavaScript and CSS that out/renderer/index.html loads at
// start (its module script, everything that script imports statically, its modulepreloads and
// stylesheets), never the chunks loaded lazily when a screen is first visited.
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  files: number;
  raw: number;
  gzip: number;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

async function sizes(dir: string, files: Iterable<string>): Promise<Sizes> {
  const total: Sizes = { files: 0, raw: 0, gzip: 0 };
  for (const file of files) {
    const body = await readFile(join(dir, file));
    total.files++;
    total.raw += body.length;
    total.gzip += gzipSync(body).length;
  }
  return total;
}

export async function rendererSizes(rendererDir: string) {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const attr = (tag: RegExp, name: string) =>
    [...html.matchAll(tag)].map((m) => new RegExp(`${name}="\\.?/?([^"]+)"`).exec(m[0])?.[1] ?? '');
  const entries = [
    ...attr(/<script\b[^>]*type="module"[^>]*>/g, 'src'),
    ...attr(/<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href'),
  ].filter(Boolean);
  const css = attr(/<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href').filter(Boolean);

  const all = (await readdir(join(rendererDir, 'assets'))).map((f) => `assets/${f}`);
  const initial = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    const code = await readFile(join(rendererDir, file), 'utf8');
    // Only our own chunks: a library's source text may mention `from './x.js'` in a string.
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec!));
      if (all.includes(target)) queue.push(target);
    }
  }
  const lazy = all.filter((f) => f.endsWith('.js') && !initial.has(f));
  return {
    initialJs: await sizes(rendererDir, initial),
    initialCss: await sizes(rendererDir, css),
    lazyJs: await sizes(rendererDir, lazy),
    lazyCss: await sizes(
      rendererDir,
      all.filter((f) => f.endsWith('.css') && !css.includes(f)),
    ),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
export const formatSizes = (s: Sizes) =>
  `${kb(s.raw)} raw, ${kb(s.gzip)} gzip (${s.files} file${s.files === 1 ? '' : 's'})`;
