import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../api/queryClient';
import { FirstRunGate } from '../firstRun/FirstRunGate';
import { ProfileGate } from '../identity/ProfileGate';
import { directionOf } from '../i18n/languages';
import { useLanguageStore } from '../i18n/languageStore';
import { LanguageSync } from './LanguageSync';
import { Shell } from './Shell';
import { cssVariables, theme } from './theme';

export function App() {
  const initialDirection = directionOf(useLanguageStore.getState().language);
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={initialDirection} detectDirection={false}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
          <LanguageSync />
          {/* Top right: the status line with Sync now sits at the foot of the window. */}
          <Notifications position="top-right" />
          <FirstRunGate>
            <ProfileGate>
              <Shell />
            </ProfileGate>
          </FirstRunGate>
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
