import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { initI18n } from './i18n';
import { useLanguageStore } from './i18n/languageStore';
import { App } from './app/App';
import { parseRoute } from './app/router';
import { prefetchFirstAccountPage } from './accounts/list/useAccountPages';
import { prefetchRunningDemo } from './firstRun/useRunningDemo';

// The CSP allows no eval: zod must not probe for it (the probe logs a violation).
z.config({ jitless: true });

prefetchRunningDemo();
if (parseRoute(window.location.hash).name === 'accounts') prefetchFirstAccountPage();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

void initI18n(useLanguageStore.getState().language).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
