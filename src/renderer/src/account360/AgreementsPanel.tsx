import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../staffing/queries';
import type { Agreement } from '../../../shared/domain/relationship';
import { useFormat } from '../i18n/format';
import { AgreementDialog, type AgreementEditing } from './AgreementDialog';
import { Panel } from './Panel';

/**
 * Written agreements with suppliers, distributors and contractors: when, and on what
 * terms; whoever the write rule lets write them adds, edits and renews them here.
 */
export function AgreementsPanel({
  accountId,
  agreements,
}: {
  accountId: string;
  agreements: Agreement[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const writes = useAbilities([accountId]).data?.agreements.includes(accountId) ?? false;
  const [editing, setEditing] = useState<AgreementEditing | null>(null);
  return (
    <Panel
      title={t('account360.agreements.title')}
      actions={
        writes && (
          <Button size="compact-sm" onClick={() => setEditing({ mode: 'add' })}>
            {t('account360.pact.add')}
          </Button>
        )
      }
    >
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
            {writes && (
              <Group gap="xs" mt={4}>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('account360.pact.renewNamed', { title: a.title })}
                  onClick={() => setEditing({ mode: 'renew', agreement: a })}
                >
                  {t('account360.pact.renew')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('account360.pact.editNamed', { title: a.title })}
                  onClick={() => setEditing({ mode: 'edit', agreement: a })}
                >
                  {t('account360.deal.edit')}
                </Button>
              </Group>
            )}
          </div>
        ))}
      </Stack>
      {editing && (
        <AgreementDialog accountId={accountId} editing={editing} onClose={() => setEditing(null)} />
      )}
    </Panel>
  );
}
