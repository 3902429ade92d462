// The skills matrix for 20 people × 40 skills in Debian's Chromium: the time from a key press
// (a digit on a focused cell) to the grid showing the new level, over the real backend as the
// web test host serves it. Measured in the page from the key event's own time stamp: `shown` when
// React has put the new level in the cell, `painted` after the next frame.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { createBackend } from '../../electron/backend/create-backend';
import { serveFolder } from './static-server';

const PEOPLE = 20;
const SKILLS = 40;
const PRESSES = 60;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const GROUPS = ['queues', 'channels', 'products', 'tools', 'soft-skills'];

/** Records, per digit pressed in the grid, when the focused cell first shows it, then paints. */
const PRESS_SCRIPT = `(() => {
  const presses = (window.__presses = []);
  document.addEventListener('keydown', (event) => {
    if (!/^[0-4]$/.test(event.key)) return;
    const cell = document.activeElement;
    const entry = { start: event.timeStamp };
    presses.push(entry);
    const done = () => {
      if (entry.shown !== undefined || !cell.textContent.includes(event.key)) return false;
      entry.shown = performance.now() - entry.start;
      requestAnimationFrame(() => setTimeout(() => (entry.painted = performance.now() - entry.start)));
      return true;
    };
    const observer = new MutationObserver(() => done() && observer.disconnect());
    observer.observe(cell, { childList: true, subtree: true, characterData: true });
  }, true);
})();`;

const pick = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

async function waitFor(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function benchMatrix(root: string): Promise<void> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (c): c is string => Boolean(c) && existsSync(c!),
  );
  if (!executablePath) {
    console.log(
      'skills matrix timing skipped: no Chromium (install chromium or set CHROMIUM_PATH)',
    );
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-bench-matrix-'));
  const outDir = join(root, 'out/bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: join(root, 'tests/e2e/hosts/web-bridge.ts'),
        formats: ['iife'],
        name: 'CoachbookBridge',
        fileName: () => 'matrix-bridge.js',
      },
    },
  });
  const bridge = await readFile(join(outDir, 'matrix-bridge.js'), 'utf8');
  const backend = await createBackend({ dataDir });
  const app = await serveFolder(join(root, 'out/renderer'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const call = async (channel: string, input: unknown) => {
      const envelope = await backend.invoke(channel, input);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
      return envelope.value as { id?: string; person?: { id: string } };
    };
    const people: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const view = await call('people:create', {
        name: `Agent ${i + 1}`,
        cadence: {
          frequency: 'none',
          weekday: 1,
          time: '10:00',
          weekOfMonth: 1,
          startsOn: '2026-01-05',
        },
      });
      people.push(view.person!.id);
    }
    const skills: string[] = [];
    for (let i = 0; i < SKILLS; i++) {
      const skill = await call('growth:saveSkill', {
        name: `Skill ${i + 1}`,
        groupId: GROUPS[i % GROUPS.length],
        criticality: i % 4 === 0 ? 'critical' : 'medium',
        requiredLevel: 3,
        targetCoverage: 3,
      });
      skills.push(skill.id!);
    }
    for (const [p, personId] of people.entries())
      for (const [s, skillId] of skills.entries())
        if ((p + s) % 3 === 0)
          await call('growth:setLevel', { personId, skillId, level: (p + s) % 5 });

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.exposeBinding('__coachbookInvoke', (_source, channel: unknown, input: unknown) =>
      backend.invoke(channel, input),
    );
    // As the web host relays data:changed to every page (the page's own bridge emits it).
    backend.onDataChanged((change) => {
      const script = `window.__coachbookEmit?.('data:changed', ${JSON.stringify(change)})`;
      for (const page of context.pages()) void page.evaluate(script).catch(() => {});
    });
    await context.addInitScript({ content: bridge });
    await context.addInitScript({ content: PRESS_SCRIPT });
    const page = await context.newPage();
    await page.goto(`${app.origin}/index.html#/growth`);
    await waitFor(
      page,
      `document.querySelectorAll('[role="gridcell"]').length === ${PEOPLE * SKILLS}`,
    );
    await page.evaluate(`document.querySelector('[data-cell="0:0"]').focus()`);
    for (let i = 0; i < PRESSES; i++) {
      // Walk the grid so every press changes a level: a different digit than the cell shows.
      if (i > 0) await page.keyboard.press(i % SKILLS === 0 ? 'ArrowDown' : 'ArrowRight');
      const current = Number(
        await page.evaluate(`document.activeElement.textContent.match(/\\d/)[0]`),
      );
      await page.keyboard.press(String((current + 2) % 5));
      await waitFor(page, `window.__presses.at(-1)?.painted !== undefined`);
    }
    const presses = (await page.evaluate('window.__presses')) as {
      shown: number;
      painted: number;
    }[];
    const shown = presses.map((p) => p.shown);
    const painted = presses.map((p) => p.painted);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(
      `skills matrix ${PEOPLE} people × ${SKILLS} skills, key press to the new level (n=${presses.length}): in the cell ${ms(pick(shown, 0.5))} median, ${ms(pick(shown, 0.95))} p95; on screen ${ms(pick(painted, 0.5))} median, ${ms(pick(painted, 0.95))} p95`,
    );
  } finally {
    await browser.close();
    await app.close();
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
