import {
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  FREQUENCIES,
  FREQUENCY_LABELS,
  WEEKDAY_LABELS,
  WEEK_OF_MONTH_LABELS,
  cadenceSchema,
  personInputSchema,
  type PersonInput,
} from '../../../shared/model/person';
import { describeShiftedTimes } from '../../../shared/domain/cadence-text';
import { useEffect, useRef } from 'react';
import { zodValidator } from '../../lib/forms';
import { CadenceSummary } from './CadenceSummary';
import { LeaveGuard } from './LeaveGuard';
import { oneOf } from '../../lib/one-of';

interface PersonFormValues {
  name: string;
  role: string;
  email: string;
  startDate: string;
  cadence: {
    frequency: PersonInput['cadence']['frequency'];
    weekday: string;
    time: string;
    weekOfMonth: string;
    startsOn: string;
  };
  skills: string[];
  tags: string[];
  note: string;
}

/** Form values are strings (what inputs hold); this turns them into the contract's input. */
function toPersonInput(values: PersonFormValues): PersonInput {
  return {
    name: values.name,
    role: values.role,
    email: values.email,
    startDate: values.startDate === '' ? null : values.startDate,
    cadence: {
      frequency: values.cadence.frequency,
      weekday: Number(values.cadence.weekday),
      time: values.cadence.time,
      weekOfMonth: Number(values.cadence.weekOfMonth),
      startsOn: values.cadence.startsOn,
    },
    skills: values.skills,
    tags: values.tags,
    note: values.note,
  };
}

export function toFormValues(person: PersonInput): PersonFormValues {
  return {
    name: person.name,
    role: person.role ?? '',
    email: person.email ?? '',
    startDate: person.startDate ?? '',
    cadence: {
      frequency: person.cadence.frequency,
      weekday: String(person.cadence.weekday),
      time: person.cadence.time,
      weekOfMonth: String(person.cadence.weekOfMonth),
      startsOn: person.cadence.startsOn,
    },
    skills: person.skills ?? [],
    tags: person.tags ?? [],
    note: person.note ?? '',
  };
}

const validateInput = zodValidator(personInputSchema);

/** What the page does with a valid form; `saved` empties the form for the next person. */
export interface SubmitContext {
  setErrors: (errors: Record<string, string>) => void;
  /** "Save and add another" was pressed. */
  another: boolean;
  /** Back to the initial values, nothing unsaved (after "Save and add another"). */
  reset: () => void;
}

interface PersonFormProps {
  initial: PersonFormValues;
  submitLabel: string;
  busy: boolean;
  onSubmit: (input: PersonInput, context: SubmitContext) => void;
  onCancel: () => void;
  /** Shows "Save and add another" (adding a person). */
  addAnother?: boolean;
}

export function PersonForm({
  initial,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
  addAnother,
}: PersonFormProps) {
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => validateInput(toPersonInput(values)),
  });
  const frequency = form.values.cadence.frequency;
  // Set while a save is under way (the page leaves on success) or on Cancel: leaves without asking.
  const saving = useRef(false);
  const another = useRef(false);
  useEffect(() => {
    if (!busy) saving.current = false;
  }, [busy]);

  return (
    <form
      noValidate
      onSubmit={(event) =>
        form.onSubmit((values) => {
          saving.current = true;
          onSubmit(toPersonInput(values), {
            setErrors: (errors) => {
              if (Object.keys(errors).length > 0) saving.current = false;
              form.setErrors(errors);
            },
            another: another.current,
            reset: () => {
              form.setInitialValues(initial);
              form.reset();
            },
          });
          another.current = false;
        })(event)
      }
      aria-label="Person"
    >
      <LeaveGuard
        dirty={() => !saving.current && form.isDirty()}
        what={form.values.name.trim() || 'this person'}
      />
      <Stack gap="md" maw={720}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="Role"
            placeholder="Support agent, tier 2"
            {...form.getInputProps('role')}
          />
          <TextInput
            label="Email"
            type="email"
            placeholder="sam@example.com"
            {...form.getInputProps('email')}
          />
          <TextInput
            label="Joined the team"
            description="When they started; 1:1s have their own start below"
            type="date"
            {...form.getInputProps('startDate')}
          />
        </SimpleGrid>

        <Fieldset legend="1:1 cadence">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="How often"
              allowDeselect={false}
              data={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
              {...form.getInputProps('cadence.frequency')}
              onChange={(v) => {
                const next = oneOf(FREQUENCIES, v);
                if (next) form.setFieldValue('cadence.frequency', next);
              }}
            />
            {frequency !== 'none' && (
              <>
                {frequency === 'monthly' && (
                  <Select
                    label="Which week"
                    allowDeselect={false}
                    data={WEEK_OF_MONTH_LABELS.map((label, i) => ({ value: String(i + 1), label }))}
                    {...form.getInputProps('cadence.weekOfMonth')}
                  />
                )}
                <Select
                  label="Weekday"
                  allowDeselect={false}
                  data={WEEKDAY_LABELS.map((label, i) => ({ value: String(i + 1), label }))}
                  {...form.getInputProps('cadence.weekday')}
                />
                <TextInput label="Time" type="time" {...form.getInputProps('cadence.time')} />
                <TextInput
                  label="1:1s start on"
                  type="date"
                  description={
                    frequency === 'biweekly'
                      ? "Meetings fall in this date's week (Monday to Sunday), then every other week. Changing only the weekday or time keeps those weeks."
                      : 'A change applies from this date; 1:1s before it keep the old cadence.'
                  }
                  {...form.getInputProps('cadence.startsOn')}
                />
              </>
            )}
          </SimpleGrid>
          <ShiftedTimesNote values={form.values} />
        </Fieldset>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="Skills"
            description="Press Enter after each one"
            placeholder="Billing, API, Spanish"
            {...form.getInputProps('skills')}
          />
          <TagsInput
            label="Tags"
            description="Press Enter after each one"
            placeholder="Tier 2, night shift"
            {...form.getInputProps('tags')}
          />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={3} maxRows={10} {...form.getInputProps('note')} />

        <CadenceSummary cadence={toPersonInput(form.values).cadence} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {addAnother && (
            <Button
              type="submit"
              variant="light"
              disabled={busy}
              onClick={() => (another.current = true)}
            >
              Save and add another
            </Button>
          )}
          <Button
            variant="default"
            onClick={() => {
              saving.current = true; // Cancel is the lead's own choice to drop it: no question
              onCancel();
            }}
          >
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Says plainly when the chosen time does not exist on a DST day and where the 1:1 goes instead. */
function ShiftedTimesNote({ values }: { values: PersonFormValues }) {
  const parsed = cadenceSchema.safeParse(toPersonInput(values).cadence);
  const notes = parsed.success ? describeShiftedTimes(parsed.data, new Date()) : [];
  if (notes.length === 0) return null;
  return (
    <Alert color="yellow" mt="sm" title="Daylight-saving change" role="status">
      {notes.map((note) => (
        <Text key={note} size="sm">
          {note}
        </Text>
      ))}
    </Alert>
  );
}
