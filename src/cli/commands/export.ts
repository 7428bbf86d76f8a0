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
    .option('--team <id>', "the gaps and workload reports: which team (the lead's own by default)")
    .option('--owner <id>', "the week report: whose week (the book's profile by default)")
    .option('--from <day>', 'the week report: its first day (YYYY-MM-DD; today by default)')
    .option('--to <day>', 'the week report: its last day (at most 31 days; a week by default)')
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
          week: { ...weekOf(opts.from, opts.to), memberId: opts.owner },
          teamId: opts.team,
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
