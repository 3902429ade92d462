import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconGridDots } from '@tabler/icons-react';
import { useState } from 'react';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';
import { EmptyState } from '../../components/EmptyState';
import { AwaySelect } from './AwaySelect';
import { pageCoverage, type PendingLevels } from './coverage-text';
import { levelText } from './LevelGlyph';
import { SkillsMatrix } from './SkillsMatrix';

const ALL = 'all';

interface MatrixPanelProps {
  view: TeamGrowthView;
  pending: PendingLevels;
  whatIfAway: string[];
  onWhatIfAway: (ids: string[]) => void;
  onSetLevel: (input: { personId: string; skillId: string; level: number }) => void;
  onDefineSkills: () => void;
}

export function MatrixPanel({
  view,
  pending,
  whatIfAway,
  onWhatIfAway,
  onSetLevel,
  onDefineSkills,
}: MatrixPanelProps) {
  const [group, setGroup] = useState(ALL);
  if (view.skills.length === 0 || view.people.length === 0) {
    return (
      <EmptyState
        icon={<IconGridDots aria-hidden />}
        title={view.people.length === 0 ? 'Add your team first' : 'Define the skills that matter'}
        action={view.skills.length === 0 && <Button onClick={onDefineSkills}>Define skills</Button>}
      >
        The matrix shows each person's level (0 none to 4 can teach others) in each skill, and how
        many people can cover each queue, channel, product or tool.
      </EmptyState>
    );
  }
  const groups = view.groups.filter((g) => view.skills.some((s) => s.groupId === g.id));
  const skills = group === ALL ? view.skills : view.skills.filter((s) => s.groupId === group);
  const away = new Set(whatIfAway);
  const coverage = pageCoverage(view, pending, away).filter((c) =>
    skills.some((s) => s.id === c.skillId),
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label="Group"
          value={group}
          onChange={setGroup}
          data={[
            { value: ALL, label: 'All groups' },
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <AwaySelect view={view} value={whatIfAway} onChange={onWhatIfAway} />
      </Group>
      <Text id="matrix-help" size="xs" c="dimmed">
        Arrow keys move, 0-4 set the level, Home and End jump to the row's ends. Levels:{' '}
        {view.levelDescriptions.map((d, l) => `${levelText(l)} ${d}`).join(' · ')}. →n is a target
        level not reached yet, T someone who trains others.
      </Text>
      <SkillsMatrix
        view={view}
        skills={skills}
        coverage={coverage}
        pending={pending}
        whatIfAway={away}
        onSetLevel={onSetLevel}
      />
    </Stack>
  );
}
