import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { ErrorScreen, LoadingScreen } from './components/StatusScreens';
import { LandingPage } from './pages/LandingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SessionEndedPage } from './pages/SessionEndedPage';
import { useSession } from './session/SessionContext';

// One chunk per page: a page's charts and code load when it is first opened.
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const HeartPage = lazy(() => import('./pages/HeartPage').then((m) => ({ default: m.HeartPage })));
const SleepPage = lazy(() => import('./pages/SleepPage').then((m) => ({ default: m.SleepPage })));
const ActivityPage = lazy(() => import('./pages/ActivityPage').then((m) => ({ default: m.ActivityPage })));
const NutritionPage = lazy(() => import('./pages/NutritionPage').then((m) => ({ default: m.NutritionPage })));
const BloodPressurePage = lazy(() =>
  import('./pages/BloodPressurePage').then((m) => ({ default: m.BloodPressurePage })),
);
const InsightsPage = lazy(() => import('./pages/InsightsPage').then((m) => ({ default: m.InsightsPage })));
const ConnectionsPage = lazy(() => import('./pages/ConnectionsPage').then((m) => ({ default: m.ConnectionsPage })));
const PhotosPage = lazy(() => import('./pages/PhotosPage').then((m) => ({ default: m.PhotosPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));

/** Picks the screen for the session state; routes exist only inside the signed-in shell. */
export function App() {
  const { state, reload } = useSession();
  const { pathname } = useLocation();
  switch (state.status) {
    case 'loading':
      return <LoadingScreen />;
    case 'error':
      return <ErrorScreen error={state.error} onRetry={reload} />;
    case 'signed-out':
      return <LandingPage />;
    case 'expired':
      return <SessionEndedPage />;
    case 'signed-in':
      return (
        <AppShell userName={state.me.name}>
          <PageErrorBoundary page={pathname}>
            <Suspense fallback={<LoadingScreen />}>
              <Routes>
                <Route path="/" element={<DashboardPage />} />
                <Route path="/heart" element={<HeartPage />} />
                <Route path="/sleep" element={<SleepPage />} />
                <Route path="/activity" element={<ActivityPage />} />
                <Route path="/nutrition" element={<NutritionPage />} />
                <Route path="/blood-pressure" element={<BloodPressurePage />} />
                <Route path="/insights" element={<InsightsPage />} />
                <Route path="/connections" element={<ConnectionsPage />} />
                <Route path="/photos" element={<PhotosPage />} />
                <Route path="/settings" element={<SettingsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Suspense>
          </PageErrorBoundary>
        </AppShell>
      );
  }
}
