import { AppShell, Group, Kbd, NavLink, ScrollArea, Text } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChartLine,
  IconHeartHandshake,
  IconMessageQuestion,
  IconPlant2,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { NoticesBanner } from './NoticesBanner';
import { NotificationsBanner } from '../features/reminders/NotificationsBanner';
import { ReminderBell } from '../features/reminders/ReminderBell';
import { useFocusManagement } from './use-focus-management';
import { focusMainContent } from '../lib/focus';
import { clearPageFailures } from '../lib/notify';
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
  { to: '/kpis', label: 'KPIs', icon: IconChartLine, shortcut: 'kpis', end: false },
  { to: '/settings', label: 'Settings', icon: IconSettings, shortcut: 'settings', end: false },
];

export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const [modifier, addPersonKey] = shortcutKeys('addPerson');
  useFocusManagement(location.pathname);
  useEffect(() => clearPageFailures(), [location.pathname]);

  useShortcuts({
    ...Object.fromEntries(NAV.map(({ shortcut, to }) => [shortcut, () => navigate(to)])),
    addPerson: () => navigate('/team/new'),
  });

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="lg">
      {/* First in the tab order; a hash link would change the route, so it moves focus itself. */}
      <a
        className="skip-link no-print"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          focusMainContent();
        }}
      >
        Skip to content
      </a>
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Text fw={650} size="lg">
              Coachbook
            </Text>
          </Group>
          <Group gap="md">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">{modifier}</Kbd> + <Kbd size="xs">{addPersonKey}</Kbd> add a person
            </Text>
            <ReminderBell />
          </Group>
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
      <AppShell.Main id="main-content" tabIndex={-1}>
        <NoticesBanner />
        <NotificationsBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
