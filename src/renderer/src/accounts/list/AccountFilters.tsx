import { Button, Group, MultiSelect, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccountKind, Lifecycle, SalesForce } from '../../../../shared/domain/enums';
import { MAX_NOT_CONTACTED_DAYS } from '../../../../shared/domain/account';
import { useEnumOptions } from '../../app/enumOptions';
import { localeOf } from '../../i18n/languages';
import { useLanguageStore } from '../../i18n/languageStore';
import { useMemberOptions } from '../../team/useTeamMembers';
import { useAccountListStore } from './listStore';

const OWNER_OPTIONS = 100;

/** Members to pick as owner are asked for once `loadOwners` (after the list's first page). */
export function AccountFilters({ loadOwners }: { loadOwners: boolean }) {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const filter = useAccountListStore((s) => s.filter);
  const setFilter = useAccountListStore((s) => s.setFilter);
  const clearFilter = useAccountListStore((s) => s.clearFilter);
  const kinds = useEnumOptions('accountKind', AccountKind.options);
  const forces = useEnumOptions('salesForce', SalesForce.options);
  const lifecycles = useEnumOptions('lifecycle', Lifecycle.options);
  const members = useMemberOptions(localeOf[language], loadOwners);
  const active =
    filter.kind.length + filter.salesForce.length + filter.lifecycle.length > 0 ||
    filter.ownerId !== null ||
    filter.notContactedInDays !== null;

  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('accounts.filters')}>
      <MultiSelect
        label={t('fields.kind')}
        data={kinds}
        value={filter.kind}
        onChange={(values) => setFilter({ kind: AccountKind.array().parse(values) })}
        clearable
        searchable
        w={220}
      />
      <MultiSelect
        label={t('fields.salesForce')}
        data={forces}
        value={filter.salesForce}
        onChange={(values) => setFilter({ salesForce: SalesForce.array().parse(values) })}
        clearable
        searchable
        w={220}
      />
      <MultiSelect
        label={t('fields.lifecycle')}
        data={lifecycles}
        value={filter.lifecycle}
        onChange={(values) => setFilter({ lifecycle: Lifecycle.array().parse(values) })}
        clearable
        searchable
        w={220}
      />
      <Select
        label={t('fields.owner')}
        placeholder={t('accounts.anyOwner')}
        data={members}
        // A 100k book has thousands of members: render the first matches, typing finds the rest.
        limit={OWNER_OPTIONS}
        value={filter.ownerId}
        onChange={(ownerId) => setFilter({ ownerId })}
        searchable
        clearable
        w={220}
      />
      <NumberInput
        label={t('accounts.notContactedIn')}
        value={filter.notContactedInDays ?? ''}
        // A half-typed or cleared number shows all accounts; the box bounds what it takes.
        onChange={(days) =>
          setFilter({ notContactedInDays: typeof days === 'number' && days >= 1 ? days : null })
        }
        min={1}
        max={MAX_NOT_CONTACTED_DAYS}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        w={220}
      />
      {active && (
        <Button variant="subtle" onClick={clearFilter}>
          {t('accounts.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
