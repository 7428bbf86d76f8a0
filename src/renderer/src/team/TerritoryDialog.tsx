import { MultiSelect, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AccountKind } from '../../../shared/domain/enums';
import {
  TerritoryCreate,
  TerritoryUpdate,
  type Team,
  type Territory,
  type TerritoryRules,
} from '../../../shared/domain/team';
import { useCountryOptions } from '../accounts/form/codeOptions';
import { useEnumOptions } from '../app/enumOptions';
import { isolate } from '../i18n/isolate';
import { useIssueText } from '../issues/useIssueText';
import { errorOf } from './changes';
import { EditorDialog, useEditorDone } from './EditorDialog';
import { useRecordEditor, type RecordKind } from './useRecordEditor';

type Values = z.input<typeof TerritoryCreate>;
type Rules = z.input<typeof TerritoryCreate>['rules'] & object;

const kind: RecordKind = {
  create: 'createTerritory',
  update: 'updateTerritory',
  archive: 'archiveTerritory',
  createSchema: TerritoryCreate,
  updateSchema: TerritoryUpdate,
};

const NO_RULES: TerritoryRules = {
  countries: [],
  regions: [],
  postcodes: [],
  industries: [],
  accountKinds: [],
};

/**
 * A territory and its rules: which accounts fall in it, by country, region, postcode
 * (a prefix such as 70, or a range such as 7000-7099), industry and kind of account. An
 * empty rule places no limit; a bad or overlapping postcode range is named under its field.
 */
export function TerritoryDialog({
  territory,
  teams,
  allTeams,
  onClose,
}: {
  territory: Territory | null;
  teams: readonly Team[];
  allTeams: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const countries = useCountryOptions();
  const kinds = useEnumOptions('accountKind', AccountKind.options);
  const initial: Values = territory
    ? { name: territory.name, teamId: territory.teamId, rules: territory.rules }
    : { name: '', teamId: teams[0]?.id ?? null, rules: NO_RULES };
  const editor = useRecordEditor(kind, territory, initial, useEditorDone(onClose));
  const { values, set, errors } = editor;
  const rules: Rules = values.rules ?? NO_RULES;
  const setRule = <K extends keyof Rules>(rule: K, value: Rules[K]) =>
    set('rules', { ...rules, [rule]: value });
  const label = (field: string) => t(`team.territory.${field}`);
  const error = (field: string) => issueText(errorOf(errors, field), label(field));
  const ruleError = (rule: string) => issueText(errorOf(errors, `rules.${rule}`), label(rule));
  const tags = (rule: 'regions' | 'postcodes' | 'industries') => ({
    label: label(rule),
    value: rules[rule] ?? [],
    onChange: (value: string[]) => setRule(rule, value),
    error: ruleError(rule),
    clearable: true,
    // an entry is taken on Enter or a comma, as a person lists them
    splitChars: [','],
  });

  return (
    <EditorDialog
      title={
        territory
          ? t('team.territory.editTitle', { name: isolate(territory.name) })
          : t('team.territory.newTitle')
      }
      editor={editor}
      archived={territory?.archived ?? null}
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
          label={label('teamId')}
          data={teams.map((x) => ({ value: x.id, label: x.name }))}
          value={values.teamId ?? null}
          clearable={allTeams}
          allowDeselect={allTeams}
          placeholder={t('team.noTeam')}
          onChange={(v) => set('teamId', v)}
          error={error('teamId')}
        />
      </SimpleGrid>
      <MultiSelect
        label={label('countries')}
        data={countries}
        value={rules.countries ?? []}
        onChange={(v) => setRule('countries', v)}
        error={ruleError('countries')}
        searchable
        clearable
      />
      <TagsInput {...tags('regions')} />
      <TagsInput
        {...tags('postcodes')}
        description={t('team.territory.postcodesHint')}
        attributes={{ input: { dir: 'ltr' } }}
      />
      <TagsInput {...tags('industries')} />
      <MultiSelect
        label={label('accountKinds')}
        data={kinds}
        value={rules.accountKinds ?? []}
        onChange={(v) => setRule('accountKinds', v as Rules['accountKinds'])}
        error={ruleError('accountKinds')}
        clearable
      />
    </EditorDialog>
  );
}
