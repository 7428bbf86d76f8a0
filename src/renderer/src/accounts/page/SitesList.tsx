import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountDetail } from '../../../../shared/api';
import { paths } from '../../app/router';

export function SitesList({ sites }: { sites: AccountDetail['sites'] }) {
  const { t } = useTranslation();
  if (sites.length === 0) return <Text c="dimmed">{t('account.noSites')}</Text>;
  return (
    <List aria-label={t('account.sites')}>
      {sites.map((site) => (
        <List.Item key={site.id}>
          <Anchor href={paths.account(site.id)}>{site.name}</Anchor>
          {(site.city || site.country) && (
            <Text span c="dimmed" size="sm" ms="xs">
              {[site.city, site.country].filter(Boolean).join(', ')}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
