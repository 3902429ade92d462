import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KpiGrid } from '../../../../shared/ipc/channels/kpis';
import type { MetricDefinition } from '../../../../shared/model/kpis';
import { draftKey } from '../../../../renderer/features/kpis/grid-edit';
import { ValuesGrid } from '../../../../renderer/features/kpis/ValuesGrid';
import { renderWithMantine } from '../mantine';

afterEach(cleanup);

const csat: MetricDefinition = {
  id: 'csat',
  name: 'CSAT',
  description: '',
  unit: 'percent',
  direction: 'higher',
  target: 0.9,
  period: 'month',
  aggregation: 'ratio',
  clock: 'calendar',
  scaleMax: null,
  builtIn: 'csat',
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
};

const grid: KpiGrid = {
  periods: ['2026-09', '2026-10'],
  futurePeriods: [],
  rows: [
    {
      personId: 'ana',
      metric: csat,
      label: 'Ana',
      cells: [
        null,
        {
          value: 0.92,
          source: { kind: 'typed', label: 'Typed on 18 Nov 2026' },
          recordedAt: '2026-11-18T09:00:00.000Z',
        },
      ],
    },
    { personId: 'ben', metric: csat, label: 'Ben', cells: [null, null] },
  ],
};

function Harness({ onOutside = () => undefined }: { onOutside?: (n: number) => void }) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  return (
    <>
      <ValuesGrid
        grid={grid}
        rowHeading="Person"
        label="CSAT values"
        drafts={drafts}
        errors={
          drafts[draftKey('ben', 'csat', '2026-10')] === 'oops'
            ? { [draftKey('ben', 'csat', '2026-10')]: 'Use a percentage from 0 to 100, like 92 %.' }
            : {}
        }
        onDrafts={(changes) =>
          setDrafts((current) => {
            const next = { ...current };
            for (const [key, text] of changes) {
              if (text === undefined) delete next[key];
              else next[key] = text;
            }
            return next;
          })
        }
        onPasteOutside={onOutside}
      />
      <output data-testid="drafts">{JSON.stringify(drafts)}</output>
    </>
  );
}

const drafts = () =>
  JSON.parse(screen.getByTestId('drafts').textContent ?? '{}') as Record<string, string>;
const cell = (name: RegExp) => screen.getByRole('gridcell', { name });

describe('the value grid', () => {
  it('shows stored values with where they came from', () => {
    renderWithMantine(<Harness />);
    const stored = cell(/^Ana, Oct 2026: 92 %$/);
    expect(stored.getAttribute('title')).toBe('Typed on 18 Nov 2026');
  });

  it('types into a cell, keeps it with Enter and moves down; Escape drops an edit', () => {
    renderWithMantine(<Harness />);
    const first = cell(/^Ana, Sep 2026/);
    first.focus();
    fireEvent.keyDown(first, { key: '8' });
    const input = screen.getByRole('textbox', { name: 'Ana, Sep 2026' });
    fireEvent.change(input, { target: { value: '88 %' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(drafts()).toEqual({ [draftKey('ana', 'csat', '2026-09')]: '88 %' });
    expect(document.activeElement).toBe(cell(/^Ben, Sep 2026/));

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(/^Ben, Oct 2026/));
    fireEvent.keyDown(document.activeElement!, { key: '5' });
    const second = screen.getByRole('textbox', { name: 'Ben, Oct 2026' });
    fireEvent.keyDown(second, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(Object.keys(drafts())).toHaveLength(1);
  });

  it('Tab keeps an edit and moves right; typing the stored value back drops the draft', () => {
    renderWithMantine(<Harness />);
    cell(/^Ana, Sep 2026/).focus();
    fireEvent.keyDown(cell(/^Ana, Sep 2026/), { key: 'F2' });
    const input = screen.getByRole('textbox', { name: 'Ana, Sep 2026' });
    fireEvent.change(input, { target: { value: '0.5' } });
    fireEvent.keyDown(input, { key: 'Tab' });
    expect(document.activeElement).toBe(cell(/^Ana, Oct 2026/));
    fireEvent.keyDown(document.activeElement!, { key: 'F2' });
    const stored = screen.getByRole('textbox', { name: 'Ana, Oct 2026' }) as HTMLInputElement;
    expect(stored.value).toBe('92 %');
    fireEvent.keyDown(stored, { key: 'Enter' });
    expect(drafts()).toEqual({ [draftKey('ana', 'csat', '2026-09')]: '0.5' });
  });

  it('clears a stored value with Delete', () => {
    renderWithMantine(<Harness />);
    const stored = cell(/^Ana, Oct 2026/);
    act(() => stored.focus());
    fireEvent.keyDown(stored, { key: 'Delete' });
    expect(drafts()).toEqual({ [draftKey('ana', 'csat', '2026-10')]: '' });
    expect(cell(/^Ana, Oct 2026: empty, cleared, not saved$/)).toBeTruthy();
  });

  it('fills a paste from the focused cell and reports what fell outside', () => {
    const onOutside = vi.fn();
    renderWithMantine(<Harness onOutside={onOutside} />);
    const start = cell(/^Ana, Sep 2026/);
    start.focus();
    fireEvent.paste(start, {
      clipboardData: { getData: () => '90%\t92 %\r\n85\toops\r\n70\t71\r\n' },
    });
    expect(drafts()).toEqual({
      [draftKey('ana', 'csat', '2026-09')]: '90%',
      [draftKey('ben', 'csat', '2026-09')]: '85',
      [draftKey('ben', 'csat', '2026-10')]: 'oops',
    });
    expect(onOutside).toHaveBeenCalledWith(2);
    const bad = cell(/^Ben, Oct 2026: oops, not saved$/);
    expect(bad.getAttribute('aria-invalid')).toBe('true');
    expect(bad.textContent).toContain('Use a percentage from 0 to 100, like 92 %.');
  });
});
