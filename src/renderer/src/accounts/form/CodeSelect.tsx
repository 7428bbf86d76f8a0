import { Select } from '@mantine/core';
import type { CodeOption } from './codeOptions';

interface Props {
  label: string;
  options: CodeOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur: () => void;
  error?: string;
  required?: boolean;
}

/**
 * A country or currency picked by name, typed in the user's language or as its code.
 * A stored code the browser cannot name stays shown as the code, never silently dropped.
 */
export function CodeSelect({ label, options, value, onChange, onBlur, error, required }: Props) {
  const data =
    !value || options.some((o) => o.value === value)
      ? options
      : [{ value, label: value }, ...options];
  return (
    <Select
      label={label}
      data={data}
      value={value || null}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable={!required}
      allowDeselect={false}
      withAsterisk={required}
      error={error}
      limit={300}
      // The code itself is in every label ("Norway (NO)"): typing NO finds it too.
      nothingFoundMessage="—"
    />
  );
}
