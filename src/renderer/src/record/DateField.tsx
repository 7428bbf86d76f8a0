import { TextInput, type TextInputProps } from '@mantine/core';
import { nextTabStop } from './tabOrder';

interface Props extends Omit<TextInputProps, 'type'> {
  type: 'date' | 'datetime-local';
}

/**
 * The browser's own date (or date and time) field, with its picker and typing, but one
 * Tab stop: Chromium stops at each of its parts (seven for a date and time), so Tab
 * leaves it whole and the arrow keys move between its parts.
 */
export function DateField({ type, onKeyDown, ...props }: Props) {
  return (
    <TextInput
      {...props}
      type={type}
      dir="ltr"
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
        const next = nextTabStop(event.currentTarget, event.shiftKey);
        if (!next) return;
        event.preventDefault();
        next.focus();
      }}
    />
  );
}
