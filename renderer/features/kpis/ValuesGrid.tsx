import { Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { periodLabel, periodShortLabel } from '../../../shared/domain/kpis/periods';
import { formatKpiInput, formatKpiValue } from '../../../shared/domain/kpis/values';
import type { GridRow, KpiGrid } from '../../../shared/ipc/channels/kpis';
import {
  draftKey,
  isMultiCell,
  moveFor,
  parseClipboard,
  placePaste,
  startsTyping,
  type Position,
} from './grid-edit';

interface ValuesGridProps {
  grid: KpiGrid;
  /** "Person" or "Metric": the first column's heading. */
  rowHeading: string;
  label: string;
  drafts: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  /** Sets cells' drafts; `undefined` drops a draft (the cell is back to what is stored). */
  onDrafts: (changes: [key: string, text: string | undefined][]) => void;
  /** A paste reached past the grid's edge: how many cells were left out. */
  onPasteOutside: (count: number) => void;
}

const keyOf = (row: GridRow, period: string) => draftKey(row.personId, row.metric.id, period);

/** What is stored in a cell, as the text an edit starts from. */
function storedText(row: GridRow, col: number): string {
  const cell = row.cells[col];
  return cell ? formatKpiInput(cell.value, row.metric.unit) : '';
}

/**
 * A keyboard-first grid of KPI values. Arrows, Tab and Enter move; typing replaces a cell and F2
 * (or a double click) edits it; Enter or Tab keeps the edit and Escape drops it; Delete clears a
 * cell; a paste of tab-separated rows fills from the focused cell. Edits are drafts until the
 * panel saves them, each validated by its metric's unit, the message under the cell.
 */
export function ValuesGrid(props: ValuesGridProps) {
  const { grid, drafts, errors, onDrafts } = props;
  const rows = grid.rows.length;
  const cols = grid.periods.length;
  const [active, setActive] = useState<Position>([0, 0]);
  const [editing, setEditing] = useState<{ text: string } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const refocus = useRef(false);
  // Escape drops the edit: the input's blur, as it goes, must not keep it.
  const cancelled = useRef(false);
  const [row, col] = [Math.min(active[0], rows - 1), Math.min(active[1], cols - 1)];

  useEffect(() => {
    if (!refocus.current || editing) return;
    refocus.current = false;
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus();
  }, [row, col, editing]);

  const moveTo = (next: Position) => {
    refocus.current = true;
    setActive(next);
  };

  const textAt = (r: number, c: number) => {
    const gridRow = grid.rows[r]!;
    return drafts[keyOf(gridRow, grid.periods[c]!)] ?? storedText(gridRow, c);
  };

  const commit = (text: string) => {
    const gridRow = grid.rows[row]!;
    const key = keyOf(gridRow, grid.periods[col]!);
    onDrafts([[key, text.trim() === storedText(gridRow, col) ? undefined : text.trim()]]);
    setEditing(null);
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (rows === 0 || cols === 0) return;
    if (event.key === 'F2') {
      event.preventDefault();
      setEditing({ text: textAt(row, col) });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const gridRow = grid.rows[row]!;
      onDrafts([[keyOf(gridRow, grid.periods[col]!), gridRow.cells[col] ? '' : undefined]]);
    } else if (startsTyping(event)) {
      event.preventDefault();
      setEditing({ text: event.key });
    } else {
      const next = moveFor(event.key, event.shiftKey, [row, col], rows, cols);
      if (next) {
        event.preventDefault();
        moveTo(next);
      }
    }
  };

  const onEditKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      refocus.current = true;
      cancelled.current = true;
      setEditing(null);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      commit(editing.text);
      moveTo(moveFor(event.key, event.shiftKey, [row, col], rows, cols) ?? [row, col]);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (editing && !isMultiCell(text)) return; // the input takes a single value as typed text
    event.preventDefault();
    setEditing(null);
    const { placed, outside } = placePaste(parseClipboard(text), [row, col], rows, cols);
    onDrafts(
      placed.map(({ row: r, col: c, text: cell }) => {
        const gridRow = grid.rows[r]!;
        const same = cell === storedText(gridRow, c);
        return [keyOf(gridRow, grid.periods[c]!), same ? undefined : cell];
      }),
    );
    if (outside > 0) props.onPasteOutside(outside);
    refocus.current = true;
  };

  return (
    <div className="kpi-grid-scroll">
      <table
        ref={table}
        role="grid"
        aria-label={props.label}
        aria-describedby="kpi-grid-help"
        className="cell-grid kpi-grid"
        onPaste={onPaste}
      >
        <thead>
          <tr>
            <th scope="col">{props.rowHeading}</th>
            {grid.periods.map((period) => (
              <th key={period} scope="col" title={periodLabel(period)}>
                {periodShortLabel(period)}
                {grid.futurePeriods.includes(period) && (
                  <Text size="xs" c="dimmed" fw={400}>
                    not started
                  </Text>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((gridRow, r) => (
            <tr key={`${gridRow.personId}:${gridRow.metric.id}`}>
              <th scope="row">{gridRow.label}</th>
              {grid.periods.map((period, c) => {
                const key = keyOf(gridRow, period);
                const isActive = r === row && c === col;
                if (isActive && editing) {
                  return (
                    <td key={period} className="kpi-grid-cell" data-editing>
                      <input
                        // The cell is being typed into: the focus belongs here.
                        autoFocus
                        aria-label={`${gridRow.label}, ${periodLabel(period)}`}
                        value={editing.text}
                        onChange={(e) => setEditing({ text: e.currentTarget.value })}
                        onKeyDown={onEditKeyDown}
                        onFocus={() => (cancelled.current = false)}
                        onBlur={() => {
                          if (!cancelled.current) commit(editing.text);
                        }}
                      />
                    </td>
                  );
                }
                return (
                  <GridCellView
                    key={period}
                    row={gridRow}
                    col={c}
                    r={r}
                    period={period}
                    draft={drafts[key]}
                    error={errors[key]}
                    tabIndex={isActive ? 0 : -1}
                    onKeyDown={onCellKeyDown}
                    onFocus={() => setActive([r, c])}
                    onEdit={() => setEditing({ text: textAt(r, c) })}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface GridCellViewProps {
  row: GridRow;
  r: number;
  col: number;
  period: string;
  draft: string | undefined;
  error: string | undefined;
  tabIndex: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: () => void;
  onEdit: () => void;
}

function GridCellView({ row, r, col, period, draft, error, ...handlers }: GridCellViewProps) {
  const stored = row.cells[col];
  const shown =
    draft !== undefined
      ? draft
      : stored
        ? formatKpiValue(stored.value, row.metric.unit, { scaleMax: row.metric.scaleMax })
        : '';
  const errorId = error ? `kpi-cell-error-${r}-${col}` : undefined;
  const state = draft === undefined ? '' : draft === '' ? ', cleared, not saved' : ', not saved';
  return (
    <td
      role="gridcell"
      className="kpi-grid-cell"
      data-cell={`${r}:${col}`}
      data-draft={draft !== undefined || undefined}
      data-invalid={error ? true : undefined}
      tabIndex={handlers.tabIndex}
      title={stored?.source.label}
      aria-label={`${row.label}, ${periodLabel(period)}: ${shown || 'empty'}${state}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={errorId}
      onKeyDown={handlers.onKeyDown}
      onFocus={handlers.onFocus}
      onDoubleClick={handlers.onEdit}
    >
      <span className="kpi-grid-value">
        {draft !== undefined && <span aria-hidden>• </span>}
        {shown || (draft === '' ? 'cleared' : '')}
      </span>
      {error && (
        <Text id={errorId} size="xs" c="red" className="kpi-grid-error">
          <IconAlertTriangle size={12} aria-hidden /> {error}
        </Text>
      )}
    </td>
  );
}
