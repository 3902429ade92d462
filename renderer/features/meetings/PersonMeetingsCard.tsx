import { Anchor, Badge, Divider, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { summarizeNotes } from '../../../shared/domain/brief';
import { QueryState } from '../../components/QueryState';
import { SearchInput } from '../../components/SearchInput';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { formatMeeting } from '../../lib/format';
import type { FieldErrors } from '../../lib/use-action';
import { DateTimeDialog } from './DateTimeDialog';
import { meetingPath } from './links';
import { STATUS_BADGE } from './MeetingPage';
import { useMeetingsOverview, usePersonMutation } from './queries';
import { UpcomingList } from './UpcomingList';
import { NotRecordedList } from './NotRecordedList';

/** A person's 1:1s: what is next, and every past one, searchable by text. */
export function PersonMeetingsCard({ personId }: { personId: string }) {
  const navigate = useNavigate();
  const query = useMeetingsOverview(personId);
  const { data } = query;
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const createAdHoc = usePersonMutation(
    personId,
    (when: string) => api.meetings.createAdHoc({ personId, at: when }),
    { showFieldErrors: setErrors, fieldNames: ['at'] },
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

  if (!query.isSuccess) return <QueryState query={query} label="Loading 1:1s" />;
  const overview = query.data;

  return (
    <SectionCard
      title="1:1 schedule and history"
      action={
        <CardAction
          icon={<IconPlus size={14} aria-hidden />}
          onClick={() => (setAdding(true), setErrors({}))}
        >
          Ad-hoc 1:1
        </CardAction>
      }
    >
      <UpcomingList personId={personId} upcoming={overview.upcoming} />
      {overview.notRecorded.length > 0 && (
        <>
          <Divider
            my="sm"
            label={`${overview.notRecorded.length} past ${overview.notRecorded.length === 1 ? '1:1' : '1:1s'} not recorded`}
            labelPosition="left"
          />
          <NotRecordedList items={overview.notRecorded.map((n) => ({ ...n, personId }))} />
        </>
      )}
      <Divider my="sm" />
      <SearchInput
        label="Search 1:1 notes"
        placeholder="Search past 1:1s"
        value={search}
        onChange={setSearch}
        mb="xs"
      />
      {history.length === 0 ? (
        <Text c="dimmed" size="sm">
          {overview.history.length
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
      <DateTimeDialog
        opened={adding}
        title="Add an ad-hoc 1:1"
        label="Date and time"
        value={at}
        error={errors.at}
        busy={createAdHoc.isPending}
        submitLabel="Add"
        onChange={setAt}
        onClose={() => setAdding(false)}
        onSubmit={() =>
          createAdHoc.run(at, {
            onSuccess: (view) => {
              setAdding(false);
              navigate(meetingPath(personId, { meetingId: view.meeting.id, occurrence: null }));
            },
          })
        }
      />
    </SectionCard>
  );
}
