import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={2}>Nothing here</Title>
      <Text c="dimmed">
        This screen does not exist. It may have been a link to something that was deleted.
      </Text>
      <Button component={Link} to="/">
        Go to Today
      </Button>
    </Stack>
  );
}
