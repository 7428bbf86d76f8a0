import {
  Fieldset,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Lifecycle } from '../../../shared/domain/enums';
import type { HandOverPlan } from '../../../shared/domain/handover';

type LifecycleValue = z.infer<typeof Lifecycle>;
import { useEnumOptions } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { useMemberOptions } from '../team/useTeamMembers';

/** The form as the lead fills it in. */
export interface Draft {
  fromMemberId: string | null;
  pick: 'all' | 'filter';
  lifecycle: LifecycleValue[];
  by: 'one' | 'rule' | 'even';
  memberId: string | null;
  memberIds: string[];
  weigh: 'count' | 'revenue';
  reason: string;
}

/** The plan the core checks (an empty choice goes as it is: the core names the field). */
export function planOf(d: Draft): HandOverPlan {
  const receivers: HandOverPlan['receivers'] =
    d.by === 'one'
      ? { by: 'one', memberId: d.memberId ?? '' }
      : d.by === 'rule'
        ? { by: 'rule' }
        : { by: 'even', weigh: d.weigh, memberIds: d.memberIds };
  return {
    fromMemberId: d.fromMemberId ?? '',
    accounts: d.pick === 'all' ? { pick: 'all' } : { pick: 'filter', lifecycle: d.lifecycle },
    receivers,
    reason: d.reason,
  };
}

export function HandOverForm({
  draft,
  onChange,
  errors,
  disabled,
}: {
  draft: Draft;
  onChange: (next: Draft) => void;
  errors: Record<string, string>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMemberOptions(format.locale);
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const lifecycles = useEnumOptions('lifecycle', Lifecycle.options);
  return (
    <Stack gap="sm">
      <Fieldset legend={t('handover.step1')} disabled={disabled}>
        <Select
          label={t('handover.rep')}
          searchable
          data={members}
          value={draft.fromMemberId}
          onChange={(value) => set({ fromMemberId: value })}
          error={errors.fromMemberId}
          nothingFoundMessage={t('handover.nobodyFound')}
          w={320}
        />
      </Fieldset>
      <Fieldset legend={t('handover.step2')} disabled={disabled}>
        <Radio.Group
          value={draft.pick}
          onChange={(value) => set({ pick: value as Draft['pick'] })}
          error={errors.accounts}
        >
          <Group gap="lg">
            <Radio value="all" label={t('handover.allAccounts')} />
            <Radio value="filter" label={t('handover.someAccounts')} />
          </Group>
        </Radio.Group>
        {draft.pick === 'filter' && (
          <MultiSelect
            mt="xs"
            label={t('handover.lifecycle')}
            data={lifecycles}
            value={draft.lifecycle}
            onChange={(lifecycle) => set({ lifecycle: lifecycle as LifecycleValue[] })}
            w={420}
          />
        )}
      </Fieldset>
      <Fieldset legend={t('handover.step3')} disabled={disabled}>
        <Radio.Group
          value={draft.by}
          onChange={(value) => set({ by: value as Draft['by'] })}
          error={errors.receivers}
        >
          <Group gap="lg">
            <Radio value="one" label={t('handover.toOne')} />
            <Radio value="rule" label={t('handover.byRule')} />
            <Radio value="even" label={t('handover.evenly')} />
          </Group>
        </Radio.Group>
        {draft.by === 'one' && (
          <Select
            mt="xs"
            label={t('handover.receiver')}
            searchable
            data={members}
            value={draft.memberId}
            onChange={(memberId) => set({ memberId })}
            nothingFoundMessage={t('handover.nobodyFound')}
            w={320}
          />
        )}
        {draft.by === 'rule' && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('handover.ruleHint')}
          </Text>
        )}
        {draft.by === 'even' && (
          <Group mt="xs" align="end">
            <MultiSelect
              label={t('handover.receivers')}
              searchable
              data={members}
              value={draft.memberIds}
              onChange={(memberIds) => set({ memberIds })}
              nothingFoundMessage={t('handover.nobodyFound')}
              w={420}
            />
            <SegmentedControl
              aria-label={t('handover.weigh')}
              value={draft.weigh}
              onChange={(weigh) => set({ weigh: weigh as Draft['weigh'] })}
              data={[
                { value: 'count', label: t('handover.byCount') },
                { value: 'revenue', label: t('handover.byRevenue') },
              ]}
            />
          </Group>
        )}
      </Fieldset>
      <Fieldset legend={t('handover.step4')} disabled={disabled}>
        <Textarea
          label={t('handover.reason')}
          value={draft.reason}
          onChange={(event) => set({ reason: event.currentTarget.value })}
          error={errors.reason}
          autosize
          minRows={2}
          maxLength={500}
        />
      </Fieldset>
    </Stack>
  );
}
