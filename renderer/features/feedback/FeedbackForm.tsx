import {
  Autocomplete,
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import {
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_LINK_LABELS,
  FEEDBACK_LINK_TYPES,
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  type FeedbackFieldsInput,
} from '../../../shared/model/feedback';
import type { Person } from '../../../shared/model/person';
import { formatMeeting, todayIso } from '../../lib/format';
import { oneOf } from '../../lib/one-of';
import { onShortcut } from '../../lib/shortcuts';
import { useValues } from '../recognition/queries';
import { toFeedbackInput, validateFeedback, type FeedbackFormValues } from './feedback-form-values';
import { useMeetingsOverview } from '../meetings/queries';
import { MetricSelect } from '../metric-links/MetricSelect';

const SBI = [
  ['situation', 'Situation', 'When and where it happened.'],
  ['behaviour', 'Behaviour', 'What they did or said, as you saw it.'],
  ['impact', 'Impact', 'The effect on customers, the team or you.'],
  ['nextStep', 'Next step (optional)', 'What you expect next: keep doing it, or what to change.'],
] as const;

const KPI_SUGGESTIONS = [
  'CSAT',
  'First response time',
  'Resolution time',
  'QA score',
  'Tickets solved',
];

interface FeedbackFormProps {
  person: Person;
  initial: FeedbackFormValues;
  busy: boolean;
  submitLabel: string;
  onSubmit: (input: FeedbackFieldsInput, setErrors: (e: Record<string, string>) => void) => void;
  onCancel: () => void;
}

/** Situation, Behaviour, Impact and the next step; a link; and where delivery stands. */
export function FeedbackForm({
  person,
  initial,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
}: FeedbackFormProps) {
  const today = todayIso();
  const values = useValues();
  const meetings = useMeetingsOverview(person.id);
  const validate = useMemo(() => validateFeedback(today), [today]);
  const form = useForm<FeedbackFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate,
  });
  const { linkType, status } = form.values;
  const submit = form.onSubmit((v) => onSubmit(toFeedbackInput(v), form.setErrors));

  const suggestions =
    linkType === 'skill'
      ? person.skills
      : linkType === 'value'
        ? (values.data ?? [])
        : KPI_SUGGESTIONS;
  const meetingOptions = (meetings.data?.history ?? []).map((m) => ({
    value: m.id,
    label: `${formatMeeting(m.at)} (${m.status})`,
  }));

  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={onShortcut({ saveFeedback: () => submit() })}
      aria-label="Feedback"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Input.Wrapper label="Kind" id="feedback-kind">
            <SegmentedControl
              fullWidth
              aria-labelledby="feedback-kind-label"
              data={FEEDBACK_KINDS.map((k) => ({ value: k, label: FEEDBACK_KIND_LABELS[k] }))}
              {...form.getInputProps('kind')}
              onChange={(v) => form.setFieldValue('kind', oneOf(FEEDBACK_KINDS, v) ?? 'positive')}
            />
          </Input.Wrapper>
          <TextInput label="Date" type="date" max={today} {...form.getInputProps('date')} />
          <Select
            label="Status"
            allowDeselect={false}
            data={FEEDBACK_STATUSES.map((s) => ({ value: s, label: FEEDBACK_STATUS_LABELS[s] }))}
            {...form.getInputProps('status')}
            onChange={(v) => {
              const next = oneOf(FEEDBACK_STATUSES, v) ?? 'to_deliver';
              form.setFieldValue('status', next);
              if (next !== 'to_deliver' && !form.values.deliveredOn)
                form.setFieldValue('deliveredOn', today);
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {SBI.map(([field, label, description], i) => (
            <Textarea
              key={field}
              label={label}
              description={description}
              autosize
              minRows={2}
              maxRows={6}
              data-autofocus={i === 0 || undefined}
              // Situation, behaviour and impact are required (marked); the next step is optional.
              required={field !== 'nextStep'}
              {...form.getInputProps(field)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Linked to"
            placeholder="Nothing"
            clearable
            data={FEEDBACK_LINK_TYPES.map((t) => ({ value: t, label: FEEDBACK_LINK_LABELS[t] }))}
            {...form.getInputProps('linkType')}
            value={linkType || null}
            onChange={(v) => form.setFieldValue('linkType', oneOf(FEEDBACK_LINK_TYPES, v) ?? '')}
          />
          {linkType && (
            <Autocomplete
              label={FEEDBACK_LINK_LABELS[linkType]}
              data={suggestions}
              {...form.getInputProps('linkLabel')}
            />
          )}
          <MetricSelect
            description="The KPI it is about: its latest value shows beside the feedback."
            current={initial.metricId || null}
            value={form.values.metricId}
            onChange={(v) => form.setFieldValue('metricId', v)}
            error={form.errors.metricId}
          />
        </SimpleGrid>
        {status !== 'to_deliver' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Delivered on"
              type="date"
              max={today}
              {...form.getInputProps('deliveredOn')}
            />
            <Select
              label="In which 1:1"
              placeholder={meetingOptions.length ? 'Not in a 1:1' : 'No 1:1s recorded yet'}
              clearable
              data={meetingOptions}
              {...form.getInputProps('deliveredInMeetingId')}
              value={form.values.deliveredInMeetingId || null}
              onChange={(v) => form.setFieldValue('deliveredInMeetingId', v ?? '')}
            />
            {status === 'follow_up' && (
              <TextInput label="Follow up on" type="date" {...form.getInputProps('followUpOn')} />
            )}
          </SimpleGrid>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
