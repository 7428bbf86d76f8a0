import { z } from 'zod';
import { messages } from './messages';

/** Reusable field schemas; every message names what is wrong in the user's words. */
export const id = z.uuid({ message: messages.invalidId({}) });

export const optionalId = id.nullable().default(null);

/** A set of ids, at most `max`, each once: "contacts" names them in messages. */
export const idSet = (plural: string, singular: string, max: number, where: string) =>
  z
    .array(id, { message: messages.notIdList({ label: plural, item: singular }) })
    .max(max, { message: messages.listTooLong({ max, label: plural, where }) })
    .refine((ids) => new Set(ids).size === ids.length, {
      message: messages.listedTwice({ item: singular }),
    });

export const requiredText = (label: string, max = 200) =>
  z
    .string({ message: messages.required({ label }) })
    .trim()
    .min(1, { message: messages.required({ label }) })
    .max(max, { message: messages.tooLong({ label, max }) });

/** Free text that may be left empty; empty strings are stored as null. */
export const optionalText = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { message: messages.tooLong({ label, max }) })
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));

export const isoDate = (label: string) => z.iso.date({ message: messages.notADate({ label }) });

/** A moment, as an ISO timestamp; kept as milliseconds in the store. */
export const instant = (label: string) =>
  z.iso
    .datetime({
      offset: true,
      message: messages.notAMoment({ label }),
    })
    .transform((v) => new Date(v).toISOString());

export const optionalDate = (label: string) =>
  z
    .union([isoDate(label), z.literal('')])
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));

export const optionalEmail = z
  .union([z.email({ message: messages.email({}) }), z.literal('')])
  .nullable()
  .default(null)
  .transform((v) => (v === '' ? null : v));

export const country = z
  .string({ message: messages.required({ label: 'Country' }) })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: messages.country({}) });

export const countryCode = country.nullable().default(null);

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: messages.currency({}) });

export const amount = (label: string) =>
  z
    .number({ message: messages.notANumber({ label }) })
    .finite({ message: messages.notANumber({ label }) })
    .min(0, { message: messages.negative({ label }) });

export const optionalAmount = (label: string) =>
  z
    .number({ message: messages.notANumber({ label }) })
    .finite({ message: messages.notANumber({ label }) })
    .min(0, { message: messages.negative({ label }) })
    .nullable()
    .default(null);

export const score = (label: string) =>
  z
    .number({ message: messages.notWhole({ label, min: 1, max: 5 }) })
    .int({ message: messages.notWhole({ label, min: 1, max: 5 }) })
    .min(1, { message: messages.outOfRange({ label, min: 1, max: 5 }) })
    .max(5, { message: messages.outOfRange({ label, min: 1, max: 5 }) })
    .nullable()
    .default(null);

export const ArchiveInput = z.object({ id, archived: z.boolean().default(true) });
export const IdInput = z.object({ id });

/** The schema without its default, so that a missing value stays missing. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault) return withoutDefault(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) {
    return z.pipe(withoutDefault(schema.in as z.ZodType), schema.out as z.ZodType);
  }
  return schema;
}

type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<S[K]> };

/**
 * A patch names only the fields that change. zod's `.partial()` still fills in
 * defaults for absent keys, which would silently reset every field not sent.
 */
export function patchOf<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([key, schema]) => [
      key,
      withoutDefault(schema as z.ZodType).optional(),
    ]),
  ) as unknown as PatchShape<S>;
  return z.object(shape).strict();
}
