import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../staffing/queries';
import { SellingStep } from '../../../shared/domain/enums';
import type { OverviewOpportunity } from '../../../shared/domain/overview';
import { useFormat } from '../i18n/format';
import { OpportunityDialog } from './OpportunityDialog';
import { openOpportunity, useOpportunityDialogStore } from './opportunityDialogStore';
import { Panel } from './Panel';

const STATUS_COLOR = { open: 'blue', won: 'green', lost: 'gray' } as const;

/**
 * Deals and where each stands among the seven selling steps, with the offering proposed;
 * whoever the write rule lets sell on the account adds deals and moves them here.
 */
export function OpportunitiesPanel({
  accountId,
  opportunities,
}: {
  accountId: string;
  opportunities: OverviewOpportunity[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sells = useAbilities([accountId]).data?.opportunities.includes(accountId) ?? false;
  const dialog = useOpportunityDialogStore();
  return (
    <Panel
      title={t('account360.opportunities.title')}
      actions={
        sells && (
          <Button size="compact-sm" onClick={() => openOpportunity(accountId)}>
            {t('account360.deal.add')}
          </Button>
        )
      }
    >
      {opportunities.length === 0 && <Text c="dimmed">{t('account360.opportunities.empty')}</Text>}
      <Stack gap="sm">
        {opportunities.map((deal) => {
          const step = t(`account360.sellingStep.${deal.step}`);
          const offering = [deal.coreProduct, ...deal.services].filter((o) => o !== null);
          return (
            <div key={deal.id} data-testid="opportunity">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} dir="auto" lineClamp={1} title={deal.name}>
                  {deal.name}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Badge size="sm" variant="light" color={STATUS_COLOR[deal.status]}>
                    {t(`account360.opportunities.status.${deal.status}`)}
                  </Badge>
                  {sells && (
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={t('account360.deal.editNamed', { name: deal.name })}
                      onClick={() => openOpportunity(accountId, deal.id)}
                    >
                      {t('account360.deal.edit')}
                    </Button>
                  )}
                </Group>
              </Group>
              <ol
                className="a360-steps"
                aria-label={t('account360.opportunities.step', {
                  number: format.number(deal.stepNumber),
                  step,
                })}
              >
                {SellingStep.options.map((name, index) => (
                  <li
                    key={name}
                    title={t(`account360.sellingStep.${name}`)}
                    data-done={index + 1 < deal.stepNumber ? '' : undefined}
                    aria-current={index + 1 === deal.stepNumber ? 'step' : undefined}
                  />
                ))}
              </ol>
              <Text size="xs">
                {t('account360.opportunities.step', {
                  number: format.number(deal.stepNumber),
                  step,
                })}
                {' · '}
                {t('account360.opportunities.value')}:{' '}
                <span className="a360-data">{format.money(deal.value, deal.currency)}</span>
                {' · '}
                {t('account360.opportunities.expectedClose')}: {format.date(deal.expectedClose)}
              </Text>
              <Text size="xs" c="dimmed" dir="auto">
                {t('account360.opportunities.offering')}:{' '}
                {offering.length === 0
                  ? t('account360.opportunities.noOffering')
                  : offering.map((o) => o.name).join(' + ')}
              </Text>
            </div>
          );
        })}
      </Stack>
      {sells && dialog.accountId === accountId && (
        <OpportunityDialog
          key={dialog.opportunityId ?? 'new'}
          accountId={accountId}
          opportunityId={dialog.opportunityId}
          onClose={dialog.close}
        />
      )}
    </Panel>
  );
}
