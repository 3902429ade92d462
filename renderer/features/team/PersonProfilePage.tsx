import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { upcomingMeetings } from '../../../shared/domain/cadence';
import type { Person } from '../../../shared/model/person';
import { PageHeader } from '../../components/PageHeader';
import { messageOf } from '../../lib/errors';
import { describeCadence, formatDate, formatMeeting, formatTimestamp } from '../../lib/format';
import { DeletePersonDialog } from './DeletePersonDialog';
import { useArchivePerson, useDeletePerson, usePerson, useRestorePerson } from './queries';

export function PersonProfilePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, isPending } = usePerson(id);
  const archive = useArchivePerson();
  const restore = useRestorePerson();
  const remove = useDeletePerson();
  const [deleting, deleteDialog] = useDisclosure(false);

  if (isPending) return <Loader aria-label="Loading person" />;
  if (error)
    return (
      <Alert color="red" title="This person could not be shown">
        {messageOf(error)} <Link to="/team">Back to the team</Link>
      </Alert>
    );

  const { person } = data;
  const archived = person.status === 'archived';
  const fail = (e: unknown) =>
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(e) });
  const done = (message: string) => notifications.show({ color: 'teal', message });

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            {person.name}
            {archived && (
              <Badge color="gray" variant="light">
                Archived
              </Badge>
            )}
          </Group>
        }
        subtitle={person.role || 'No role set'}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              component={Link}
              to={`/team/${id}/edit`}
            >
              Edit
            </Button>
            {archived ? (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                loading={restore.isPending}
                onClick={() =>
                  restore.mutate(id, {
                    onSuccess: () => done(`${person.name} is active again.`),
                    onError: fail,
                  })
                }
              >
                Restore
              </Button>
            ) : (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} aria-hidden />}
                loading={archive.isPending}
                onClick={() =>
                  archive.mutate(id, {
                    onSuccess: () => done(`${person.name} was archived. Their history is kept.`),
                    onError: fail,
                  })
                }
              >
                Archive
              </Button>
            )}
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={deleteDialog.open}
            >
              Delete
            </Button>
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DetailsCard person={person} />
        <CadenceCard person={person} nextMeeting={data.nextMeeting} />
        <TagsCard person={person} />
        <TimelineCard person={person} />
      </SimpleGrid>
      <DeletePersonDialog
        name={person.name}
        opened={deleting}
        busy={remove.isPending}
        onClose={deleteDialog.close}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () => {
              done(`${person.name} was deleted.`);
              navigate('/team');
            },
            onError: fail,
          })
        }
      />
    </>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

function DetailsCard({ person }: { person: Person }) {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Details
      </Title>
      <Stack gap="sm">
        <Field label="Email">{person.email || '—'}</Field>
        <Field label="Start date">{formatDate(person.startDate)}</Field>
        <Field label="Note">{person.note || '—'}</Field>
      </Stack>
    </Card>
  );
}

function CadenceCard({ person, nextMeeting }: { person: Person; nextMeeting: string | null }) {
  const following = nextMeeting
    ? upcomingMeetings(person.cadence, new Date(nextMeeting), 4).slice(1)
    : [];
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        1:1s
      </Title>
      <Stack gap="sm">
        <Field label="Cadence">{describeCadence(person.cadence)}</Field>
        <Field label="Next 1:1">
          {nextMeeting
            ? formatMeeting(nextMeeting)
            : person.status === 'archived'
              ? 'None while archived'
              : 'Not scheduled'}
        </Field>
        {following.length > 0 && (
          <Field label="After that">
            {following.map((d) => formatMeeting(d.toISOString())).join(' · ')}
          </Field>
        )}
      </Stack>
    </Card>
  );
}

function TagsCard({ person }: { person: Person }) {
  const group = (label: string, items: string[]) => (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      {items.length ? (
        <Group gap={6}>
          {items.map((item) => (
            <Badge key={item} variant="light">
              {item}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text c="dimmed">None yet</Text>
      )}
    </div>
  );
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Skills and tags
      </Title>
      <Stack gap="sm">
        {group('Skills', person.skills)}
        {group('Tags', person.tags)}
      </Stack>
    </Card>
  );
}

function TimelineCard({ person }: { person: Person }) {
  const events = [
    { at: person.createdAt, text: 'Added to Coachbook' },
    ...(person.updatedAt !== person.createdAt
      ? [{ at: person.updatedAt, text: 'Last changed' }]
      : []),
    ...(person.archivedAt ? [{ at: person.archivedAt, text: 'Archived' }] : []),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Timeline
      </Title>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {events.map((e) => (
          <li key={`${e.text}-${e.at}`}>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {formatTimestamp(e.at)}
              </Text>{' '}
              {e.text}
            </Text>
          </li>
        ))}
      </Stack>
    </Card>
  );
}
