import { useId } from 'react';
import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localToday } from '../week/days';
import { DUE_PRESETS, dueOn, presetOf, type DuePreset } from './duePresets';

interface Props {
  due: string;
  onChange: (due: string) => void;
}

/**
 * Tomorrow, in 3 days, next week, in a month: one Tab stop, the arrow keys pick. None is
 * marked when the date field holds another day.
 */
export function DuePresets({ due, onChange }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const today = localToday();
  return (
    <Stack gap={0}>
      <Input.Label id={labelId} labelElement="div">
        {t('record.dueIn')}
      </Input.Label>
      <SegmentedControl<DuePreset | ''>
        aria-labelledby={labelId}
        fullWidth
        value={presetOf(due, today) ?? ''}
        onChange={(preset) => preset && onChange(dueOn(preset, today))}
        data={DUE_PRESETS.map((preset) => ({ value: preset, label: t(`record.due.${preset}`) }))}
      />
    </Stack>
  );
}
