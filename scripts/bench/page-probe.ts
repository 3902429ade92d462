// Scripts run in the page before its own (as strings: this folder is compiled without the DOM).

/**
 * Records, for each named check, the first time it holds: checked after every DOM change, so a
 * mark is the moment React committed that content (ms since navigation start).
 */
export function marksScript(checks: Record<string, string>): string {
  const tests = Object.entries(checks)
    .map(([name, test]) => `[${JSON.stringify(name)}, () => (${test})]`)
    .join(',');
  return `(() => {
    const tests = [${tests}];
    const marks = (window.__marks = {});
    const check = () => {
      for (const [name, test] of tests) if (!(name in marks) && test()) marks[name] = performance.now();
      if (Object.keys(marks).length === tests.length) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

/**
 * Per keystroke (once window.__recordKeys is set), from the key event's own time stamp, which
 * includes any wait for the main thread: `work` when the input's synchronous handling (React's
 * render and commit, the textarea's resize) is done, `frame` after the next frame that shows it.
 * Long tasks (50 ms and more) during the typing are kept too.
 */
export const KEYSTROKE_SCRIPT = `(() => {
  const keys = (window.__keys = []);
  const longTasks = (window.__longTasks = []);
  const after = (fn) => { const c = new MessageChannel(); c.port1.onmessage = fn; c.port2.postMessage(0); };
  addEventListener('keydown', (e) => { if (window.__recordKeys) keys.push({ start: e.timeStamp }); }, true);
  addEventListener('input', () => {
    const key = keys[keys.length - 1];
    if (!window.__recordKeys || !key || key.work !== undefined) return;
    after(() => { key.work = performance.now() - key.start; });
    requestAnimationFrame(() => after(() => { key.frame = performance.now() - key.start; }));
  });
  new PerformanceObserver((list) => {
    if (window.__recordKeys) for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
})();`;
