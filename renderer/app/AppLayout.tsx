import { AppShell, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconCalendarEvent,
  IconHeartHandshake,
  IconMessageQuestion,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { NoticesBanner } from './NoticesBanner';
import { modKey } from '../lib/platform';

const NAV = [
  { to: '/', label: 'Today', icon: IconCalendarEvent, key: '1', end: true },
  { to: '/team', label: 'Team', icon: IconUsers, key: '2', end: false },
  { to: '/questions', label: 'Questions', icon: IconMessageQuestion, key: '3', end: false },
  { to: '/recognition', label: 'Recognition', icon: IconHeartHandshake, key: '4', end: false },
  { to: '/settings', label: 'Settings', icon: IconSettings, key: ',', end: false },
];

export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();

  useHotkeys([
    ['mod+1', () => navigate('/')],
    ['mod+2', () => navigate('/team')],
    ['mod+3', () => navigate('/questions')],
    ['mod+4', () => navigate('/recognition')],
    ['mod+comma', () => navigate('/settings')],
    ['mod+N', () => navigate('/team/new')],
  ]);

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="lg">
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h4">
              Coachbook
            </Title>
          </Group>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{modKey}</Kbd> + <Kbd size="xs">N</Kbd> add a person
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" aria-label="Main">
        <ScrollArea>
          {NAV.map(({ to, label, icon: Icon, key, end }) => (
            <NavLink
              key={to}
              component={RouterLink}
              to={to}
              end={end}
              label={label}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              rightSection={
                <Text size="xs" c="dimmed" aria-hidden>
                  {modKey}+{key}
                </Text>
              }
              active={end ? location.pathname === to : location.pathname.startsWith(to)}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <NoticesBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
