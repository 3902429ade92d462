import { Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { SkillCoverage } from '../../../shared/domain/growth/coverage';
import type { MatrixPerson, TeamGrowthView } from '../../../shared/ipc/channels/growth';
import type { SkillDefinition } from '../../../shared/model/growth';
import { COVERAGE_MARK, COVERAGE_SHORT, cellKey, type PendingLevels } from './coverage-text';
import { levelText } from './LevelGlyph';

interface SkillsMatrixProps {
  view: TeamGrowthView;
  skills: SkillDefinition[];
  coverage: SkillCoverage[];
  pending: PendingLevels;
  whatIfAway: ReadonlySet<string>;
  onSetLevel: (input: { personId: string; skillId: string; level: number }) => void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * People × skills, edited from the keyboard: arrows move, digits 0-4 set the level, Home and End
 * go to the row's ends. Each cell shows a glyph and the number, and the coverage row at the
 * bottom counts who is at or above each skill's required level.
 */
export function SkillsMatrix({
  view,
  skills,
  coverage,
  pending,
  whatIfAway,
  onSetLevel,
}: SkillsMatrixProps) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);
  const rows = view.people.length;
  const cols = skills.length;
  const [row, col] = [Math.min(active[0], rows - 1), Math.min(active[1], cols - 1)];

  const focusCell = (r: number, c: number) => {
    setActive([r, c]);
    table.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (rows === 0 || cols === 0) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      focusCell(
        Math.max(0, Math.min(rows - 1, row + move[0])),
        Math.max(0, Math.min(cols - 1, col + move[1])),
      );
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusCell(row, event.key === 'Home' ? 0 : cols - 1);
    } else if (/^[0-4]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const person = view.people[row]!;
      const skill = skills[col]!;
      onSetLevel({ personId: person.personId, skillId: skill.id, level: Number(event.key) });
    }
  };

  return (
    <div style={{ overflowX: 'auto' }}>
      <table
        ref={table}
        role="grid"
        aria-label="Skills matrix"
        aria-describedby="matrix-help"
        className="cell-grid skills-matrix"
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col">Person</th>
            {skills.map((s) => (
              <th key={s.id} scope="col" title={s.description || undefined}>
                {s.name}
                <Text size="xs" c="dimmed" fw={400}>
                  needs {s.requiredLevel}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.people.map((person, r) => (
            <MatrixRow
              key={person.personId}
              person={person}
              rowIndex={r}
              skills={skills}
              pending={pending}
              away={whatIfAway.has(person.personId) || person.awayToday}
              activeCol={r === row ? col : -1}
              descriptions={view.levelDescriptions}
              onFocusCell={(c) => setActive([r, c])}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Coverage</th>
            {coverage.map((c) => (
              <td
                key={c.skillId}
                className={`coverage-${c.state}`}
                aria-label={`${c.name}: ${c.count} of ${c.targetCoverage}, ${COVERAGE_SHORT[c.state].toLowerCase()}`}
              >
                {COVERAGE_MARK[c.state]} {c.count}/{c.targetCoverage}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface MatrixRowProps {
  person: MatrixPerson;
  rowIndex: number;
  skills: SkillDefinition[];
  pending: PendingLevels;
  away: boolean;
  /** The column of the focusable cell in this row, or -1. */
  activeCol: number;
  descriptions: string[];
  onFocusCell: (col: number) => void;
}

function MatrixRow({
  person,
  rowIndex,
  skills,
  pending,
  away,
  activeCol,
  descriptions,
  onFocusCell,
}: MatrixRowProps) {
  return (
    <tr>
      <th scope="row">
        {person.name}
        {away && (
          <Text span size="xs" c="dimmed">
            {' '}
            (away)
          </Text>
        )}
      </th>
      {skills.map((skill, c) => {
        const entry = person.levels[skill.id];
        const level = pending.get(cellKey(person.personId, skill.id)) ?? entry?.level ?? 0;
        const target = entry?.targetLevel ?? null;
        const gap = target !== null && target > level;
        return (
          <td
            key={skill.id}
            role="gridcell"
            data-cell={`${rowIndex}:${c}`}
            tabIndex={c === activeCol ? 0 : -1}
            className={`matrix-cell level-${level}`}
            data-gap={gap || undefined}
            aria-label={`${person.name}, ${skill.name}: level ${level}, ${descriptions[level] ?? ''}${gap ? `; target ${target}` : ''}${entry?.canTrain ? '; trains others' : ''}`}
            onFocus={() => onFocusCell(c)}
          >
            {levelText(level)}
            {gap && <sup aria-hidden> →{target}</sup>}
            {entry?.canTrain && <sup aria-hidden> T</sup>}
          </td>
        );
      })}
    </tr>
  );
}
