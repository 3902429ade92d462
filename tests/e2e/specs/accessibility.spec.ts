import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { seedGrowthDemo } from '../helpers/demo-growth';
import { seedMeetingHistory } from '../helpers/demo-meetings';
import { openRoute, seedRecognitionDemo } from '../helpers/demo-recognition';

const NOW = '2026-11-17T08:40:00';
const EARLIER = '2026-10-06T09:00:00';
/**
 * What CI holds every screen to: axe's default rules (every WCAG 2.0 and 2.1 A and AA rule, and
 * its best practices) plus target-size, the WCAG 2.2 AA rule (2.5.8) axe leaves off by default.
 * (AxeBuilder's `options()` replaces what `withTags()` set, so the rules are named here instead.)
 */
const AXE_OPTIONS: RunOptions = {
  resultTypes: ['violations'], // details for violations only: faster
  rules: { 'target-size': { enabled: true } },
};
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Every main screen, in the order one page visits them: a route (`{priya}` stands for her id) or
 * an action on the screen before (open a dialog, a list, a toast), and what shows it is ready.
 * Adding a screen is one line.
 */
interface Screen {
  name: string;
  path?: string;
  then?: (page: Page) => Promise<unknown>;
  ready: (page: Page) => Locator;
}
type Ready = (page: Page) => Locator;

const route = (name: string, path: string, ready: Ready): Screen => ({ name, path, ready });
const action = (name: string, then: Screen['then'], ready: Ready): Screen => ({
  name,
  then,
  ready,
});
const heading =
  (name: string): Ready =>
  (p) =>
    p.getByRole('heading', { name, exact: true });
const role =
  (
    kind: 'table' | 'list' | 'grid' | 'dialog' | 'listbox' | 'combobox',
    name?: string | RegExp,
  ): Ready =>
  (p) =>
    p.getByRole(kind, name === undefined ? {} : { name });
const tab =
  (name: string): Ready =>
  (p) =>
    p.getByRole('tab', { name, selected: true });
const click = (kind: 'button' | 'combobox' | 'option', name?: string | RegExp) => (p: Page) =>
  p
    .getByRole(kind, name === undefined ? {} : { name })
    .first()
    .click();

// One screen per line, however long: prettier would fold the longer ones.
// prettier-ignore
const SCREENS: Screen[] = [
  route('Today', '/', heading('1:1s today')),
  route('Team', '/team', role('table', 'Team members')),
  route('Add a person', '/team/new', heading('Add a person')),
  route('Profile', '/team/{priya}', role('list', 'Timeline')),
  action('Feedback dialog', click('button', 'Log feedback'), role('dialog', /Log feedback for/)),
  route('1:1 page', '/team/{priya}/occurrence/2026-11-17', heading('1:1 with Priya Natarajan')),
  action('Prompt picker', click('button', /question bank/i), role('dialog', 'Add from the question bank')),
  action('Prompt picker list', click('combobox', 'Prompt'), role('listbox')),
  action('Notification toast', click('option'), (p) => p.getByText('Prompt added to the agenda.')),
  route('Brief', '/team/{priya}/brief', heading('1:1 brief: Priya Natarajan')),
  route('Question bank', '/questions', heading('Question bank')),
  route('Recognition feed', '/recognition', role('list', 'Team recognition')),
  route('Recognition balance', '/recognition?view=balance', role('table', 'Recognition balance per person')),
  route('Growth: matrix', '/growth', role('grid', 'Skills matrix')),
  route('Growth: coverage', '/growth?tab=coverage', role('combobox', 'What if these people are away?')),
  route('Growth: training', '/growth?tab=training', role('table', 'Training per person')),
  route('Growth: skills and templates', '/growth?tab=skills', tab('Skills and templates')),
  route('KPIs: team table', '/kpis', heading('KPIs')),
  route('KPIs: enter values', '/kpis?tab=enter', tab('Enter values')),
  route('KPIs: metrics', '/kpis?tab=metrics', tab('Metrics')),
  route('KPI import', '/kpis/import', heading('Import KPIs from a CSV')),
  route('Settings', '/settings', heading('Settings')),
  action('Reminders bell', click('button', /^Reminders,/), role('dialog', 'Reminders')),
  route('Capture window', '/capture', heading('Recognise someone')),
];

/** One line per rule broken: its id, how many elements, and where (the first few) and why. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => {
      const where = v.nodes
        .slice(0, 3)
        .map((node) => `\n    at ${node.target.join(' ')}: ${oneLine(node.failureSummary ?? '')}`);
      return `${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help}${where.join('')}`;
    });
}

const oneLine = (text: string) =>
  text.replace(/^Fix (any|all) of the following:\s*/, '').replace(/\s+/g, ' ');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: NOW });

    test(`every main screen passes axe, WCAG 2.2 AA (${colorScheme})`, async ({ app }) => {
      test.setTimeout(300_000); // 26 screens, one axe run each
      const { page } = app;
      await app.setNow(EARLIER);
      await seedDemoTeam(page, new Date(NOW));
      await seedGrowthDemo(page, app.setNow, EARLIER, NOW);
      await seedRecognitionDemo(page, new Date(NOW));
      const priya = await seedMeetingHistory(page, 'Priya Natarajan', [
        '2026-10-20',
        '2026-10-27',
        '2026-11-03',
        '2026-11-10',
      ]);
      await page.reload();

      for (const screen of SCREENS) {
        await test.step(screen.name, async () => {
          if (screen.path) await openRoute(page, screen.path.replace('{priya}', priya));
          await screen.then?.(page);
          await expect(screen.ready(page)).toBeVisible();
          // Transitions (modals, toasts) end before the colours are measured.
          await page.waitForFunction(() =>
            document
              .getAnimations()
              .every(
                (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity,
              ),
          );
          const { violations } = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
          const problems = describe(violations);
          expect
            .soft(
              problems,
              `${screen.name}: serious or critical violations\n${problems.join('\n')}`,
            )
            .toEqual([]);
        });
      }
    });
  });
}
