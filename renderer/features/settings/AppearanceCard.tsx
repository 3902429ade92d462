import {
  SegmentedControl,
  Text,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { APPEARANCE_LABELS, APPEARANCES } from '../../app/appearance';
import { SectionCard } from '../../components/SectionCard';
import { oneOf } from '../../lib/one-of';

/** Light, Dark or System (follows the computer's setting as it changes), for every window. */
export function AppearanceCard() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  return (
    <SectionCard title="Appearance">
      <SegmentedControl
        aria-label="Appearance"
        value={colorScheme}
        onChange={(value) => {
          const choice = oneOf(APPEARANCES, value);
          if (choice) setColorScheme(choice);
        }}
        data={APPEARANCES.map((value) => ({ value, label: APPEARANCE_LABELS[value] }))}
      />
      <Text size="xs" c="dimmed" mt="xs">
        {colorScheme === 'auto'
          ? `System follows your computer's light or dark setting (now ${computed}).`
          : 'Kept on this computer, for every Coachbook window.'}
      </Text>
    </SectionCard>
  );
}
