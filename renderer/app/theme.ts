import {
  Autocomplete,
  Badge,
  createTheme,
  darken,
  DEFAULT_THEME,
  Modal,
  MultiSelect,
  Notification,
  Select,
  TagsInput,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * A default palette with its darkest shade darker still, so that shade 9 reads at 4.5:1 or more
 * as text on shade 1 (the light variant of buttons and badges) and under white text (filled).
 */
function withDarkerTail(name: keyof typeof DEFAULT_THEME.colors, by: number): MantineColorsTuple {
  const palette = [...DEFAULT_THEME.colors[name]!];
  palette[9] = darken(palette[9]!, by);
  return palette as unknown as MantineColorsTuple;
}

/**
 * WCAG 2.2 AA in both schemes (tests/e2e/specs/accessibility.spec.ts runs axe on every screen):
 * shade 9 is the filled and text shade (Mantine's default 6 puts white text on teal at 2.55:1),
 * and the palettes whose shade 9 was still too light get a darker one.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  colors: {
    teal: withDarkerTail('teal', 0.1),
    orange: withDarkerTail('orange', 0.2),
    yellow: withDarkerTail('yellow', 0.3),
    green: withDarkerTail('green', 0.2),
    lime: withDarkerTail('lime', 0.2),
    red: withDarkerTail('red', 0.1),
  },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  components: {
    // Skills and tags are names people typed; shouting them in capitals makes them harder to read.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none' } } }),
    // Icon-only close buttons need a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
    }),
    // Lists of options scroll in the listbox itself (global.css), not in a ScrollArea around it:
    // the combobox's arrow keys reach every option, and no region scrolls without keyboard access.
    Select: Select.extend({ defaultProps: { withScrollArea: false } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { withScrollArea: false } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { withScrollArea: false } }),
    TagsInput: TagsInput.extend({ defaultProps: { withScrollArea: false } }),
  },
});

/**
 * Dimmed text at 4.5:1 or more on every surface it sits on (the page, cards, inputs, the active
 * navigation link): Mantine's gray.6 is 3.32:1 on white and dark.2 3.53:1 on the dark page.
 * These two greys are the only literal colours of the app.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#636a71' },
  dark: {
    '--mantine-color-dimmed': '#a8a8a8',
    // Outline badges and buttons in dark: shade 4 (Mantine takes primaryShade - 4, here 5, which
    // is 4.07:1 for grape on a card).
    ...Object.fromEntries(
      Object.keys(resolved.colors).map((name) => [
        `--mantine-color-${name}-outline`,
        `var(--mantine-color-${name}-4)`,
      ]),
    ),
  },
});
