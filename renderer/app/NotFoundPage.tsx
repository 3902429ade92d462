import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <PageHeader
        title="Nothing here"
        subtitle="This screen does not exist. It may have been a link to something that was deleted."
      />
      <Button component={Link} to="/">
        Go to Today
      </Button>
    </Stack>
  );
}
