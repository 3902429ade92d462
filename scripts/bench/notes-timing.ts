// A note as long as the schema allows, on the 1:1 page in Chromium: when the page, the note and
// its preview appear, and what each keystroke costs, beside a bare <textarea> holding the same
// note in the same browser (what Chromium itself spends on a 100,000-character textarea).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Backend } from '../../electron/backend/create-backend';
import { call, median, ms, openAndMark, p95, waitFor } from './browser';
import { longNote } from './long-note';
import { KEYSTROKE_SCRIPT } from './page-probe';

const RUNS = 3;
const KEY_DELAY_MS = 80;
const PREVIEW = '[aria-label="Notes preview"]';
/** The preview's pieces (components/Markdown.tsx): one box each, `data-pending` until parsed. */
const PIECES = `${PREVIEW} .mantine-Typography-root`;

/** A person with one ad hoc 1:1 holding the note, added through the API as the app does. */
async function meetingWithNote(backend: Backend, notes: string) {
  const { person } = await call<{ person: { id: string } }>(backend, 'people:create', {
    name: 'Long Notes Bench',
    cadence: {
      frequency: 'weekly',
      weekday: 3,
      time: '11:00',
      weekOfMonth: 1,
      startsOn: '2024-01-03',
    },
  });
  const { meeting } = await call<{ meeting: { id: string } }>(backend, 'meetings:createAdHoc', {
    personId: person.id,
    at: '2025-06-04T11:00',
  });
  await call(backend, 'meetings:saveNotes', {
    personId: person.id,
    meetingId: meeting.id,
    notes,
    privateNotes: '',
  });
  return `#/team/${person.id}/meetings/${meeting.id}`;
}

interface Typing {
  work: number[];
  frame: number[];
  longTasks: number[];
}

/**
 * The notes editor's CodeMirror view, found from its DOM (what `EditorView.findFromDOM` reads:
 * the bench cannot import the app's copy of CodeMirror into the page). Holds the text of the note
 * even where its lines are not laid out, and sets the caret anywhere in it.
 */
const NOTES_VIEW = "document.querySelector('.cm-content')?.cmTile?.root?.view";

/** Puts the caret at `caret` in the app's notes editor, or in the page's only <textarea>. */
const focusAt = (caret: number) =>
  `(() => {
    const view = ${NOTES_VIEW};
    if (view) {
      view.focus();
      view.dispatch({ selection: { anchor: ${caret} }, scrollIntoView: true });
    } else {
      const t = document.querySelector('textarea');
      if (!t) throw new Error('No notes editor and no textarea on the page');
      t.focus();
      t.setSelectionRange(${caret}, ${caret});
    }
    window.__recordKeys = true;
  })()`;

/** Types at `caret`, one key every KEY_DELAY_MS. */
async function typeInto(page: Page, caret: number, text: string, into: Typing): Promise<void> {
  await page.evaluate(focusAt(caret));
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await waitFor(page, 'window.__keys.every((k) => k.frame !== undefined)');
  const keys = (await page.evaluate('window.__keys')) as { work: number; frame: number }[];
  into.work.push(...keys.map((k) => k.work));
  into.frame.push(...keys.map((k) => k.frame));
  into.longTasks.push(...((await page.evaluate('window.__longTasks')) as number[]));
}

const typingLine = (t: Typing) =>
  `input handled p50 ${ms(median(t.work))}, p95 ${ms(p95(t.work))}; on screen p50 ${ms(median(t.frame))}, p95 ${ms(p95(t.frame))}; long tasks ${t.longTasks.length ? `${t.longTasks.length}, longest ${ms(Math.max(...t.longTasks))}` : 'none'}`;

