import { ActionIcon, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CoverageRole } from '../../../shared/domain/enums';
import type { TeamMember } from '../../../shared/domain/team';
import type { FieldErrors } from '../account360/fieldErrors';
import { useEnumOptions } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { useIssueText } from '../issues/useIssueText';
import { LINE_KINDS, roleFor, type Line, type LineKind } from './lines';
import { useCalendarDate } from '../i18n/useCalendarDate';

const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  line: Line;
  index: number;
  lines: readonly Line[];
  members: readonly TeamMember[];
  errors: FieldErrors;
  onChange: (next: Partial<Line>) => void;
  onRemove: () => void;
}

/** One member of the staffing: who, in which role and function, for what share, from when to when. */
export function LineRow({ line, index, lines, members, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  const functions = useEnumOptions('coverageRole', CoverageRole.options);
  const kinds = LINE_KINDS.map((kind) => ({ value: kind, label: t(`staffing.kind.${kind}`) }));
  const number = index + 1;
  const named = (field: string) => t('staffing.lineField', { field: t(field), line: number });
  const error = (field: string, label: string) =>
    issueText(errors[`team.${index}.${field}`], t(label));
  const memberName = members.find((m) => m.id === line.memberId)?.name;
  const endError = error('validTo', 'staffing.to');

  // Nobody who has left (or is leaving) is offered, nor anyone already on another line.
  const taken = new Set(lines.filter((l) => l !== line).map((l) => l.memberId));
  const options = members
    .filter((m) => m.id === line.memberId || (!taken.has(m.id) && m.leftOn === null))
    .map((m) => ({ value: m.id, label: m.name }));

  return (
    <Table.Tr data-testid="staffing-line">
      <Table.Td miw={200}>
        <Select
          aria-label={named('staffing.member')}
          placeholder={t('staffing.pickMember')}
          data={options}
          value={line.memberId}
          searchable
          // a large force has thousands: the first matches are shown as one types
          limit={50}
          allowDeselect={false}
          onChange={(memberId) => {
            const member = members.find((m) => m.id === memberId);
            // a new team member takes the function they have; an owner manages the account
            const fresh = line.id === null && line.kind !== 'owner' && member;
            onChange({ memberId, role: fresh ? roleFor(member.function) : line.role });
          }}
          error={error('memberId', 'staffing.member') ?? error('id', 'staffing.member')}
        />
      </Table.Td>
      <Table.Td miw={130}>
        <Select
          aria-label={named('staffing.kindLabel')}
          data={kinds}
          value={line.kind}
          allowDeselect={false}
          onChange={(kind) => kind && onChange({ kind: kind as LineKind })}
          error={error('isOwner', 'staffing.kindLabel') ?? error('overlay', 'staffing.kindLabel')}
        />
      </Table.Td>
      <Table.Td miw={170}>
        <Select
          aria-label={named('staffing.function')}
          data={functions}
          value={line.role}
          allowDeselect={false}
          onChange={(role) => role && onChange({ role: role as Line['role'] })}
          error={error('role', 'staffing.function')}
        />
      </Table.Td>
      <Table.Td w={110}>
        <NumberInput
          aria-label={named('staffing.share')}
          value={line.share ?? ''}
          onChange={(value) => onChange({ share: value === '' ? null : Number(value) })}
          min={0}
          max={100}
          decimalScale={2}
          suffix="%"
          hideControls
          error={error('creditShare', 'staffing.share')}
          attributes={{ input: { dir: 'ltr' } }}
        />
      </Table.Td>
      <Table.Td miw={110}>
        <Text size="sm">{format.date(line.validFrom ?? today())}</Text>
      </Table.Td>
      <Table.Td miw={150}>
        {line.kind === 'overlay' ? (
          <TextInput
            type="date"
            aria-label={named('staffing.to')}
            value={line.validTo ?? ''}
            min={today()}
            onChange={(event) => onChange({ validTo: event.currentTarget.value || null })}
            description={calendarDate(line.validTo)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={endError}
          />
        ) : (
          <Text size="sm" c="dimmed" title={t('staffing.runsOn')}>
            {line.validTo ? format.date(line.validTo) : t('staffing.openEnded')}
          </Text>
        )}
        {line.kind !== 'overlay' && endError && (
          <Text size="xs" c="red">
            {endError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('staffing.remove', {
            name: memberName ?? t('staffing.lineNumber', { line: number }),
          })}
          onClick={onRemove}
        >
          <span aria-hidden="true">✕</span>
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
