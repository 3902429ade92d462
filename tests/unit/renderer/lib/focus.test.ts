import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  focusFirstInvalid,
  focusMainContent,
  focusPageWhenShown,
  focusScope,
  installFocusRescue,
  installInvalidFieldFocus,
} from '../../../../renderer/lib/focus';

/** A shell like the app's: navigation outside `main`, the page inside it. */
function shell(page = '') {
  document.body.innerHTML = `<nav><a href="#/team" id="nav">Team</a></nav><main id="main" tabindex="-1">${page}</main>`;
  return document.getElementById('main')!;
}
const heading = (text = 'Team') => `<h1 data-page-heading tabindex="-1">${text}</h1>`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('focusPageWhenShown (after a route change)', () => {
  it("focuses the new page's heading when it is already there", () => {
    shell(heading());
    document.getElementById('nav')!.focus();
    focusPageWhenShown();
    expect(document.activeElement?.textContent).toBe('Team');
  });

  it('waits for a page that loads later (a lazy chunk, its data)', async () => {
    const main = shell('<p role="status">Loading</p>');
    document.getElementById('nav')!.focus();
    focusPageWhenShown();
    expect(document.activeElement?.id).toBe('nav');
    main.innerHTML = heading('Ana Lima');
    await settle();
    expect(document.activeElement?.textContent).toBe('Ana Lima');
  });

  it("focuses a page form's data-autofocus field instead of the heading", () => {
    shell(`${heading('Add a person')}<form><input data-autofocus id="name"></form>`);
    focusPageWhenShown();
    expect(document.activeElement?.id).toBe('name');
  });

  it('ignores data-autofocus inside a dialog (Mantine focuses those)', () => {
    shell(`${heading()}<div role="dialog"><input data-autofocus id="in-dialog"></div>`);
    focusPageWhenShown();
    expect(document.activeElement?.hasAttribute('data-page-heading')).toBe(true);
  });

  it('leaves a field the new page focused by itself', () => {
    shell(`${heading()}<input id="grid-cell">`);
    document.getElementById('grid-cell')!.focus();
    focusPageWhenShown();
    expect(document.activeElement?.id).toBe('grid-cell');
  });

  it('gives up if the lead moves focus while the page loads', async () => {
    const main = shell('');
    document.body.insertAdjacentHTML('afterbegin', '<button id="elsewhere">x</button>');
    document.getElementById('nav')!.focus();
    focusPageWhenShown();
    document.getElementById('elsewhere')!.focus();
    main.innerHTML = heading();
    await settle();
    expect(document.activeElement?.id).toBe('elsewhere');
  });

  it('can be cancelled (the next route change) and stops waiting after a while', async () => {
    const main = shell('');
    const cancel = focusPageWhenShown();
    cancel();
    main.innerHTML = heading();
    await settle();
    expect(document.activeElement).toBe(document.body);

    vi.useFakeTimers();
    main.innerHTML = '';
    focusPageWhenShown(document, 1_000);
    vi.advanceTimersByTime(1_001);
    main.innerHTML = heading();
    await vi.runAllTimersAsync();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('installFocusRescue', () => {
  it('moves focus to the heading when the focused control disappears', async () => {
    const main = shell(`${heading('1:1 with Ana')}<button id="held">Mark as held</button>`);
    const uninstall = installFocusRescue();
    document.getElementById('held')!.focus();
    document.getElementById('held')!.remove();
    await settle();
    expect(document.activeElement?.textContent).toBe('1:1 with Ana');
    uninstall();
    main.insertAdjacentHTML('beforeend', '<button id="again">x</button>');
    document.getElementById('again')!.focus();
    document.getElementById('again')!.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves focus on the body after a click on the background', async () => {
    shell(`${heading()}<button id="a">a</button><p id="text">text</p>`);
    const uninstall = installFocusRescue();
    document.getElementById('a')!.focus();
    document.getElementById('text')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.getElementById('a')!.blur();
    document.getElementById('a')!.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
    uninstall();
  });

  it('leaves focus alone when it moved somewhere, or a dialog owns it', async () => {
    shell(`${heading()}<button id="a">a</button><button id="b">b</button>`);
    const uninstall = installFocusRescue();
    document.getElementById('a')!.focus();
    document.getElementById('b')!.focus();
    document.getElementById('a')!.remove();
    await settle();
    expect(document.activeElement?.id).toBe('b');

    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><button id="c">c</button></div>',
    );
    document.getElementById('c')!.focus();
    document.getElementById('c')!.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
    uninstall();
  });
});

describe('invalid fields', () => {
  it('focuses the first invalid field of the scope once the form shows it', async () => {
    shell(
      `<input aria-invalid="true" id="outside"><form id="f"><input id="name"><input id="email"></form>`,
    );
    const form = document.getElementById('f')!;
    focusFirstInvalid(form);
    document.getElementById('email')!.setAttribute('aria-invalid', 'true');
    document.getElementById('name')!.setAttribute('aria-invalid', 'true');
    await settle();
    expect(document.activeElement?.id).toBe('name');
  });

  it('leaves focus on an invalid field the lead is already in', async () => {
    shell(
      `<form id="f"><input id="a" aria-invalid="true"><input id="b" aria-invalid="true"></form>`,
    );
    document.getElementById('b')!.focus();
    focusFirstInvalid(document.getElementById('f')!);
    await settle();
    expect(document.activeElement?.id).toBe('b');
  });

  it('a form failing its own validation on submit focuses its first invalid field', async () => {
    shell(`<form id="f"><input id="name"><button id="save">Save</button></form>`);
    const uninstall = installInvalidFieldFocus();
    const form = document.getElementById('f') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      document.getElementById('name')!.setAttribute('aria-invalid', 'true');
    });
    document.getElementById('save')!.focus();
    form.requestSubmit();
    await settle();
    expect(document.activeElement?.id).toBe('name');
    uninstall();
  });

  it('the scope of a submit is its form or dialog, else the page', () => {
    shell(
      `<form id="f"><button id="in-form"></button></form><div role="dialog" id="d"><button id="in-dialog"></button></div><button id="loose"></button>`,
    );
    expect(focusScope(document.getElementById('in-form'))).toBe(document.getElementById('f'));
    expect(focusScope(document.getElementById('in-dialog'))).toBe(document.getElementById('d'));
    expect(focusScope(document.getElementById('loose'))).toBe(document.body);
    expect(focusScope(null)).toBe(document.body);
  });
});

describe('focusMainContent (the skip link)', () => {
  it('focuses the heading, or main while the page loads', () => {
    shell('');
    focusMainContent();
    expect(document.activeElement?.id).toBe('main');
    shell(heading());
    focusMainContent();
    expect(document.activeElement?.hasAttribute('data-page-heading')).toBe(true);
  });
});
