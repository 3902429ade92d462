import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../lib/format';
import { useGrowthAction } from './queries';

interface TemplateModalProps {
  personId: string;
  personName: string;
  opened: boolean;
  templates: { id: string; name: string; summary: string }[];
  onClose: () => void;
}

/** Starts a plan in one step from a support path; its goals and milestones stay editable. */
export function TemplateModal({ opened, onClose, personName, ...props }: TemplateModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Start a plan for ${personName}`} size="lg">
      <TemplatePicker {...props} onClose={onClose} />
    </Modal>
  );
}

function TemplatePicker({
  personId,
  templates,
  onClose,
}: Omit<TemplateModalProps, 'opened' | 'personName'>) {
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const start = useGrowthAction('growth:startPlan', {
    done: (goals) =>
      `Plan started: ${goals.length} ${goals.length === 1 ? 'goal' : 'goals'} added.`,
    showFieldErrors: setErrors,
    fieldNames: ['templateId', 'startsOn'],
  });
  if (templates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        There are no plan templates. Add one on the Growth page, under Skills and templates.
      </Text>
    );
  }
  return (
    <Stack>
      <Radio.Group
        label="Template"
        value={templateId}
        onChange={setTemplateId}
        error={errors.templateId}
      >
        <Stack gap="xs" mt="xs">
          {templates.map((t) => (
            <Radio key={t.id} value={t.id} label={t.name} description={t.summary} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label="Starts on"
        description="Target dates and milestones are counted in weeks from this day."
        type="date"
        w={220}
        value={startsOn}
        error={errors.startsOn}
        onChange={(e) => setStartsOn(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          loading={start.isPending}
          onClick={() => start.run({ personId, templateId, startsOn }, { onSuccess: onClose })}
        >
          Start plan
        </Button>
      </Group>
    </Stack>
  );
}
