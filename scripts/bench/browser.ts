// Chromium for the renderer figures, and the helpers the timing benches share.
import { existsSync } from 'node:fs';
import type { BrowserContext, Browser, Page } from 'playwright-core';
import type { Backend } from '../../electron/backend/create-backend';
import { marksScript } from './page-probe';

// As tests/e2e/hosts/paths.ts (which this project's tsconfig cannot include): these flags keep
// Chromium from trying hosts that a closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const findChromium = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (c): c is string => Boolean(c) && existsSync(c!),
  );

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
export const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
export const p95 = (values: number[]) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(0.95 * values.length))]!;
export const ms = (value: number) => `${value.toFixed(0)} ms`;

/**
 * Polls an expression: page.evaluate runs it through the DevTools protocol, which the app's CSP
 * (no eval) allows, unlike waitForFunction. Times are taken in the page, so polling adds nothing.
 */
export async function waitFor(page: Page, expression: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Opens a URL in a fresh context and waits until every check has held once; returns the time of
 * each (ms since navigation start, when React committed it).
 */
export async function openAndMark(
  browser: Browser,
  url: string,
  checks: Record<string, string>,
  setup?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; marks: Record<string, number> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await setup?.(context);
  await context.addInitScript({ content: marksScript(checks) });
  const page = await context.newPage();
  await page.goto(url, { timeout: 180_000 }); // generous: figures are printed, not asserted
  await waitFor(page, `${JSON.stringify(Object.keys(checks))}.every((n) => n in window.__marks)`);
  return {
    context,
    page,
    marks: (await page.evaluate('window.__marks')) as Record<string, number>,
  };
}

/** Calls the backend as the renderer would, and throws on an error envelope. */
export async function call<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const answer = await backend.invoke(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}
