import { Alert } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountList } from '../accounts/list/AccountList';
import type { Route } from './router';
import { QueryState } from './QueryState';

// ECharts is loaded with the chart's page only, not with the app.
const SelectionPage = lazy(() => import('../selection/SelectionPage'));
// The first chunk holds the shell and the list (the first screen); every other page is
// loaded when it is first opened (docs/decisions.md, "Code split").
const AccountPage = lazy(() =>
  import('../accounts/page/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const AccountFormPage = lazy(() =>
  import('../accounts/form/AccountFormPage').then((m) => ({ default: m.AccountFormPage })),
);
const SyncReviewPage = lazy(() =>
  import('../sync/review/SyncReviewPage').then((m) => ({ default: m.SyncReviewPage })),
);
const SyncSetupPage = lazy(() =>
  import('../sync/setup/SyncSetupPage').then((m) => ({ default: m.SyncSetupPage })),
);
const HandOverPage = lazy(() =>
  import('../handover/HandOverPage').then((m) => ({ default: m.HandOverPage })),
);
const SuggestionsPage = lazy(() => import('../territories/SuggestionsPage'));
const WeekPage = lazy(() => import('../week/WeekPage').then((m) => ({ default: m.WeekPage })));
const TeamPage = lazy(() => import('../team/TeamPage').then((m) => ({ default: m.TeamPage })));
// The board's chart brings ECharts with it, as the selection page does.
const ReportsPage = lazy(() =>
  import('../reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const ImportPage = lazy(() =>
  import('../importing/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));
const OfferingsPage = lazy(() =>
  import('../offerings/OfferingsPage').then((m) => ({ default: m.OfferingsPage })),
);
const GapsPage = lazy(() => import('../gaps/GapsPage').then((m) => ({ default: m.GapsPage })));

export function Routes({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'accounts':
      return <AccountList />;
    case 'accountNew':
      return <AccountFormPage key="new" />;
    case 'account':
      return <AccountPage key={route.id} id={route.id} focus={route.focus} />;
    case 'accountEdit':
      return <AccountFormPage key={route.id} id={route.id} focus={route.focus} />;
    case 'syncSetup':
      return <SyncSetupPage />;
    case 'syncReview':
      return <SyncReviewPage />;
    case 'week':
      return <WeekPage />;
    case 'team':
      return <TeamPage />;
    case 'selection':
      return (
        <Suspense fallback={<QueryState error={null} />}>
          <SelectionPage />
        </Suspense>
      );
    case 'handOver':
      return <HandOverPage />;
    case 'suggestions':
      return <SuggestionsPage />;
    case 'board':
      return <BoardPage />;
    case 'gaps':
      return <GapsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'import':
      return <ImportPage />;
    case 'offerings':
      return <OfferingsPage />;
    case 'notFound':
      return <Alert color="yellow">{t('app.notFound')}</Alert>;
  }
}
