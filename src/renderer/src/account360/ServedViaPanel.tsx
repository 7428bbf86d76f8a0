import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountOverview } from '../../../shared/domain/overview';
import { paths } from '../app/router';
import { SERVED_PAGE, useServedCustomers } from '../accounts/overviewQueries';
import { Panel } from './Panel';
import { PlacedAccounts } from './PlacedAccounts';

/**
 * Indirect sales: on an end customer, the distributor it is served via; on a
 * distributor, the end customers served via it. Shown only where there is either.
 */
export function ServedViaPanel({
  accountId,
  servedVia,
}: {
  accountId: string;
  servedVia: AccountOverview['servedVia'];
}) {
  const { t } = useTranslation();
  const customers = useServedCustomers(accountId).data;
  const total = customers?.total ?? 0;
  if (!servedVia && total === 0) return null;
  const title =
    total > 0 ? t('account360.servedCustomers', { count: total }) : t('account360.channel');
  return (
    <Panel title={title}>
      <Stack gap="xs">
        {servedVia && (
          <Text size="sm">
            {t('account360.servedVia')}{' '}
            <Anchor href={paths.account(servedVia.id)} dir="auto">
              {servedVia.name}
            </Anchor>
          </Text>
        )}
        {customers && total > 0 && (
          <PlacedAccounts label={t('account360.servedCustomersList')} accounts={customers.rows} />
        )}
        {total > SERVED_PAGE && (
          <Text size="sm" c="dimmed">
            {t('account360.servedMore', { count: total - SERVED_PAGE })}
          </Text>
        )}
      </Stack>
    </Panel>
  );
}
