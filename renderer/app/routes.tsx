import { createHashRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { TodayPage } from '../features/today/TodayPage';
import { TeamPage } from '../features/team/TeamPage';
import { PersonProfilePage } from '../features/team/PersonProfilePage';
import { NewPersonPage, EditPersonPage } from '../features/team/PersonFormPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { OpenOccurrence } from '../features/meetings/OpenOccurrence';
import { BriefPage } from '../features/brief/BriefPage';
import { QuestionBankPage } from '../features/questions/QuestionBankPage';
import { RecognitionPage } from '../features/recognition/RecognitionPage';
import { CapturePage } from '../features/capture/CapturePage';

/** Hash routes work the same from app:// and from the web test host. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <TodayPage /> },
      { path: 'team', element: <TeamPage /> },
      { path: 'team/new', element: <NewPersonPage /> },
      { path: 'team/:id', element: <PersonProfilePage /> },
      { path: 'team/:id/edit', element: <EditPersonPage /> },
      { path: 'team/:id/meetings/:meetingId', element: <MeetingPage /> },
      { path: 'team/:id/occurrence/:occurrence', element: <OpenOccurrence /> },
      { path: 'team/:id/brief', element: <BriefPage /> },
      { path: 'questions', element: <QuestionBankPage /> },
      { path: 'recognition', element: <RecognitionPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The quick capture window: the form alone, without the app shell.
  { path: '/capture', element: <CapturePage /> },
]);
