import { Alert, Badge, Button, Group, Loader, SimpleGrid } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { BriefButton } from '../brief/BriefButton';
import { messageOf } from '../../lib/errors';
import { CadenceCard, DetailsCard, TagsCard } from './ProfileCards';
import { PersonTimelineCard } from './PersonTimelineCard';
import { DeletePersonDialog } from './DeletePersonDialog';
import { ExportMenu } from '../meetings/ExportMenu';
import { PersonMeetingsCard } from '../meetings/PersonMeetingsCard';
import { PersonRecognitionCard } from '../recognition/PersonRecognitionCard';
import { PersonFeedbackCard } from '../feedback/PersonFeedbackCard';
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
            <BriefButton personId={id} />
            <ExportMenu personId={id} />
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
        <PersonTimelineCard person={person} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
        <PersonMeetingsCard personId={id} />
        <PersonFeedbackCard person={person} />
        <PersonRecognitionCard person={person} />
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
