import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CoverageRole, SalesForce } from '../../../shared/domain/enums';
import { TeamCreate, TeamUpdate, type Team } from '../../../shared/domain/team';
import { useEnumOptions } from '../app/enumOptions';
import { isolate } from '../i18n/isolate';
import { useIssueText } from '../issues/useIssueText';
import { errorOf } from './changes';
import { EditorDialog, useEditorDone } from './EditorDialog';
import { useRecordEditor, type RecordKind } from './useRecordEditor';

type Values = z.input<typeof TeamCreate>;

const kind: RecordKind = {
  create: 'createTeam',
  update: 'updateTeam',
  archive: 'archiveTeam',
  createSchema: TeamCreate,
  updateSchema: TeamUpdate,
};

const valuesOf = (team: Team): Values => ({
  name: team.name,
  salesForce: team.salesForce,
  leadId: team.leadId,
  description: team.description,
  template: team.template,
});

/** A team: its force, its lead, and the functions each of its strategic accounts needs. */
export function TeamDialog({
  team,
  members,
  onClose,
}: {
  team: Team | null;
  members: readonly { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const forces = useEnumOptions('salesForce', SalesForce.options);
  const functions = useEnumOptions('coverageRole', CoverageRole.options);
  const initial: Values = team ? valuesOf(team) : { name: '', salesForce: 'strategic' };
  const editor = useRecordEditor(kind, team, initial, useEditorDone(onClose));
  const { values, set, errors } = editor;
  const label = (field: string) => t(`team.team.${field}`);
  const error = (field: string) => issueText(errorOf(errors, field), label(field));

  return (
    <EditorDialog
      title={
        team ? t('team.team.editTitle', { name: isolate(team.name) }) : t('team.team.newTitle')
      }
      editor={editor}
      archived={team?.archived ?? null}
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
        <Select
          label={label('salesForce')}
          data={forces}
          value={values.salesForce ?? null}
          allowDeselect={false}
          onChange={(v) => v && set('salesForce', v as Values['salesForce'])}
          error={error('salesForce')}
        />
        <Select
          label={label('leadId')}
          data={members}
          value={values.leadId ?? null}
          searchable
          // a large force has thousands: the first matches are shown as one types
          limit={50}
          clearable
          placeholder={t('team.noLead')}
          onChange={(v) => set('leadId', v)}
          error={error('leadId')}
        />
      </SimpleGrid>
      <MultiSelect
        label={label('template')}
        description={t('team.team.templateHint')}
        data={functions}
        value={values.template ?? []}
        onChange={(v) => set('template', v as Values['template'])}
        error={error('template')}
        clearable
      />
      <Textarea
        label={label('description')}
        value={values.description ?? ''}
        onChange={(e) => set('description', e.currentTarget.value || null)}
        error={error('description')}
        autosize
        minRows={2}
        dir="auto"
      />
    </EditorDialog>
  );
}
