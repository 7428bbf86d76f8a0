import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountOverview } from '../../../../shared/domain/overview';
import { EndRelationshipButton } from '../../account360/EndRelationshipDialog';
import { HealthBadge } from '../../account360/HealthBadge';
import { AccountPlanButton } from '../../reports/AccountPlanButton';
import { LogButtons } from '../../record/LogButtons';
import { useEnumOptions } from '../../app/enumOptions';
import { AccountKind, Lifecycle, RelationshipStyle, Tier } from '../../../../shared/domain/enums';
import { EditableValue } from '../../editInPlace/EditableValue';
import { paths } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { useArchiveAccount } from '../queries';
import { Refused } from '../../refusals/Refused';
import { useRefusal } from '../../refusals/accountMay';

/**
 * Who the account is: each of kind, lifecycle, style and tier under its own label, so a
 * prospect reads "Kind: Prospect · Lifecycle: Prospect", never "PROSPECT PROSPECT".
 */
export function AccountHeader({ overview }: { overview: AccountOverview }) {
  const { t } = useTranslation();
  const kinds = useEnumOptions('accountKind', AccountKind.options);
  const lifecycles = useEnumOptions('lifecycle', Lifecycle.options);
  const styles = useEnumOptions('relationshipStyle', RelationshipStyle.options);
  const tiers = useEnumOptions('tier', Tier.options);
  const format = useFormat();
  const archive = useArchiveAccount();
  const refusal = useRefusal('account');
  const recording = useRefusal('records');
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

  const choice = (
    field: 'kind' | 'lifecycle' | 'relationshipStyle' | 'tier',
    options: { value: string; label: string }[],
    display = options.find((o) => o.value === account[field])?.label,
  ) => (
    <EditableValue
      account={account}
      field={field}
      kind="choice"
      options={options}
      display={display ?? t('app.empty')}
    />
  );
  const facts: [string, ReactNode][] = [
    [t('account360.kindLabel'), choice('kind', kinds)],
    // Ending is done on purpose, with a reason (End relationship), not picked from a list.
    [
      t('account360.lifecycleLabel'),
      choice(
        'lifecycle',
        lifecycles.filter((o) => o.value !== 'ended' || account.lifecycle === 'ended'),
      ),
    ],
    [t('account360.styleLabel'), choice('relationshipStyle', styles)],
    // the tier's letter alone beside its label ("Tier: A"); the list says "Tier A"
    [t('account360.tierLabel'), choice('tier', tiers, account.tier)],
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
          <EditableValue account={account} field="name" display={account.name} heading />
          <HealthBadge assessments={overview.assessments} />
          {account.archived && <Badge color="gray">{t('account.archived')}</Badge>}
        </Group>
        <Group gap="xs">
          <LogButtons accountId={account.id} refusal={recording} />
          <Refused reason={refusal}>
            <Button component="a" href={paths.accountEdit(account.id)}>
              {t('account.edit')}
            </Button>
          </Refused>
          <AccountPlanButton accountId={account.id} name={account.name} />
          {account.lifecycle !== 'ended' && <EndRelationshipButton accountId={account.id} />}
          <Refused reason={refusal}>
            <Button variant="default" onClick={toggleArchived} loading={archive.isPending}>
              {t(account.archived ? 'account.restore' : 'account.archive')}
            </Button>
          </Refused>
        </Group>
      </Group>
      <Group gap="lg" component="dl" className="a360-facts" data-testid="account-facts">
        {facts.map(([term, value]) => (
          <Group key={term} gap={4} wrap="nowrap">
            <Text component="dt" size="sm" c="dimmed">
              {term}:
            </Text>
            <Text
              component="dd"
              size="sm"
              fw={500}
              m={0}
              dir="auto"
              lineClamp={1}
              title={typeof value === 'string' ? value : undefined}
            >
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
