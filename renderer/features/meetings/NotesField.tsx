import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A plain-text editor that lays out only the lines on screen (CodeMirror): a 100,000-character
 * note costs a key what a short one does, where a <textarea> lays out its whole text on every key.
 * Lives in its own chunk (NotesEditor loads it lazily), so only the 1:1 page pays for it.
 */
interface NotesFieldProps {
  /** The text when the field mounts; later changes come from typing only. */
  initialText: string;
  /** Every change, as CodeMirror's immutable document: turn it into a string only when needed. */
  onChange: (doc: Text) => void;
  /** Ids of the visible label and description, which name and describe the field. */
  labelledBy: string;
  describedBy?: string;
  /** Height in lines: starts at `minLines`, grows with the text, then scrolls on its own. */
  minLines: number;
  maxLines: number;
}

/** Colours and sizes from Mantine's CSS variables, so light and dark follow the app's theme. */
const theme = EditorView.theme({
  '&': {
    color: 'var(--mantine-color-text)',
    backgroundColor: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-default)',
    fontSize: 'var(--mantine-font-size-sm)',
  },
  '&.cm-focused': {
    borderColor: 'var(--mantine-primary-color-filled)',
    outline: '1px solid var(--mantine-primary-color-filled)',
  },
  '.cm-scroller': {
    fontFamily: 'var(--mantine-font-family)',
    lineHeight: 'var(--mantine-line-height)',
    overflow: 'auto',
  },
  '.cm-content': {
    padding: 'var(--mantine-spacing-xs) var(--mantine-spacing-sm)',
    caretColor: 'var(--mantine-color-text)',
  },
  '.cm-line': { padding: '0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--mantine-color-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { backgroundColor: 'var(--mantine-primary-color-light)' },
  '.cm-content ::selection': { backgroundColor: 'var(--mantine-primary-color-light)' },
});

/** The height of `lines` lines of text and the content's padding. */
const linesHeight = (lines: number) => `calc(${lines}lh + 2 * var(--mantine-spacing-xs))`;

/**
 * Created once on mount and destroyed on unmount; the text is set once (another 1:1 mounts a new
 * field). Its keymap takes only editing keys: the app's shortcuts (Ctrl/Cmd+P, +1-6, +N…) are
 * left to bubble to the page's listener (renderer/lib/shortcuts.ts).
 */
export function NotesField({
  initialText,
  onChange,
  labelledBy,
  describedBy,
  minLines,
  maxLines,
}: NotesFieldProps) {
  const host = useRef<HTMLDivElement>(null);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  // Read once, on mount: the editor owns the text from then on.
  const mountedWith = useRef({ initialText, labelledBy, describedBy, minLines, maxLines });

  useEffect(() => {
    const setup = mountedWith.current;
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: setup.initialText,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          theme,
          EditorView.theme({
            '.cm-scroller': {
              minHeight: linesHeight(setup.minLines),
              maxHeight: linesHeight(setup.maxLines),
            },
          }),
          EditorView.contentAttributes.of({
            'aria-labelledby': setup.labelledBy,
            ...(setup.describedBy ? { 'aria-describedby': setup.describedBy } : {}),
            'aria-multiline': 'true',
            role: 'textbox',
            spellcheck: 'true',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc);
          }),
        ],
      }),
    });
    return () => view.destroy();
  }, []);

  return <div ref={host} />;
}
