import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../shared/domain/assignment';
import { AccountStaffing } from '../../../shared/domain/assignment';
import type { SalesForce } from '../../../shared/domain/enums';
import { templateGaps } from '../../../shared/rules/coverage';
import { check, serverErrors, type FieldErrors } from '../account360/fieldErrors';
import { FormDialog } from '../account360/FormDialog';
import { isolate } from '../i18n/isolate';
import { useIssueText } from '../issues/useIssueText';
import { useTeamMembers } from '../team/useTeamMembers';
import { useTeams } from '../team/queries';
import { entryOf, linesOf, newLine, sameLines, withOwner, type Line } from './lines';
import { LineRow } from './LineRow';
import { useStaffAccount, useStaffing } from './queries';
import { ShareSum, TemplateGaps } from './StaffingNotes';

/** The account a staffing is for, as both the 360 and the list know it. */
export interface StaffedAccount {
  readonly id: string;
  readonly name: string;
  readonly salesForce: SalesForce;
}

/** "Staff account": the account's whole team and credit split, saved as one write. */
export function StaffingDialog({
  account,
  onClose,
}: {
  account: StaffedAccount;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const staffing = useStaffing(account.id);
  const members = useTeamMembers();
  if (!staffing.data || !members.data) {
    return (
      <Modal
        opened
        onClose={onClose}
        title={t('staffing.title', { name: isolate(account.name) })}
        closeButtonProps={{ 'aria-label': t('account360.form.close') }}
      >
        {staffing.error ? (
          <Alert color="red">{staffing.error.message}</Alert>
        ) : (
          <Loader size="sm" aria-label={t('staffing.loading')} />
        )}
      </Modal>
    );
  }
  return <StaffingForm account={account} coverage={staffing.data.coverage} onClose={onClose} />;
}

function StaffingForm({
  account,
  coverage,
  onClose,
}: {
  account: StaffedAccount;
  coverage: CoverageRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const members = useTeamMembers().data ?? [];
  const teams = useTeams().data ?? [];
  const [initial] = useState(() => linesOf(coverage));
  const [lines, setLines] = useState(initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const staff = useStaffAccount();

  // What the owner's team's template asks for, as the core reads it, of the lines typed.
  const owner = lines.find((line) => line.kind === 'owner');
  const ownerTeam = members.find((m) => m.id === owner?.memberId)?.teamId;
  const template = teams.find((team) => team.id === ownerTeam)?.template ?? [];
  const gaps = templateGaps(
    account.salesForce,
    template,
    lines.map((line) => line.role),
  );

  /** A change to a line takes back what was said about it, and about the sum. */
  const forget = (index: number | null) =>
    setErrors((all) =>
      Object.fromEntries(
        Object.entries(all).filter(
          ([field]) => field !== 'team' && (index === null || !field.startsWith(`team.${index}.`)),
        ),
      ),
    );
  const change = (index: number, next: Partial<Line>) => {
    forget(index);
    setLines((all) => {
      const changed = all.map((line, i) => (i === index ? { ...line, ...next } : line));
      return next.kind === 'owner' ? withOwner(changed, index) : changed;
    });
  };
  const remove = (index: number) => {
    // what was said about the lines after it no longer points at the right line
    setErrors((all): FieldErrors => (all.form ? { form: all.form } : {}));
    setLines((all) => all.filter((_, i) => i !== index));
  };
  const add = () => {
    forget(null);
    setLines((all) => [...all, newLine(all)]);
  };

  const submit = () => {
    const unpicked = lines.findIndex((line) => line.memberId === null);
    if (unpicked >= 0) {
      return setErrors({ [`team.${unpicked}.memberId`]: t('staffing.pickMember') });
    }
    const values = { accountId: account.id, team: lines.map(entryOf), reason };
    const parsed = check(AccountStaffing, values);
    if (!parsed.ok) return setErrors(parsed.errors);
    staff.mutate(parsed.value, {
      onSuccess: () => {
        notifications.show({ message: t('staffing.saved', { name: account.name }) });
        onClose();
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  };

  return (
    <FormDialog
      title={t('staffing.title', { name: isolate(account.name) })}
      size="72rem"
      onClose={onClose}
      onSubmit={submit}
      formError={errors.form}
      pending={staff.isPending}
      dirty={!sameLines(lines, initial) || reason.trim() !== ''}
      aside={
        <Button variant="light" onClick={add}>
          {t('staffing.add')}
        </Button>
      }
    >
      {lines.length === 0 ? (
        <Text c="dimmed">{t('staffing.nobody')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing={4} aria-label={t('staffing.linesLabel', { name: account.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staffing.member')}</Table.Th>
                <Table.Th>{t('staffing.kindLabel')}</Table.Th>
                <Table.Th>{t('staffing.function')}</Table.Th>
                <Table.Th>{t('staffing.share')}</Table.Th>
                <Table.Th>{t('staffing.from')}</Table.Th>
                <Table.Th>{t('staffing.to')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('staffing.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, index) => (
                <LineRow
                  key={line.key}
                  line={line}
                  index={index}
                  lines={lines}
                  members={members}
                  errors={errors}
                  onChange={(next) => change(index, next)}
                  onRemove={() => remove(index)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ShareSum lines={lines} error={issueText(errors.team)} />
      <TemplateGaps gaps={gaps} />
      <Group grow>
        <Textarea
          label={t('staffing.reason')}
          description={t('staffing.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={issueText(errors.reason, t('staffing.reason'))}
          autosize
          minRows={1}
          dir="auto"
        />
      </Group>
    </FormDialog>
  );
}
