import { AppShell, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconHeartHandshake,
  IconMessageQuestion,
  IconPlant2,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { NoticesBanner } from './NoticesBanner';
import { shortcutKeys, shortcutText, useShortcuts, type ShortcutId } from '../lib/shortcuts';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconUsers;
  /** The shortcut that opens it, from the registry: the same one the hint shows. */
  shortcut: ShortcutId;
  end: boolean;
}

const NAV: NavItem[] = [
  { to: '/', label: 'Today', icon: IconCalendarEvent, shortcut: 'today', end: true },
  { to: '/team', label: 'Team', icon: IconUsers, shortcut: 'team', end: false },
  {
    to: '/questions',
    label: 'Questions',
    icon: IconMessageQuestion,
    shortcut: 'questions',
    end: false,
  },
  {
    to: '/recognition',
    label: 'Recognition',
    icon: IconHeartHandshake,
    shortcut: 'recognition',
    end: false,
  },
  { to: '/growth', label: 'Growth', icon: IconPlant2, shortcut: 'growth', end: false },
  { to: '/settings', label: 'Settings', icon: IconSettings, shortcut: 'settings', end: false },
];

export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const [modifier, addPersonKey] = shortcutKeys('addPerson');

  useShortcuts({
    ...Object.fromEntries(NAV.map(({ shortcut, to }) => [shortcut, () => navigate(to)])),
    addPerson: () => navigate('/team/new'),
  });

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
            <Kbd size="xs">{modifier}</Kbd> + <Kbd size="xs">{addPersonKey}</Kbd> add a person
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" aria-label="Main">
        <ScrollArea>
          {NAV.map(({ to, label, icon: Icon, shortcut, end }) => (
            <NavLink
              key={to}
              component={RouterLink}
              to={to}
              end={end}
              label={label}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              rightSection={
                <Text size="xs" c="dimmed" aria-hidden>
                  {shortcutText(shortcut)}
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
