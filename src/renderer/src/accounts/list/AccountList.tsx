import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/QueryState';
import { paths } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { AccountFilters } from './AccountFilters';
import { AccountTable } from './AccountTable';
import { useLanguageStore } from '../../i18n/languageStore';
import { toListQuery, useAccountListStore } from './listStore';
import { useFirstAccountPage } from './useAccountPages';
import { useOpeningFilter } from './useOpeningFilter';
import { useEffect } from 'react';
import { MoveBar } from '../../move/MoveBar';
import { ExportListButton } from '../../reports/ExportListButton';
import { useSelection } from '../../move/selectionStore';
import { useProfile } from '../../week/queries';

export function AccountList() {
  const { t } = useTranslation();
  const format = useFormat();
  const filter = useAccountListStore((s) => s.filter);
  const sort = useAccountListStore((s) => s.sort);
  const setSort = useAccountListStore((s) => s.setSort);
  const language = useLanguageStore((s) => s.language);
  const query = toListQuery(filter, sort, language);
  const first = useFirstAccountPage(query, useOpeningFilter());
  const total = first.data?.total;
  // Moving accounts is a lead's (the `manage` rule the core applies); a rep is not offered it.
  const { data: profile } = useProfile();
  const picks = profile?.member ? profile.member.appRole !== 'rep' : false;
  const inScope = useSelection((s) => s.inScope);
  const scope = JSON.stringify(query);
  useEffect(() => inScope(scope), [inScope, scope]);

  return (
    <Stack gap="md" className="list-page">
      <Group justify="space-between">
        <Title order={2}>{t('accounts.title')}</Title>
        <Group gap="sm">
          <ExportListButton query={query} />
          <Button component="a" href={paths.import()} variant="default">
            {t('importScreen.open')}
          </Button>
          <Button component="a" href={paths.accountNew()}>
            {t('accounts.new')}
          </Button>
        </Group>
      </Group>
      {/* The owners' list waits for the first page: the rows come first at 100k. */}
      <AccountFilters loadOwners={first.data !== undefined} />
      {total !== undefined && (
        <Text c="dimmed" aria-live="polite" data-testid="account-count">
          {t('accounts.total', { total: format.number(total) })}
        </Text>
      )}
      {picks && total !== undefined && <MoveBar query={query} total={total} />}
      {first.data ? (
        total === 0 ? (
          <Text>{t('accounts.empty')}</Text>
        ) : (
          <AccountTable
            query={query}
            firstPage={first.data}
            picks={picks}
            sort={sort}
            onSort={setSort}
          />
        )
      ) : (
        <QueryState error={first.error} />
      )}
    </Stack>
  );
}
