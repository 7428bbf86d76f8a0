import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AppRole, MemberFunction, SalesForce } from '../../../shared/domain/enums';
import {
  TeamMemberCreate,
  TeamMemberUpdate,
  type Team,
  type TeamMember,
  type Territory,
} from '../../../shared/domain/team';
import { useEnumOptions } from '../app/enumOptions';
import { isolate } from '../i18n/isolate';
import { useIssueText } from '../issues/useIssueText';
import { DateField } from './DateField';
import { EditorDialog, useEditorDone } from './EditorDialog';
import { useRecordEditor, type RecordKind } from './useRecordEditor';

type Values = z.input<typeof TeamMemberCreate>;

const kind: RecordKind = {
  create: 'createTeamMember',
  update: 'updateTeamMember',
  archive: 'archiveTeamMember',
  createSchema: TeamMemberCreate,
  updateSchema: TeamMemberUpdate,
};

const valuesOf = (m: TeamMember): Values => ({
  name: m.name,
  email: m.email,
  phone: m.phone,
  salesForce: m.salesForce,
  function: m.function,
  appRole: m.appRole,
  teamId: m.teamId,
  territoryId: m.territoryId,
  startedOn: m.startedOn,
  leftOn: m.leftOn,
});

/**
 * A member of the sales force: their force, function, team, territory, and the days they
 * started and left (one who has left keeps their history and is given no new accounts).
 */
export function MemberDialog({
  member,
  teams,
  territories,
  allTeams,
  onClose,
}: {
  member: TeamMember | null;
  /** The teams the editor may place a member in. */
  teams: readonly Team[];
  territories: readonly Territory[];
  /** An admin: may set a member's role in the app, and leave them in no team. */
  allTeams: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const forces = useEnumOptions('salesForce', SalesForce.options);
  const functions = useEnumOptions('memberFunction', MemberFunction.options);
  const roles = AppRole.options.map((r) => ({ value: r, label: t(`team.appRole.${r}`) }));
  const initial: Values = member
    ? valuesOf(member)
    : { name: '', salesForce: 'geographic', teamId: teams[0]?.id ?? null };
  const editor = useRecordEditor(kind, member, initial, useEditorDone(onClose));
  const { values, set, errors } = editor;
  const label = (field: string) => t(`team.member.${field}`);
  const error = (field: string) => issueText(errors[field], label(field));
  const territoryOptions = territories
    .filter((x) => !x.archived && (x.teamId === values.teamId || x.id === values.territoryId))
    .map((x) => ({ value: x.id, label: x.name }));

  return (
    <EditorDialog
      title={
        member
          ? t('team.member.editTitle', { name: isolate(member.name) })
          : t('team.member.newTitle')
      }
      editor={editor}
      archived={member?.archived ?? null}
      onClose={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={label('name')}
          withAsterisk
          value={values.name ?? ''}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={error('name')}
          dir="auto"
          data-autofocus
        />
        <TextInput
          label={label('email')}
          type="email"
          value={values.email ?? ''}
          onChange={(e) => set('email', e.currentTarget.value || null)}
          error={error('email')}
        />
        <TextInput
          label={label('phone')}
          type="tel"
          value={values.phone ?? ''}
          onChange={(e) => set('phone', e.currentTarget.value || null)}
          error={error('phone')}
        />
        <Select
          label={label('salesForce')}
          data={forces}
          value={values.salesForce ?? null}
          allowDeselect={false}
          onChange={(v) => v && set('salesForce', v as Values['salesForce'])}
          error={error('salesForce')}
        />
        <Select
          label={label('function')}
          data={functions}
          value={values.function ?? 'sales'}
          allowDeselect={false}
          onChange={(v) => v && set('function', v as Values['function'])}
          error={error('function')}
        />
        {allTeams && (
          <Select
            label={label('appRole')}
            data={roles}
            value={values.appRole ?? 'rep'}
            allowDeselect={false}
            onChange={(v) => v && set('appRole', v as Values['appRole'])}
            error={error('appRole')}
          />
        )}
        <Select
          label={label('teamId')}
          data={teams.map((x) => ({ value: x.id, label: x.name }))}
          value={values.teamId ?? null}
          clearable={allTeams}
          allowDeselect={allTeams}
          placeholder={t('team.noTeam')}
          onChange={(v) => set('teamId', v)}
          error={error('teamId')}
        />
        <Select
          label={label('territoryId')}
          data={territoryOptions}
          value={values.territoryId ?? null}
          clearable
          placeholder={t('team.noTerritory')}
          onChange={(v) => set('territoryId', v)}
          error={error('territoryId')}
        />
        <DateField
          label={label('startedOn')}
          value={values.startedOn}
          onChange={(v) => set('startedOn', v)}
          error={error('startedOn')}
        />
        <DateField
          label={label('leftOn')}
          value={values.leftOn}
          onChange={(v) => set('leftOn', v)}
          error={error('leftOn')}
        />
      </SimpleGrid>
    </EditorDialog>
  );
}
