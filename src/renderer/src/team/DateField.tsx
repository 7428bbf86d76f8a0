import { TextInput } from '@mantine/core';
import { useCalendarDate } from '../i18n/useCalendarDate';

/** A day, typed in the browser's date field; under it, the day in the user's calendar (Persian). */
export function DateField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  error: string | undefined;
}) {
  const calendarDate = useCalendarDate();
  return (
    <TextInput
      type="date"
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      description={calendarDate(value ?? null)}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
    />
  );
}
