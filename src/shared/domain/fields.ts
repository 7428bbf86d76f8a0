import { z } from 'zod';

/** Reusable field schemas; every message names what is wrong in the user's words. */
export const id = z.uuid({ message: 'Must be a valid id' });

export const optionalId = id.nullable().default(null);

/** A set of ids, at most `max`, each once: "contacts" names them in messages. */
export const idSet = (plural: string, singular: string, max: number, where: string) =>
  z
    .array(id, { message: `${plural} must be a list of ${singular} ids` })
    .max(max, { message: `At most ${max} ${plural.toLowerCase()} ${where}` })
    .refine((ids) => new Set(ids).size === ids.length, {
      message: `A ${singular} is listed twice`,
    });

export const requiredText = (label: string, max = 200) =>
  z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, { message: `${label} is required` })
    .max(max, { message: `${label} must be at most ${max} characters` });

/** Free text that may be left empty; empty strings are stored as null. */
export const optionalText = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} must be at most ${max} characters` })
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));

export const isoDate = (label: string) =>
  z.iso.date({ message: `${label} must be a date like 2026-03-31` });

/** A moment, as an ISO timestamp; kept as milliseconds in the store. */
export const instant = (label: string) =>
  z.iso
    .datetime({
      offset: true,
      message: `${label} must be a date and time like 2026-03-31T09:30:00Z`,
    })
    .transform((v) => new Date(v).toISOString());

export const optionalDate = (label: string) =>
  z
    .union([isoDate(label), z.literal('')])
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));

export const optionalEmail = z
  .union([z.email({ message: 'Email must be an address like name@example.com' }), z.literal('')])
  .nullable()
  .default(null)
  .transform((v) => (v === '' ? null : v));

export const country = z
  .string({ message: 'Country is required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'Country must be a two-letter code such as NO or VN' });

export const countryCode = country.nullable().default(null);

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: 'Currency must be a three-letter code such as EUR' });

export const amount = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .finite({ message: `${label} must be a number` })
    .min(0, { message: `${label} cannot be negative` });

export const optionalAmount = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .finite({ message: `${label} must be a number` })
    .min(0, { message: `${label} cannot be negative` })
    .nullable()
    .default(null);

export const score = (label: string) =>
  z
    .number({ message: `${label} must be a whole number from 1 to 5` })
    .int({ message: `${label} must be a whole number from 1 to 5` })
    .min(1, { message: `${label} must be from 1 to 5` })
    .max(5, { message: `${label} must be from 1 to 5` })
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
