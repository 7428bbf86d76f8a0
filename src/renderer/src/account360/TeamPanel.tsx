import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../shared/domain/assignment';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { useStaffing } from '../staffing/queries';
import { useRefusal } from '../refusals/accountMay';
import { StaffButton } from '../staffing/StaffButton';
import type { StaffedAccount } from '../staffing/StaffingDialog';
import { TemplateGaps } from '../staffing/StaffingNotes';
import { Panel } from './Panel';

/** Where a link to an account's covering team (`#/accounts/<id>/team`) brings the page. */
export const TEAM_PANEL = 'account-team';

/**
 * Who covers the account now, in which role and for what share of the credit; a lead
 * staffs it from here (the button shows only where the write rule lets them).
 */
export function TeamPanel({ account, team }: { account: StaffedAccount; team: CoverageRow[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const mayStaff = useRefusal('cover') === null;
  // a strategic account's template is asked for; other accounts follow none
  const staffing = useStaffing(account.id, account.salesForce === 'strategic');
  return (
    <Panel
      title={t('account.coverage')}
      id={TEAM_PANEL}
      actions={mayStaff && <StaffButton account={account} />}
    >
      {team.length === 0 ? (
        <Text c="dimmed">{t('account.noCoverage')}</Text>
      ) : (
        <Table aria-label={t('account.coverage')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coverage.member')}</Table.Th>
              <Table.Th>{t('coverage.role')}</Table.Th>
              <Table.Th>{t('coverage.creditShare')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <bdi>{row.memberName}</bdi>
                  {row.isOwner && (
                    <Badge size="xs" variant="light" ms={6}>
                      {t('account360.team.owner')}
                    </Badge>
                  )}
                  {row.overlay && (
                    <Badge size="xs" variant="outline" color="gray" ms={6}>
                      {t('staffing.kind.overlay')}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {label('memberFunction', row.memberFunction)} ·{' '}
                    {t('account360.team.since', { date: format.date(row.validFrom) })}
                    {row.validTo && ` · ${t('staffing.until', { date: format.date(row.validTo) })}`}
                  </Text>
                </Table.Td>
                <Table.Td>{label('coverageRole', row.role)}</Table.Td>
                <Table.Td>{format.percent(row.creditShare)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {staffing.data && <TemplateGaps gaps={staffing.data.missing} mt="sm" />}
    </Panel>
  );
}
