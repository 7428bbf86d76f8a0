import { z } from 'zod';
import { WORD_LANGUAGES } from './words';
import { AccountListQuery } from './domain/account';
import { WeekQuery } from './domain/week';
import { id, isoDate } from './domain/fields';
import { messages } from './domain/messages';

/**
 * Reports and exports (issue 21, DESIGN §4): every report can be written to a file by
 * the app (an `export` job) and by `rapport export`.
 */
export const REPORT_NAMES = [
  'list',
  'accounts',
  'contacts',
  'week',
  'gaps',
  'workload',
  'health',
  'dates',
  'history',
  'pipeline',
  'plan',
] as const;
export const ReportName = z.enum(REPORT_NAMES, {
  message: `report must be one of: ${REPORT_NAMES.join(', ')}`,
});
export type ReportName = z.infer<typeof ReportName>;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'ics'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS, {
  message: `format must be one of: ${EXPORT_FORMATS.join(', ')}`,
});
export type ExportFormat = z.infer<typeof ExportFormat>;

const ExportFields = z.object(
  {
    report: ReportName,
    format: ExportFormat,
    /** The file to write, on this machine: it appears whole, or not at all. */
    path: z
      .string({ message: 'path must name the file to write' })
      .min(1, { message: 'path must name the file to write' })
      .max(4096, { message: 'path is too long' }),
    /** The language of the report's titles, column names and labels. */
    language: z.enum(WORD_LANGUAGES).default('en'),
    /** The list view the `list` report writes: its filter and sort. */
    list: AccountListQuery.pick({ filter: true, sort: true, language: true }).default({
      filter: {},
      sort: { key: 'name', desc: false },
      language: 'en',
    }),
    /** The team the `gaps`, `workload` and `pipeline` reports cover (the lead's own, by default). */
    teamId: id.optional(),
    /** Whose week and which days the `week` report covers (the signed-in member by default). */
    week: WeekQuery.pick({ memberId: true, from: true, days: true }).default({ days: 7 }),
    /** The first and last day (both included) of the `dates` and `history` reports. */
    from: isoDate('From').optional(),
    to: isoDate('To').optional(),
    /** The one account the `dates` and `history` reports cover (every one by default). */
    accountId: id.optional(),
  },
  {
    message:
      'The export job needs { report, format, path, language?, list?, week?, teamId?, from?, to?, accountId? }',
  },
);

/** A calendar file holds dated items: the week report's follow-ups and key dates. */
const calendarOnlyForWeek = {
  check: (input: { report: ReportName; format: ExportFormat }) =>
    input.format !== 'ics' || input.report === 'week',
  message: { message: 'A calendar file (ics) holds the week report only', path: ['format'] },
};

/** A period runs forward: its last day is not before its first. */
const periodForward = {
  check: (input: { from?: string; to?: string }) =>
    !input.from || !input.to || input.to >= input.from,
  message: { message: messages.toBeforeFrom({}), path: ['to'] },
};

export const ExportJobInput = ExportFields.refine(
  calendarOnlyForWeek.check,
  calendarOnlyForWeek.message,
).refine(periodForward.check, periodForward.message);
export type ExportJobInput = z.input<typeof ExportJobInput>;

/** What a window asks for: the host decides where the file goes (a save dialog, a download). */
export const ExportRequest = ExportFields.omit({ path: true })
  .refine(calendarOnlyForWeek.check, calendarOnlyForWeek.message)
  .refine(periodForward.check, periodForward.message);
export type ExportRequest = z.input<typeof ExportRequest>;

export interface ExportJobResult {
  path: string;
  /** The name to offer for the file: the report's title and today, in its language. */
  name: string;
  /** Data rows written (headers aside). */
  rows: number;
  bytes: number;
}

/** "Accounts 2026-12-07.csv": a file name without characters a file system refuses. */
export const exportFileName = (title: string, day: string, format: ExportFormat) => {
  const safe = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? ' ' : c))
    .join('')
    .trim();
  return `${safe} ${day}.${format}`;
};
