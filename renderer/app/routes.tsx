import { lazy, Suspense, type ComponentType } from 'react';
import { createHashRouter } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
// Today is the first screen: loading it with the shell saves a round trip before first content.
import { TodayPage } from '../features/today/TodayPage';

/**
 * Every other screen is its own chunk, loaded when first visited: the start needs neither the
 * charts nor the Markdown renderer nor the forms of screens the lead has not opened.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** Hash routes work the same from app:// and from the web test host. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <TodayPage /> },
      { path: 'team', element: lazyPage(() => import('../features/team/TeamPage'), 'TeamPage') },
      {
        path: 'team/new',
        element: lazyPage(() => import('../features/team/PersonFormPage'), 'NewPersonPage'),
      },
      {
        path: 'team/:id',
        element: lazyPage(() => import('../features/team/PersonProfilePage'), 'PersonProfilePage'),
      },
      {
        path: 'team/:id/edit',
        element: lazyPage(() => import('../features/team/PersonFormPage'), 'EditPersonPage'),
      },
      {
        path: 'team/:id/meetings/:meetingId',
        element: lazyPage(() => import('../features/meetings/MeetingPage'), 'MeetingPage'),
      },
      {
        path: 'team/:id/occurrence/:occurrence',
        element: lazyPage(() => import('../features/meetings/OpenOccurrence'), 'OpenOccurrence'),
      },
      {
        path: 'team/:id/brief',
        element: lazyPage(() => import('../features/brief/BriefPage'), 'BriefPage'),
      },
      {
        path: 'questions',
        element: lazyPage(
          () => import('../features/questions/QuestionBankPage'),
          'QuestionBankPage',
        ),
      },
      {
        path: 'recognition',
        element: lazyPage(
          () => import('../features/recognition/RecognitionPage'),
          'RecognitionPage',
        ),
      },
      {
        path: 'growth',
        element: lazyPage(() => import('../features/growth/GrowthPage'), 'GrowthPage'),
      },
      {
        path: 'kpis',
        element: lazyPage(() => import('../features/kpis/KpisPage'), 'KpisPage'),
      },
      {
        path: 'kpis/import',
        element: lazyPage(() => import('../features/imports/ImportPage'), 'ImportPage'),
      },
      {
        path: 'settings',
        element: lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage'),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The quick capture window: the form alone, without the app shell.
  {
    path: '/capture',
    element: lazyPage(() => import('../features/capture/CapturePage'), 'CapturePage'),
  },
]);
