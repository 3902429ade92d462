import { Alert, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
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

  if (error)
    return (
      <Alert color="red" title="This 1:1 could not be opened">
        {messageOf(error)} <Link to={`/team/${id}`}>Back to the profile</Link>
      </Alert>
    );
  return <Loader aria-label="Opening the 1:1" />;
}
