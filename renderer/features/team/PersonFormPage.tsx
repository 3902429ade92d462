import { useNavigate, useParams } from 'react-router';
import { defaultCadence, type PersonInput } from '../../../shared/model/person';
import { PageHeader } from '../../components/PageHeader';
import { todayIso } from '../../lib/format';
import { notifications } from '@mantine/notifications';
import { PersonForm, toFormValues, type SubmitContext } from './PersonForm';
import { PersonQueryState } from './PersonQueryState';
import { useCreatePerson, usePerson, useUpdatePerson } from './queries';

export function NewPersonPage() {
  const navigate = useNavigate();
  const create = useCreatePerson();
  const initial = toFormValues({ name: '', cadence: defaultCadence(todayIso()) });

  const submit = (input: PersonInput, { setErrors, another, reset }: SubmitContext) =>
    create.run(input, {
      showFieldErrors: setErrors,
      onSuccess: (view) => {
        if (!another) return navigate(`/team/${view.person.id}`);
        notifications.show({ color: 'teal', message: `${view.person.name} added. Next person:` });
        reset();
        document.querySelector<HTMLInputElement>('form[aria-label="Person"] input')?.focus();
      },
    });

  return (
    <>
      <PageHeader
        title="Add a person"
        subtitle="Only the name is required; the rest can come later."
      />
      <PersonForm
        initial={initial}
        submitLabel="Add person"
        busy={create.isPending}
        onSubmit={submit}
        onCancel={() => navigate('/team')}
        addAnother
      />
    </>
  );
}

export function EditPersonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = usePerson(id);
  const update = useUpdatePerson();

  if (!query.isSuccess) return <PersonQueryState query={query} />;

  const { data } = query;
  const submit = (changes: PersonInput, { setErrors }: SubmitContext) =>
    update.run(
      { id, changes },
      { showFieldErrors: setErrors, onSuccess: () => navigate(`/team/${id}`) },
    );

  return (
    <>
      <PageHeader title={`Edit ${data.person.name}`} />
      <PersonForm
        initial={toFormValues(data.person)}
        submitLabel="Save changes"
        busy={update.isPending}
        onSubmit={submit}
        onCancel={() => navigate(`/team/${id}`)}
      />
    </>
  );
}
