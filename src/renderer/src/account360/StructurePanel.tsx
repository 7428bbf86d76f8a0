import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountOverview } from '../../../shared/domain/overview';
import { paths } from '../app/router';
import { Panel } from './Panel';
import { PlacedAccounts } from './PlacedAccounts';

/** A global customer and its sites: up to the parent, down to each site. */
export function StructurePanel({ parent, sites }: Pick<AccountOverview, 'parent' | 'sites'>) {
  const { t } = useTranslation();
  return (
    <Panel title={t('account360.structure')}>
      <Stack gap="xs">
        {!parent && sites.length === 0 && <Text c="dimmed">{t('account360.noStructure')}</Text>}
        {parent && (
          <Text size="sm">
            {t('account360.parentOf')}:{' '}
            <Anchor href={paths.account(parent.id)} dir="auto">
              {parent.name}
            </Anchor>
          </Text>
        )}
        {sites.length > 0 && <PlacedAccounts label={t('account360.sitesTitle')} accounts={sites} />}
      </Stack>
    </Panel>
  );
}
