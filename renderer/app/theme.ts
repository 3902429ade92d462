import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  components: {
    // Skills and tags are names people typed; shouting them in capitals makes them harder to read.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none' } } }),
  },
});
