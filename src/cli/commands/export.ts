import path from 'node:path';
import type { Command } from 'commander';
import { JobRunner } from '../../main/jobs';
import { EXPORT_FORMATS, REPORT_NAMES, ExportFormat, ReportName } from '../../shared/reports';
import { WORD_LANGUAGES } from '../../shared/words';
import { z } from 'zod';
import { runJob } from '../jobs';
import { zodOption } from '../options';

/** What each report holds, as `rapport export --list` says it. */
const ABOUT: Record<(typeof REPORT_NAMES)[number], string> = {
  list: 'the account list: every account, with its owner and parent (name order)',
  accounts: 'every account with all its fields, owner, parent, distributor and territory',
  contacts: 'every contact with their account, buying role, influence and manager',
  week: "the signed-in member's follow-ups and key dates of --from … --to (also as --format ics)",
  gaps: "coverage gaps of the lead's team (--team ID): each gap, its account, owner and fix",
  workload: "workload by rep of the lead's team (--team ID): book, pipeline, revenue, visits",
  health: 'relationship health of each assessed account, at risk first, then lowest score',
  dates: 'key dates and greetings due --from … --to (the next 30 days), or of --account ID',
  history:
    'who started or ended which assignment, when and why, newest first (--from, --to, --account)',
  pipeline: "open pipeline of the lead's team (--team ID) by rep and selling step, with totals",
  plan: 'the account plan of one account (--account ID), as a document: best as --format pdf',
};

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write a report to a file (it appears whole when done; Ctrl+C leaves nothing)')
    .option('--list', 'name the reports, and stop')
    .option('--db <file>', 'database file')
    .option(
      '--report <name>',
      `one of: ${REPORT_NAMES.join(', ')}`,
      zodOption('--report', ReportName),
    )
    .option(
      '--format <format>',
      EXPORT_FORMATS.join(' or '),
      zodOption('--format', ExportFormat),
      'csv',
    )
    .option('--out <file>', 'the file to write')
    .option(
      '--lang <language>',
      `language of titles and labels: ${WORD_LANGUAGES.join(', ')}`,
      zodOption(
        '--lang',
        z.enum(WORD_LANGUAGES, { message: `must be one of: ${WORD_LANGUAGES.join(', ')}` }),
      ),
      'en',
    )
    .option(
      '--team <id>',
      "the gaps, workload and pipeline reports: which team (the lead's own by default)",
    )
    .option('--owner <id>', "the week report: whose week (the book's profile by default)")
    .option('--account <id>', 'the dates and history reports: one account only')
    .option(
      '--from <day>',
      'the week, dates and history reports: the first day (YYYY-MM-DD; week and dates: today by default)',
    )
    .option(
      '--to <day>',
      'the last day (week: a week by default, at most 31 days; dates: 30 days by default, at most a year)',
    )
    .action(async (opts: ExportOptions, command: Command) => {
      if (opts.list) {
        for (const name of REPORT_NAMES) console.log(`${name.padEnd(10)} ${ABOUT[name]}`);
        return;
      }
      for (const option of ['db', 'report', 'out'] as const) {
        if (!opts[option]) command.error(`error: required option '--${option}' not specified`);
      }
      const out = path.resolve(opts.out!);
      const outcome = await runJob(
        new JobRunner({ file: opts.db! }),
        'export',
        {
          report: opts.report!,
          format: opts.format,
          path: out,
          language: opts.lang,
          // The week's days are the week's own (at most 31); the other reports take the period.
          ...(opts.report === 'week'
            ? { week: { ...weekOf(opts.from, opts.to), memberId: opts.owner } }
            : { from: opts.from, to: opts.to }),
          teamId: opts.team,
          accountId: opts.account,
        },
        { unit: 'rows' },
      );
      if (outcome.type === 'cancelled') {
        process.stderr.write(`Cancelled: nothing was written to ${out}\n`);
        process.exitCode = 130;
        return;
      }
      console.log(`${outcome.result.rows} rows written to ${out}`);
    });
}

/** The days from … to (both included); left out, a week from today. */
function weekOf(from?: string, to?: string): { from?: string; days?: number } {
  if (!to) return { from };
  const start = from ?? new Date().toISOString().slice(0, 10);
  const days = Math.round((Date.parse(to) - Date.parse(start)) / 86_400_000) + 1;
  return { from: start, days: Number.isNaN(days) ? 0 : days };
}

interface ExportOptions {
  team?: string;
  account?: string;
  owner?: string;
  from?: string;
  to?: string;
  list?: boolean;
  db?: string;
  report?: ReportName;
  format: ExportFormat;
  out?: string;
  lang: (typeof WORD_LANGUAGES)[number];
}
