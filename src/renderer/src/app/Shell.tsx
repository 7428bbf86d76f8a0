import { AppShell, Burger, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../search/SearchBox';
import { CommandPalette } from '../palette/CommandPalette';
import { PaletteButton } from '../palette/PaletteButton';
import { LogInteractionDialog } from '../record/LazyLogInteractionDialog';
import { SyncStatusBar } from '../sync/status/SyncStatusBar';
import { LanguageSelect } from './LanguageSelect';
import { paths, useRoute } from './router';
import { Routes } from './Routes';
import { QueryState } from './QueryState';
import { Suspense } from 'react';
import { useProfile } from '../week/queries';
import { TeamNavLink } from '../team/TeamNavLink';
import { OfferingsNavLink } from '../offerings/OfferingsNavLink';
import { WhoAmI } from '../identity/WhoAmI';
import { MAIN_CONTENT, SkipLink } from './SkipLink';

export function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const [opened, { toggle }] = useDisclosure();
  const onAccounts = route.name.startsWith('account');
  // What a rep may not do is not offered (the core refuses it anyway).
  const { data: profile } = useProfile();
  const manages = profile?.member ? profile.member.appRole !== 'rep' : false;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      footer={{ height: 48 }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('app.toggleNavigation')}
          />
          <Title order={1} size="h3" className="app-name">
            {t('app.name')}
          </Title>
          <SearchBox />
          <PaletteButton />
          <WhoAmI />
          <LanguageSelect />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.navigation')}>
        <NavLink
          href={paths.accounts()}
          label={t('nav.accounts')}
          active={onAccounts}
          aria-current={route.name === 'accounts' ? 'page' : undefined}
        />
        <NavLink
          href={paths.week()}
          label={t('week.nav')}
          active={route.name === 'week'}
          aria-current={route.name === 'week' ? 'page' : undefined}
        />
        <NavLink
          href={paths.selection()}
          label={t('selection.title')}
          active={route.name === 'selection'}
          aria-current={route.name === 'selection' ? 'page' : undefined}
        />
        {manages && (
          <>
            <NavLink
              href={paths.handOver()}
              label={t('handover.nav')}
              active={route.name === 'handOver'}
              aria-current={route.name === 'handOver' ? 'page' : undefined}
            />
            <NavLink
              href={paths.board()}
              label={t('board.nav')}
              active={route.name === 'board'}
              aria-current={route.name === 'board' ? 'page' : undefined}
            />
            <NavLink
              href={paths.gaps()}
              label={t('gaps.nav')}
              active={route.name === 'gaps'}
              aria-current={route.name === 'gaps' ? 'page' : undefined}
            />
          </>
        )}
        <NavLink
          href={paths.reports()}
          label={t('reports.nav')}
          active={route.name === 'reports'}
          aria-current={route.name === 'reports' ? 'page' : undefined}
        />
        <TeamNavLink active={route.name === 'team'} />
        <OfferingsNavLink active={route.name === 'offerings'} />
        {manages && (
          <NavLink
            href={paths.suggestions()}
            label={t('territories.nav')}
            active={route.name === 'suggestions'}
            aria-current={route.name === 'suggestions' ? 'page' : undefined}
          />
        )}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT} tabIndex={-1}>
        <Suspense fallback={<QueryState error={null} />}>
          <Routes route={route} />
        </Suspense>
      </AppShell.Main>
      {/* A footer, not the sidebar: the sidebar folds away on a narrow window. */}
      <AppShell.Footer>
        <SyncStatusBar />
      </AppShell.Footer>
      <CommandPalette />
      <LogInteractionDialog />
    </AppShell>
  );
}
