import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import { briefPath } from '../meetings/links';

export function BriefButton({ personId }: { personId: string }) {
  return (
    <Button
      variant="default"
      component={Link}
      to={briefPath(personId)}
      leftSection={<IconFileText size={16} aria-hidden />}
    >
      Brief
    </Button>
  );
}
