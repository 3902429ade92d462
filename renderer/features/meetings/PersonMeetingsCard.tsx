import {
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { summarizeNotes } from '../../../shared/domain/brief';
import { api } from '../../lib/api';
import { fieldsOf, messageOf } from '../../lib/errors';
import { formatMeeting } from '../../lib/format';
import { meetingPath } from './links';
import { STATUS_BADGE } from './MeetingPage';
import { useMeetingsOverview, usePersonMutation } from './queries';
import { UpcomingList } from './UpcomingList';
import { NotRecordedList } from './NotRecordedList';

/** A person's 1:1s: what is next, and every past one, searchable by text. */
export function PersonMeetingsCard({ personId }: { personId: string }) {
  const navigate = useNavigate();
  const { data, isPending, error } = useMeetingsOverview(personId);
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [at, setAt] = useState('');
  const [atError, setAtError] = useState<string | null>(null);
  const createAdHoc = usePersonMutation(personId, (when: string) =>
    api.meetings.createAdHoc({ personId, at: when }),
  );
  const history = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (data?.history ?? []).filter(
      (m) =>
        !needle ||
        `${m.notes} ${m.statusReason} ${m.mood?.word ?? ''}`.toLowerCase().includes(needle),
    );
  }, [data, search]);

  const notRecordedIds = useMemo(
    () => new Set((data?.notRecorded ?? []).map((n) => n.meetingId).filter(Boolean)),
    [data],
  );

  if (isPending) return <Loader aria-label="Loading 1:1s" />;
  if (error) return <Text c="red">{messageOf(error)}</Text>;

  return (
    <SectionCard
      title="1:1 schedule and history"
      action={
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => (setAdding(true), setAtError(null))}
        >
          Ad-hoc 1:1
        </Button>
      }
    >
      <UpcomingList personId={personId} upcoming={data.upcoming} />
      {data.notRecorded.length > 0 && (
        <>
          <Divider
            my="sm"
            label={`${data.notRecorded.length} past ${data.notRecorded.length === 1 ? '1:1' : '1:1s'} not recorded`}
            labelPosition="left"
          />
          <NotRecordedList items={data.notRecorded.map((n) => ({ ...n, personId }))} />
        </>
      )}
      <Divider my="sm" />
      <TextInput
        aria-label="Search 1:1 notes"
        placeholder="Search past 1:1s"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        mb="xs"
      />
      {history.length === 0 ? (
        <Text c="dimmed" size="sm">
          {data.history.length
            ? 'No 1:1 matches this search.'
            : 'No 1:1s written down yet. Open the next one to start its agenda.'}
        </Text>
      ) : (
        <Stack gap={6} component="ul" className="plain-list" aria-label="Past and planned 1:1s">
          {history.map((m) => (
            <Stack key={m.id} component="li" gap={0}>
              <Group gap="xs">
                <Anchor
                  component={Link}
                  to={meetingPath(personId, { meetingId: m.id, occurrence: null })}
                  size="sm"
                  fw={600}
                >
                  {formatMeeting(m.at)}
                </Anchor>
                {notRecordedIds.has(m.id) ? (
                  <Badge size="xs" variant="outline" color="orange">
                    Not recorded
                  </Badge>
                ) : (
                  <Badge size="xs" variant="light" color={STATUS_BADGE[m.status].color}>
                    {STATUS_BADGE[m.status].label}
                  </Badge>
                )}
                {m.mood && (
                  <Badge size="xs" variant="outline">
                    Mood {m.mood.score}/5
                  </Badge>
                )}
              </Group>
              {(m.notes || m.statusReason) && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {m.statusReason || summarizeNotes(m.notes)}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add an ad-hoc 1:1">
        <Stack>
          <TextInput
            label="Date and time"
            type="datetime-local"
            value={at}
            error={atError}
            onChange={(e) => setAt(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAdding(false)}>
              Back
            </Button>
            <Button
              loading={createAdHoc.isPending}
              onClick={() =>
                createAdHoc.mutate(at, {
                  onSuccess: (view) => {
                    setAdding(false);
                    navigate(
                      meetingPath(personId, { meetingId: view.meeting.id, occurrence: null }),
                    );
                  },
                  onError: (e) => {
                    setAtError(fieldsOf(e).at ?? messageOf(e));
                    notifications.show({ color: 'red', title: 'Not added', message: messageOf(e) });
                  },
                })
              }
            >
              Add
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
