import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_LEVEL_DESCRIPTIONS, LEVEL_GLYPHS } from '../../../shared/model/growth';
import { SectionCard } from '../../components/SectionCard';
import { useGrowthAction } from './queries';

/** What each level 0-4 means on this team, in the lead's words. */
export function LevelDescriptionsCard({ descriptions }: { descriptions: string[] }) {
  const [values, setValues] = useState(descriptions);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useGrowthAction('growth:setLevelDescriptions', {
    done: 'Level descriptions saved.',
    showFieldErrors: setErrors,
  });
  return (
    <SectionCard title="What the levels mean">
      <Stack gap={6}>
        {values.map((value, level) => (
          <TextInput
            key={level}
            label={`${LEVEL_GLYPHS[level]} Level ${level}`}
            size="xs"
            value={value}
            error={errors[`descriptions.${level}`]}
            onChange={(e) => {
              const next = [...values];
              next[level] = e.currentTarget.value;
              setValues(next);
            }}
          />
        ))}
        <Group justify="space-between">
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setValues([...DEFAULT_LEVEL_DESCRIPTIONS])}
          >
            Use the defaults
          </Button>
          <Button
            size="xs"
            loading={save.isPending}
            onClick={() => save.run({ descriptions: values })}
          >
            Save levels
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
