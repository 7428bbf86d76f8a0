import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountOverview } from '../../../shared/domain/overview';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';
import { Panel } from './Panel';

/** A global customer and its sites: up to the parent, down to each site. */
export function StructurePanel({ parent, sites }: Pick<AccountOverview, 'parent' | 'sites'>) {
  const { t } = useTranslation();
  const format = useFormat();
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
        {sites.length > 0 && (
          <List size="sm" aria-label={t('account360.sitesTitle')}>
            {sites.map((site) => (
              <List.Item key={site.id}>
                <Anchor href={paths.account(site.id)} dir="auto">
                  {site.name}
                </Anchor>
                <Text span c="dimmed" size="sm" ms="xs" dir="auto">
                  {[site.city, site.country && format.country(site.country)]
                    .filter(Boolean)
                    .join(', ')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Panel>
  );
}
