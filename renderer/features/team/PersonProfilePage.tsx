import { Badge, Button, Group, SimpleGrid } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { BriefButton } from '../brief/BriefButton';
import { CadenceCard, DetailsCard, TagsCard } from './ProfileCards';
import { PersonQueryState } from './PersonQueryState';
import { PersonTimelineCard } from './PersonTimelineCard';
import { ExportMenu } from '../meetings/ExportMenu';
import { PersonMeetingsCard } from '../meetings/PersonMeetingsCard';
import { PersonRecognitionCard } from '../recognition/PersonRecognitionCard';
import { PersonGrowthSection } from '../growth/PersonGrowthSection';
import { PersonKpisSection } from '../kpis/PersonKpisSection';
import { PersonFeedbackCard } from '../feedback/PersonFeedbackCard';
import { useArchivePerson, useDeletePerson, usePerson, useRestorePerson } from './queries';

export function PersonProfilePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = usePerson(id);
  const name = query.data?.person.name ?? '';
  const archive = useArchivePerson({ done: `${name} was archived. Their history is kept.` });
  const restore = useRestorePerson({ done: `${name} is active again.` });
  const remove = useDeletePerson();
  const [deleting, deleteDialog] = useDisclosure(false);

  if (!query.isSuccess) return <PersonQueryState query={query} />;

  const { data } = query;
  const { person } = data;
  const archived = person.status === 'archived';
  const statusChange = archived ? restore : archive;

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
            <Button
              variant="default"
              leftSection={
                archived ? (
                  <IconArrowBackUp size={16} aria-hidden />
                ) : (
                  <IconArchive size={16} aria-hidden />
                )
              }
              loading={statusChange.isPending}
              onClick={() => statusChange.run(id)}
            >
              {archived ? 'Restore' : 'Archive'}
            </Button>
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
      <PersonGrowthSection personId={id} />
      <PersonKpisSection personId={id} />
      <ConfirmDialog
        opened={deleting}
        title={`Delete ${person.name} for good?`}
        confirmLabel="Delete for good"
        typeToConfirm={person.name}
        busy={remove.isPending}
        onClose={deleteDialog.close}
        onConfirm={() =>
          remove.run({ id, name: person.name }, { onSuccess: () => navigate('/team') })
        }
      >
        This erases everything Coachbook keeps about {person.name}, including every backup of it. It
        cannot be undone. To keep their history, archive them instead.
      </ConfirmDialog>
    </>
  );
}