export async function benchLongNote(
  browser: Browser,
  appOrigin: string,
  backend: Backend,
  withBackend: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const note = longNote();
  const route = await meetingWithNote(backend, note.text);
  const shown: Record<string, number[]> = {
    page: [],
    editor: [],
    wholeNote: [],
    onScreen: [],
    previewDone: [],
  };
  const app: Typing = { work: [], frame: [], longTasks: [] };
  const bare: Typing = { work: [], frame: [], longTasks: [] };
  const catchUp: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page, marks } = await openAndMark(
      browser,
      `${appOrigin}/index.html${route}`,
      {
        page: "document.querySelector('main h1, main h2')",
        editor: `(${NOTES_VIEW}?.state.doc.length ?? 0) > 90000 && !!document.querySelector('.cm-line')`,
        // Every piece of the note is in the preview (as Markdown, or as text still to be parsed).
        wholeNote: `document.querySelector('${PIECES} > div:last-of-type')?.textContent.includes('End of the note') ?? false`,
        // The first piece is Markdown, and no piece still waiting as text is in the viewport.
        onScreen: `!!document.querySelector('${PIECES} > div:not([data-pending]) > *') && (document.querySelector('${PIECES} > [data-pending]')?.getBoundingClientRect().top ?? Infinity) >= innerHeight`,
        previewDone: `[...document.querySelectorAll('${PREVIEW} h2')].some((h) => h.textContent === 'End of the note')`,
      },
      async (c) => {
        await withBackend(c);
        await c.addInitScript({ content: KEYSTROKE_SCRIPT });
      },
    );
    for (const [name, at] of Object.entries(marks)) shown[name]!.push(at);
    const typed = ` and run ${run} went well`;
    await typeInto(page, note.caret, typed, app);
    await page.evaluate(
      `(() => {
        const lastKey = window.__keys[window.__keys.length - 1].start;
        const check = () => {
          if (document.querySelector('${PREVIEW}').textContent.includes(${JSON.stringify(typed.trim())}))
            window.__caughtUp = performance.now() - lastKey;
          else requestAnimationFrame(check);
        };
        check();
      })()`,
    );
    await waitFor(page, 'window.__caughtUp !== undefined', 60_000);
    catchUp.push((await page.evaluate('window.__caughtUp')) as number);
    // The same note in a bare textarea of the same size and font, in a page of its own.
    const look = (await page.evaluate(
      `(() => { const e = document.querySelector('.cm-editor'); const s = getComputedStyle(document.querySelector('.cm-content')); return { width: e.offsetWidth, height: e.offsetHeight, font: s.font, padding: s.padding }; })()`,
    )) as { width: number; height: number; font: string; padding: string };
    await context.close();

    const plain = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await plain.setContent(
      `<textarea style="box-sizing:border-box;width:${look.width}px;height:${look.height}px;font:${look.font};padding:${look.padding}"></textarea>`,
    );
    await plain.evaluate(KEYSTROKE_SCRIPT);
    await plain.evaluate(`document.querySelector('textarea').value = ${JSON.stringify(note.text)}`);
    await typeInto(plain, note.caret, typed, bare);
    await plain.close();
  }
  const count = note.text.length.toLocaleString('en');
  const at = (name: string) => median(shown[name]!);
  const afterPage = (name: string) => `${ms(at(name))} (page + ${ms(at(name) - at('page'))})`;
  console.log(
    `1:1 page with a ${count}-character note, ms from navigation, median of ${RUNS}: page ${ms(at('page'))}; ` +
      `note in the editor ${afterPage('editor')}; whole note in the preview ${afterPage('wholeNote')}; ` +
      `preview on screen as Markdown ${afterPage('onScreen')}; every piece as Markdown ${afterPage('previewDone')}`,
  );
  console.log(
    `typing in that note (${app.work.length} keys, ${KEY_DELAY_MS} ms apart), per key from the key event: ${typingLine(app)}; the preview shows the typing ${ms(median(catchUp))} after the last key`,
  );
  console.log(`the same keys in a bare <textarea> with the same note: ${typingLine(bare)}`);
}
