import { useNavigate, useParams } from 'react-router';
import { defaultCadence, type PersonInput } from '../../../shared/model/person';
import { PageHeader } from '../../components/PageHeader';
import { todayIso } from '../../lib/format';
import type { FieldErrors } from '../../lib/use-action';
import { PersonForm, toFormValues } from './PersonForm';
import { PersonQueryState } from './PersonQueryState';
import { useCreatePerson, usePerson, useUpdatePerson } from './queries';

type SetErrors = (errors: FieldErrors) => void;

export function NewPersonPage() {
  const navigate = useNavigate();
  const create = useCreatePerson();
  const initial = toFormValues({ name: '', cadence: defaultCadence(todayIso()) });

  const submit = (input: PersonInput, setErrors: SetErrors) =>
    create.run(input, {
      showFieldErrors: setErrors,
      onSuccess: (view) => navigate(`/team/${view.person.id}`),
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
  const query = usePerson(id);
  const update = useUpdatePerson();

  if (!query.isSuccess) return <PersonQueryState query={query} />;

  const { data } = query;
  const submit = (changes: PersonInput, setErrors: SetErrors) =>
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
