/**
 * Where keyboard focus goes when the page under it changes, so it never falls to the body:
 * the page's main heading after a route change (or the field a form marks `data-autofocus`),
 * the heading again when the focused control disappears (a form closed by its save), and the
 * first invalid field after a failed submit. Used once, by the app shell and `useAction`.
 */

/** The page's main heading: the h1 of `PageHeader`, focusable from script (tabIndex -1). */
export const PAGE_HEADING = '[data-page-heading]';
/** A page form's first field, focused instead of the heading when the page opens. */
const AUTOFOCUS = '[data-autofocus]';
const OPEN_DIALOG = '[role="dialog"]';
const INVALID = '[aria-invalid="true"]';

/** How long to wait for a lazy page, its data or a re-render before giving up. */
const WAIT_MS = 10_000;

function focusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && !element.hasAttribute('disabled');
}

/** Calls `find` until it answers an element (now or after a change under `root`), then hand it to `then`. */
function whenFound<T>(
  root: Node,
  find: () => T | null,
  then: (found: T) => void,
  waitMs: number,
): () => void {
  const now = find();
  if (now) {
    then(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const found = find();
    if (!found) return;
    stop();
    then(found);
  });
  const timer = setTimeout(() => stop(), waitMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  return stop;
}

/** The page's own first field to focus, if it asks for one (never one inside a dialog). */
function pageTarget(doc: Document): HTMLElement | null {
  const heading = doc.querySelector<HTMLElement>(PAGE_HEADING);
  if (!heading) return null;
  const field = [...doc.querySelectorAll(`main ${AUTOFOCUS}`)].find(
    (el) => !el.closest(OPEN_DIALOG),
  );
  return field && focusable(field) ? field : heading;
}

/** A field the new page focused by itself (an autofocused input): left where it is. */
function pageTookFocus(doc: Document): boolean {
  const active = doc.activeElement;
  return active?.closest('main') != null && active.matches('input, textarea, select');
}

/**
 * After a route change: focus the new page's heading (or its `data-autofocus` field) as soon as
 * it shows, however long the page takes to load. Gives up if the lead moves focus meanwhile.
 * Answers the cancel, for the next route change.
 */
export function focusPageWhenShown(doc: Document = document, waitMs = WAIT_MS): () => void {
  const before = doc.activeElement;
  return whenFound(
    doc.body,
    () => {
      if (pageTookFocus(doc)) return 'leave' as const;
      const active = doc.activeElement;
      if (active && active !== doc.body && active !== before) return 'leave' as const;
      return pageTarget(doc);
    },
    (target) => {
      if (target !== 'leave') target.focus();
    },
    waitMs,
  );
}

/** Focuses the page's heading, else `main`: the skip link's target. */
export function focusMainContent(doc: Document = document): void {
  const target =
    doc.querySelector<HTMLElement>(PAGE_HEADING) ?? doc.querySelector<HTMLElement>('main');
  target?.focus();
}

/**
 * When the focused control disappears (a form closed by its save, a button replaced by what it
 * did) and focus falls to the body, moves it to the page's heading. Dialogs keep their own
 * focus (Mantine traps it, and returns it to the opener when they close). Answers the uninstall.
 */
export function installFocusRescue(doc: Document = document): () => void {
  let last: Element | null = null;
  const onFocusIn = (event: FocusEvent) => {
    last = event.target instanceof Element ? event.target : null;
  };
  // A click on the page's background leaves focus on the body on purpose: nothing to rescue
  // when what had focus before goes away later. (A click on a control focuses it just after.)
  const onPointerDown = () => {
    last = null;
  };
  const observer = new MutationObserver(() => {
    if (!last || last.isConnected || doc.activeElement !== doc.body) return;
    if (doc.querySelector(OPEN_DIALOG)) return;
    const heading = doc.querySelector<HTMLElement>(PAGE_HEADING);
    if (!heading) return;
    last = null;
    heading.focus({ preventScroll: true });
  });
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('pointerdown', onPointerDown, true);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    observer.disconnect();
  };
}

/** Where a submit happened: its form or dialog, so errors elsewhere on the page are not picked. */
export function focusScope(element: Element | null, doc: Document = document): Element {
  return element?.closest('form, [role="dialog"]') ?? doc.body;
}

/**
 * Focuses the first field marked invalid in `scope`, once the form has shown its messages
 * (they render a moment after the failure). Leaves focus alone if it is on an invalid field.
 */
export function focusFirstInvalid(scope: Element, waitMs = 1_000): () => void {
  return whenFound(
    scope,
    () => {
      const active = scope.ownerDocument.activeElement;
      if (active?.matches(INVALID) && scope.contains(active)) return null;
      return scope.querySelector<HTMLElement>(INVALID);
    },
    (field) => field.focus(),
    waitMs,
  );
}

/**
 * A form that fails its own validation on submit (Mantine's `form.onSubmit`) focuses its first
 * invalid field: one listener for every form. Answers the uninstall.
 */
export function installInvalidFieldFocus(doc: Document = document): () => void {
  const onSubmit = (event: Event) => {
    if (event.target instanceof HTMLFormElement) focusFirstInvalid(event.target, 300);
  };
  doc.addEventListener('submit', onSubmit);
  return () => doc.removeEventListener('submit', onSubmit);
}
