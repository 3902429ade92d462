import { Text } from '@mantine/core';
import { describeCadenceText } from '../../../shared/domain/cadence-text';
import { cadenceSchema, type PersonInput } from '../../../shared/model/person';
import { formatDate } from '../../lib/format';

/**
 * Says, beside Save, which 1:1s saving will plan: the form starts with a suggested cadence, and
 * a lead who types only a name is told what comes with it rather than finding out on Today.
 */
export function CadenceSummary({ cadence }: { cadence: PersonInput['cadence'] }) {
  const parsed = cadenceSchema.safeParse(cadence);
  if (!parsed.success) return null;
  const text =
    parsed.data.frequency === 'none'
      ? 'No regular 1:1: Today lists them under "No regular 1:1 yet" until you choose one.'
      : `Saving plans 1:1s ${describeCadenceText(parsed.data).replace(/^\w/, (c) => c.toLowerCase())}, from ${formatDate(parsed.data.startsOn)}. Change it under "1:1 cadence", or choose "No regular 1:1".`;
  return (
    <Text size="sm" c="dimmed" role="note" aria-label="What saving plans">
      {text}
    </Text>
  );
}
