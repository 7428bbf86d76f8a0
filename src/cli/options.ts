import { z } from 'zod';
import { CommanderError, InvalidArgumentError } from 'commander';

/** Commander option parsers that check with zod and name the option that is wrong. */
export function zodOption<T>(option: string, schema: z.ZodType<T>) {
  return (raw: string): T => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      throw new InvalidArgumentError(`${option}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  };
}

export const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${label} must be a number` })
    .int({ message: `${label} must be a whole number` })
    .min(min, { message: `${label} must be at least ${min}` })
    .max(max, { message: `${label} must be at most ${max}` });

/** Usage errors exit 2, user errors 1 (one line on stderr), help and success 0. */
export const EXIT = { ok: 0, userError: 1, usage: 2 } as const;

export function isUsageError(error: unknown): error is CommanderError {
  return error instanceof CommanderError;
}
