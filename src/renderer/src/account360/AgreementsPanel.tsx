import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/domain/relationship';
import { useFormat } from '../i18n/format';
import { Panel } from './Panel';

/** Written agreements with suppliers, distributors and contractors: when, and on what terms. */
export function AgreementsPanel({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Panel title={t('account360.agreements.title')}>
      {agreements.length === 0 && <Text c="dimmed">{t('account360.agreements.empty')}</Text>}
      <Stack gap="sm">
        {agreements.map((a) => (
          <div key={a.id} data-testid="agreement">
            <Group gap={6}>
              <Text size="sm" fw={600} dir="auto">
                {a.title}
              </Text>
              <Badge size="sm" variant="light" color="teal">
                {t(`account360.agreements.kind.${a.kind}`)}
              </Badge>
            </Group>
            {a.parties && (
              <Text size="xs">
                <bdi>{a.parties}</bdi>
              </Text>
            )}
            <Text size="xs">
              {t('account360.agreements.signed')}: {format.date(a.signedOn)} ·{' '}
              {t('account360.agreements.period')}: {format.date(a.startsOn)} –{' '}
              {format.date(a.endsOn)}
            </Text>
            {a.terms && (
              <Text size="xs" c="dimmed" className="pre-wrap">
                {t('account360.agreements.terms')}: <bdi>{a.terms}</bdi>
              </Text>
            )}
            {a.documentRef && (
              <Text size="xs" c="dimmed">
                {t('account360.agreements.document')}: <bdi>{a.documentRef}</bdi>
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </Panel>
  );
}
