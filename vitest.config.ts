import { defineConfig } from 'vitest/config';

// Two projects: the renderer's tests run in a DOM (jsdom, for Testing Library), everything else
// in Node, as it runs in the app.
const renderer = 'tests/unit/renderer/**/*.test.{ts,tsx}';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [renderer],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'dom', include: [renderer], environment: 'jsdom' },
      },
    ],
  },
});
