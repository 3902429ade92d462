import { Alert, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { defaultCadence, type PersonInput } from '../../../shared/model/person';
import { PageHeader } from '../../components/PageHeader';
import { fieldsOf, messageOf } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { PersonForm, toFormValues } from './PersonForm';
import { useCreatePerson, usePerson, useUpdatePerson } from './queries';

type SetErrors = (errors: Record<string, string>) => void;

function reportFailure(error: unknown, setErrors: SetErrors) {
  const fields = fieldsOf(error);
  setErrors(fields);
  notifications.show({ color: 'red', title: 'Not saved', message: messageOf(error) });
}

export function NewPersonPage() {
  const navigate = useNavigate();
  const create = useCreatePerson();
  const initial = toFormValues({ name: '', cadence: defaultCadence(todayIso()) });

  const submit = (input: PersonInput, setErrors: SetErrors) =>
    create.mutate(input, {
      onSuccess: (view) => navigate(`/team/${view.person.id}`),
      onError: (error) => reportFailure(error, setErrors),
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
      />
    </>
  );
}

export function EditPersonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, isPending } = usePerson(id);
  const update = useUpdatePerson();

  if (isPending) return <Loader aria-label="Loading" />;
  if (error) return <Alert color="red">{messageOf(error)}</Alert>;

  const submit = (changes: PersonInput, setErrors: SetErrors) =>
    update.mutate(
      { id, changes },
      {
        onSuccess: () => navigate(`/team/${id}`),
        onError: (failure) => reportFailure(failure, setErrors),
      },
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
