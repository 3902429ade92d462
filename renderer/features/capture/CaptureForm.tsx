import {
  Autocomplete,
  Button,
  Group,
  Input,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, type KeyboardEvent, type Ref } from 'react';
import {
  SHARED_IN,
  SHARED_IN_LABELS,
  recognitionInputSchemaFor,
  type Recognition,
  type SharedIn,
} from '../../../shared/model/recognition';
import { messageOf } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { zodValidator } from '../../lib/forms';
import { oneOf } from '../../lib/one-of';
import { usePeople } from '../team/queries';
import { useCreateRecognition, useValues } from '../recognition/queries';

interface CaptureValues {
  personIds: string[];
  text: string;
  value: string;
  sharedIn: SharedIn;
  date: string;
}

const blankCapture = (personIds: string[] = []): CaptureValues => ({
  personIds,
  text: '',
  value: '',
  sharedIn: 'private',
  date: todayIso(),
});

interface CaptureFormProps {
  initialPersonIds?: string[];
  onSaved: (saved: Recognition, reset: () => void) => void;
  onCancel: () => void;
  /** Lets the capture window put the cursor back in "Who" each time it is shown. */
  whoRef?: Ref<HTMLInputElement>;
}

/** Praise in seconds: who, what they did, a value, where it was shared. Enter saves. */
export function CaptureForm({ initialPersonIds, onSaved, onCancel, whoRef }: CaptureFormProps) {
  const people = usePeople();
  const values = useValues();
  const create = useCreateRecognition();
  const validate = useMemo(() => zodValidator(recognitionInputSchemaFor(todayIso())), []);
  const form = useForm<CaptureValues>({
    mode: 'controlled',
    initialValues: blankCapture(initialPersonIds),
    validate,
  });

  const submit = form.onSubmit((input) => {
    create.run(input, {
      showFieldErrors: form.setErrors,
      onSuccess: (saved) => onSaved(saved, () => form.setValues(blankCapture())),
    });
  });

  // Enter saves from the text box; Shift+Enter still makes a new line.
  const saveOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const active = (people.data ?? [])
    .filter((p) => p.person.status === 'active')
    .map((p) => ({ value: p.person.id, label: p.person.name }));

  return (
    <form noValidate onSubmit={submit} aria-label="Recognition">
      <Stack gap="sm">
        <MultiSelect
          label="Who"
          placeholder={form.values.personIds.length ? undefined : 'Type a name'}
          data={active}
          searchable
          selectFirstOptionOnChange
          hidePickedOptions
          nothingFoundMessage={
            people.isPending
              ? 'Loading your team…'
              : people.isError
                ? messageOf(people.error)
                : 'Nobody on your team matches'
          }
          ref={whoRef}
          data-autofocus
          // Many recipients scroll inside the field, so Save stays in the 520×500 window.
          styles={{ pillsList: { maxHeight: 62, overflowY: 'auto' } }}
          {...form.getInputProps('personIds')}
        />
        <Textarea
          label="What they did"
          placeholder="Stayed late to clear the refund backlog before the weekend"
          autosize
          minRows={3}
          maxRows={8}
          onKeyDown={saveOnEnter}
          {...form.getInputProps('text')}
        />
        <Group grow align="flex-start">
          <Autocomplete
            label="Value or tag"
            placeholder="Pick a value or type a tag"
            data={values.data ?? []}
            {...form.getInputProps('value')}
          />
          <TextInput label="When" type="date" max={todayIso()} {...form.getInputProps('date')} />
        </Group>
        <Input.Wrapper label="Where it was shared" id="capture-shared-in">
          <SegmentedControl
            fullWidth
            size="xs"
            transitionDuration={0}
            aria-labelledby="capture-shared-in-label"
            data={SHARED_IN.map((value) => ({ value, label: SHARED_IN_LABELS[value] }))}
            {...form.getInputProps('sharedIn')}
            onChange={(v) => form.setFieldValue('sharedIn', oneOf(SHARED_IN, v) ?? 'private')}
          />
        </Input.Wrapper>
        <Group justify="space-between" mt="xs" className="capture-actions">
          <Text size="xs" c="dimmed">
            Enter saves · Shift+Enter new line · Esc closes
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
