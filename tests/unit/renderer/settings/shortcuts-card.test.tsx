import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortcutsCard } from '../../../../renderer/features/settings/ShortcutsCard';
import { SHORTCUTS } from '../../../../renderer/lib/shortcuts';
import { renderWithMantine } from '../mantine';

// This run is on a Mac.
vi.mock('../../../../renderer/lib/platform', () => ({ isMac: true }));

afterEach(cleanup);

describe('Settings: keyboard shortcuts', () => {
  it('lists every shortcut of the registry, with Cmd on macOS', () => {
    renderWithMantine(<ShortcutsCard />);
    const rows = within(screen.getByRole('table', { name: 'Keyboard shortcuts' })).getAllByRole(
      'row',
    );
    expect(rows).toHaveLength(SHORTCUTS.length);
    const picker = rows.find((row) => row.textContent?.includes('Add from the question bank'));
    expect(picker?.textContent).toContain('Cmd+P');
    expect(rows.map((row) => row.textContent).join(' ')).not.toContain('Ctrl');
  });
});
