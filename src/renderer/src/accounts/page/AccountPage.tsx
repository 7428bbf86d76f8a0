import { Alert, Anchor, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RapportError } from '../../../../shared/errors';
import { QueryState } from '../../app/QueryState';
import { paths } from '../../app/router';
import { useAccount } from '../queries';
import { AccountDetails } from './AccountDetails';
import { AccountHeader } from './AccountHeader';
import { ContactsTable } from './ContactsTable';
import { CoverageTable } from './CoverageTable';
import { SitesList } from './SitesList';

export function AccountPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error } = useAccount(id);
  if (error instanceof RapportError && error.code === 'not_found') {
    return (
      <Stack>
        <Alert color="yellow">{t('account.notFound')}</Alert>
        <Anchor href={paths.accounts()}>{t('account.back')}</Anchor>
      </Stack>
    );
  }
  if (!data) return <QueryState error={error} />;
  return (
    <Stack gap="lg">
      <AccountHeader detail={data} />
      <Section title={t('account.details')}>
        <AccountDetails account={data.account} />
      </Section>
      <Section title={t('account.contacts')}>
        <ContactsTable contacts={data.contacts} />
      </Section>
      <Section title={t('account.coverage')}>
        <CoverageTable coverage={data.coverage} />
      </Section>
      <Section title={t('account.sites')}>
        <SitesList sites={data.sites} />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
