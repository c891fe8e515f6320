import { Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { ErrorScreen, LoadingScreen } from './components/StatusScreens';
import { ConnectionsPage } from './pages/ConnectionsPage';
import { DashboardPage } from './pages/DashboardPage';
import { LandingPage } from './pages/LandingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SessionEndedPage } from './pages/SessionEndedPage';
import { SettingsPage } from './pages/SettingsPage';
import { useSession } from './session/SessionContext';

/** Picks the screen for the session state; routes exist only inside the signed-in shell. */
export function App() {
  const { state, reload } = useSession();
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
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/connections" element={<ConnectionsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </AppShell>
      );
  }
}
