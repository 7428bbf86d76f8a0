import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountOverview } from '../../../../shared/domain/overview';
import { EndRelationshipButton } from '../../account360/EndRelationshipDialog';
import { HealthBadge } from '../../account360/HealthBadge';
import { useEnumLabel } from '../../app/enumOptions';
import { paths } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { useArchiveAccount } from '../queries';

/**
 * Who the account is: each of kind, lifecycle, style and tier under its own label, so a
 * prospect reads "Kind: Prospect · Lifecycle: Prospect", never "PROSPECT PROSPECT".
 */
export function AccountHeader({ overview }: { overview: AccountOverview }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const archive = useArchiveAccount();
  const { account, owner, territory } = overview;

  const toggleArchived = () =>
    archive.mutate(
      { id: account.id, archived: !account.archived },
      {
        onSuccess: (saved) =>
          notifications.show({
            message: t(saved.archived ? 'account.archivedDone' : 'account.restoredDone'),
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: t('app.error'), message: error.message }),
      },
    );

  const facts: [string, string][] = [
    [t('account360.kindLabel'), label('accountKind', account.kind)],
    [t('account360.lifecycleLabel'), label('lifecycle', account.lifecycle)],
    [t('account360.styleLabel'), label('relationshipStyle', account.relationshipStyle)],
    [t('account360.tierLabel'), account.tier ?? t('app.empty')],
    [t('account360.ownerLabel'), owner?.name ?? t('app.empty')],
    [t('account360.territoryLabel'), territory?.name ?? t('app.empty')],
  ];

  return (
    <Stack gap="xs">
      <Anchor href={paths.accounts()} size="sm">
        {t('account.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="sm" align="center">
          <Title order={2} dir="auto">
            {account.name}
          </Title>
          <HealthBadge assessments={overview.assessments} />
          {account.archived && <Badge color="gray">{t('account.archived')}</Badge>}
        </Group>
        <Group gap="xs">
          <Button component="a" href={paths.accountEdit(account.id)}>
            {t('account.edit')}
          </Button>
          {account.lifecycle !== 'ended' && <EndRelationshipButton accountId={account.id} />}
          <Button variant="default" onClick={toggleArchived} loading={archive.isPending}>
            {t(account.archived ? 'account.restore' : 'account.archive')}
          </Button>
        </Group>
      </Group>
      <Group gap="lg" component="dl" className="a360-facts" data-testid="account-facts">
        {facts.map(([term, value]) => (
          <Group key={term} gap={4} wrap="nowrap">
            <Text component="dt" size="sm" c="dimmed">
              {term}:
            </Text>
            <Text component="dd" size="sm" fw={500} m={0} dir="auto" lineClamp={1} title={value}>
              {value}
            </Text>
          </Group>
        ))}
      </Group>
      {account.endedOn && (
        <Alert color="gray" role="status" data-testid="ended">
          {t('account360.ended', {
            date: format.date(account.endedOn),
            reason: account.endedReason ?? t('app.empty'),
          })}
        </Alert>
      )}
    </Stack>
  );
}
