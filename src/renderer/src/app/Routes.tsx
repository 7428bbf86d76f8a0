import { Alert } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountList } from '../accounts/list/AccountList';
import { AccountPage } from '../accounts/page/AccountPage';
import { AccountFormPage } from '../accounts/form/AccountFormPage';
import { SyncReviewPage } from '../sync/review/SyncReviewPage';
import { SyncSetupPage } from '../sync/setup/SyncSetupPage';
import { WeekPage } from '../week/WeekPage';
import type { Route } from './router';
import { QueryState } from './QueryState';

// ECharts is loaded with the chart's page only, not with the app.
const SelectionPage = lazy(() => import('../selection/SelectionPage'));

export function Routes({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'accounts':
      return <AccountList />;
    case 'accountNew':
      return <AccountFormPage key="new" />;
    case 'account':
      return <AccountPage key={route.id} id={route.id} />;
    case 'accountEdit':
      return <AccountFormPage key={route.id} id={route.id} />;
    case 'syncSetup':
      return <SyncSetupPage />;
    case 'syncReview':
      return <SyncReviewPage />;
    case 'week':
      return <WeekPage />;
    case 'selection':
      return (
        <Suspense fallback={<QueryState error={null} />}>
          <SelectionPage />
        </Suspense>
      );
    case 'notFound':
      return <Alert color="yellow">{t('app.notFound')}</Alert>;
  }
}
