import { useEffect, useEffectEvent } from 'react';
import { isMac } from './platform';

/**
 * Every keyboard shortcut of the app, in one list: the hotkeys (`useShortcuts`, `onShortcut`), the
 * sidebar's hints and the list in Settings all read it, so what is shown is what works. Each is
 * the platform's main modifier (Cmd on macOS, Ctrl elsewhere) plus one key, and works while a
 * text field has focus too.
 */
export const SHORTCUTS = [
  { id: 'today', key: '1', action: 'Today' },
  { id: 'team', key: '2', action: 'Team' },
  { id: 'questions', key: '3', action: 'Question bank' },
  { id: 'recognition', key: '4', action: 'Recognition' },
  { id: 'growth', key: '5', action: 'Growth' },
  { id: 'kpis', key: '6', action: 'KPIs' },
  { id: 'settings', key: ',', action: 'Settings' },
  { id: 'addPerson', key: 'N', action: 'Add a person' },
  { id: 'addFromBank', key: 'P', action: 'Add from the question bank', where: 'In a 1:1' },
  { id: 'saveFeedback', key: 'Enter', action: 'Save the feedback', where: 'In the feedback form' },
] as const satisfies readonly { id: string; key: string; action: string; where?: string }[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];
type Shortcut = (typeof SHORTCUTS)[number];
type KeyState = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;
export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

const byId = new Map<ShortcutId, Shortcut>(SHORTCUTS.map((s) => [s.id, s]));

function shortcut(id: ShortcutId): Shortcut {
  const found = byId.get(id);
  if (!found) throw new Error(`No shortcut ${id}`);
  return found;
}

/** The physical key, for layouts where the digit row or the comma type something else. */
const CODES: Record<string, string> = { ',': 'Comma', Enter: 'Enter' };
const codeOf = (key: string) => CODES[key] ?? (/^\d$/.test(key) ? `Digit${key}` : `Key${key}`);

/** Whether these keys are the shortcut: exactly the main modifier and its key, nothing else. */
export function matchesShortcut(id: ShortcutId, event: KeyState, mac = isMac): boolean {
  const { key } = shortcut(id);
  const main = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!main || event.altKey || event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase() || event.code === codeOf(key);
}

/** The keys to press, as the platform names them: `['Cmd', 'P']`. */
export function shortcutKeys(id: ShortcutId, mac = isMac): [string, string] {
  return [mac ? 'Cmd' : 'Ctrl', shortcut(id).key];
}

/** The shortcut as one piece of text: `Cmd+P`, `Ctrl+1`. */
export function shortcutText(id: ShortcutId, mac = isMac): string {
  return shortcutKeys(id, mac).join('+');
}

/**
 * Runs the handler of the first shortcut these keys are, and keeps the browser's own meaning of
 * the keys (print, new window) from running too. Skips an event something already handled: a
 * shortcut recorder, for one, takes every key pressed in it.
 */
export function handleShortcut(
  handlers: ShortcutHandlers,
  event: KeyState & Pick<KeyboardEvent, 'defaultPrevented' | 'preventDefault'>,
  mac = isMac,
): boolean {
  if (event.defaultPrevented) return false;
  for (const { id } of SHORTCUTS) {
    const handler = handlers[id];
    if (handler && matchesShortcut(id, event, mac)) {
      event.preventDefault();
      handler();
      return true;
    }
  }
  return false;
}

/** A keydown handler for one element (a form): its shortcuts work only inside it. */
export function onShortcut(handlers: ShortcutHandlers) {
  return (event: { nativeEvent: KeyboardEvent }) =>
    void handleShortcut(handlers, event.nativeEvent);
}

/** The page-wide shortcuts of a component, for as long as it is mounted. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => void handleShortcut(handlers, event));
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
