import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { api } from '../../lib/api';
import { meetingPath } from './links';

/** Opens a cadence occurrence: the backend writes the 1:1 down once, then we show it. */
export function OpenOccurrence() {
  const { id = '', occurrence = '' } = useParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    api.meetings
      .open({ personId: id, occurrence })
      .then((view) =>
        navigate(meetingPath(id, { meetingId: view.meeting.id, occurrence }), { replace: true }),
      )
      .catch(setError);
  }, [id, occurrence, navigate]);

  return (
    <QueryState
      query={{ status: error ? 'error' : 'pending', error }}
      label="Opening the 1:1"
      errorTitle="This 1:1 could not be opened"
      back={{ to: `/team/${id}`, label: 'Back to the profile' }}
    />
  );
}
