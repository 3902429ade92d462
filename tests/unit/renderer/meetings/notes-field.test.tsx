import { EditorView } from '@codemirror/view';
import type { Text } from '@codemirror/state';
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesField } from '../../../../renderer/features/meetings/NotesField';
import { useShortcuts, type ShortcutId } from '../../../../renderer/lib/shortcuts';

afterEach(cleanup);

function renderField(onChange: (doc: Text) => void = () => undefined) {
  const screen = render(
    <>
      <div id="notes-label">Notes (Markdown)</div>
      <div id="notes-description">Shared in exports and the brief</div>
      <NotesField
        initialText={'## Wins\nCSAT 96%'}
        onChange={onChange}
        labelledBy="notes-label"
        describedBy="notes-description"
        minLines={3}
        maxLines={12}
      />
    </>,
  );
  const content = screen.getByRole('textbox', { name: 'Notes (Markdown)' });
  const view = EditorView.findFromDOM(content.parentElement!.parentElement!)!;
  return { ...screen, content, view };
}

function press(target: EventTarget, key: string, code: string) {
  const event = new KeyboardEvent('keydown', {
    key,
    code,
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
  act(() => void target.dispatchEvent(event));
  return event;
}

describe('NotesField', () => {
  it('is a multi-line text box named and described by its visible label', () => {
    const { content, view } = renderField();
    expect(content.getAttribute('aria-multiline')).toBe('true');
    expect(content.getAttribute('aria-describedby')).toBe('notes-description');
    expect(view.state.doc.toString()).toBe('## Wins\nCSAT 96%');
  });

  it('reports every change as the whole document, and undoes it with Ctrl+Z', () => {
    const onChange = vi.fn<(doc: Text) => void>();
    const { content, view } = renderField(onChange);
    act(() => view.dispatch({ changes: { from: view.state.doc.length, insert: ', thanks' } }));
    expect(onChange).toHaveBeenLastCalledWith(expect.anything());
    expect(onChange.mock.lastCall![0].toString()).toBe('## Wins\nCSAT 96%, thanks');
    const undo = press(content, 'z', 'KeyZ');
    expect(undo.defaultPrevented).toBe(true);
    expect(onChange.mock.lastCall![0].toString()).toBe('## Wins\nCSAT 96%');
  });

  it("leaves the app's shortcuts to the app while the lead types in it", () => {
    const handlers: Partial<Record<ShortcutId, () => void>> = {
      addFromBank: vi.fn(),
      today: vi.fn(),
      kpis: vi.fn(),
      addPerson: vi.fn(),
    };
    renderHook(() => useShortcuts(handlers));
    const { content } = renderField();
    content.focus();
    press(content, 'p', 'KeyP');
    press(content, '1', 'Digit1');
    press(content, '6', 'Digit6');
    press(content, 'n', 'KeyN');
    for (const handler of Object.values(handlers)) expect(handler).toHaveBeenCalledTimes(1);
  });

  it('is destroyed with the component', () => {
    const { content, unmount } = renderField();
    unmount();
    expect(content.isConnected).toBe(false);
    expect(EditorView.findFromDOM(document.body)).toBeNull();
  });
});
