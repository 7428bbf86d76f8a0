import { Alert, Anchor, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RapportError } from '../../../../shared/errors';
import { AgreementsPanel } from '../../account360/AgreementsPanel';
import { ContactsPanel } from '../../account360/ContactsPanel';
import { HealthPanel } from '../../account360/HealthPanel';
import { OpportunitiesPanel } from '../../account360/OpportunitiesPanel';
import { Panel } from '../../account360/Panel';
import { PurchasesPanel } from '../../account360/PurchasesPanel';
import { SelectionPanel } from '../../account360/SelectionPanel';
import { ServedViaPanel } from '../../account360/ServedViaPanel';
import { StructurePanel } from '../../account360/StructurePanel';
import { TEAM_PANEL, TeamPanel } from '../../account360/TeamPanel';
import { TimelinePanel } from '../../account360/TimelinePanel';
import '../../account360/account360.css';
import { QueryState } from '../../app/QueryState';
import { HistoryPanel } from '../../history/HistoryPanel';
import { paths } from '../../app/router';
import { useUndoHotkey } from '../../editInPlace/useUndo';
import { useAccountOverview } from '../overviewQueries';
import { AccountDetails } from './AccountDetails';
import { AccountHeader } from './AccountHeader';
import { AccountMay, useAccountAbilities } from '../../refusals/accountMay';

/**
 * The Account 360: the whole relationship on one page, read in one call. Opened at its
 * covering team (`focus`), it brings that panel into view and into focus once loaded.
 */
export function AccountPage({ id, focus }: { id: string; focus?: 'team' }) {
  const { t } = useTranslation();
  const { data, error } = useAccountOverview(id);
  const may = useAccountAbilities(id);
  useUndoHotkey(id);
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded || focus !== 'team') return;
    const panel = document.getElementById(TEAM_PANEL);
    panel?.scrollIntoView({ block: 'start' });
    panel?.focus({ preventScroll: true });
  }, [loaded, focus]);
  if (error instanceof RapportError && error.code === 'not_found') {
    return (
      <Stack>
        <Alert color="yellow">{t('account.notFound')}</Alert>
        <Anchor href={paths.accounts()}>{t('account.back')}</Anchor>
      </Stack>
    );
  }
  if (!data || !may.data) return <QueryState error={error ?? may.error} />;
  return (
    <AccountMay.Provider value={may.data}>
      <Stack gap="md">
        <AccountHeader overview={data} />
        <div className="a360-panels">
          <ContactsPanel accountId={id} contacts={data.contacts} />
          <HealthPanel accountId={id} assessments={data.assessments} />
          <TimelinePanel overview={data} />
          <OpportunitiesPanel accountId={id} opportunities={data.opportunities} />
          <PurchasesPanel purchases={data.purchases} />
          <TeamPanel account={data.account} team={data.team} />
          <StructurePanel parent={data.parent} sites={data.sites} />
          <ServedViaPanel accountId={id} servedVia={data.servedVia} />
          <SelectionPanel account={data.account} />
          <AgreementsPanel accountId={id} agreements={data.agreements} />
          <Panel title={t('account.details')}>
            <AccountDetails account={data.account} />
          </Panel>
          <HistoryPanel accountId={id} />
        </div>
      </Stack>
    </AccountMay.Provider>
  );
}
