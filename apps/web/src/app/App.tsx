import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AbsencesPage } from '../features/absences/components/AbsencesPage';
import { AdherencePage } from '../features/adherence/components/AdherencePage';
import { FinancePage } from '../features/finance/components/FinancePage';
import { ForecastPage } from '../features/forecasts/components/ForecastPage';
import { ImportPage } from '../features/imports/components/ImportPage';
import { OverviewPage } from '../features/overview/components/OverviewPage';
import { RequirementsPage } from '../features/requirements/components/RequirementsPage';
import { SchedulePage } from '../features/schedules/components/SchedulePage';
import { SettingsPage } from '../features/settings/components/SettingsPage';
import { Layout } from './Layout';
import { NotFoundPage, PageCrashed } from './PageError';

const queryClient = new QueryClient({
  // Planning data changes when the planner changes it, not every few seconds.
  defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 } },
});

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        // A pathless route, so a page that throws is shown inside the menu, not instead of it.
        errorElement: <PageCrashed />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'forecast', element: <ForecastPage /> },
          { path: 'requirements', element: <RequirementsPage /> },
          { path: 'schedule', element: <SchedulePage /> },
          { path: 'absences', element: <AbsencesPage /> },
          { path: 'adherence', element: <AdherencePage /> },
          { path: 'finance', element: <FinancePage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
