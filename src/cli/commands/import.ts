import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { JobRunner } from '../../main/jobs';
import { ImportMap, type ImportJobResult, type ImportKind } from '../../shared/imports';
import { WORD_LANGUAGES, type WordLanguage } from '../../shared/words';
import { runJob } from '../jobs';
import { zodOption } from '../options';

const mapOption = zodOption(
  '--map',
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON such as {"Firma": "name"}' });
        return z.NEVER;
      }
    })
    .pipe(ImportMap),
);

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import accounts or contacts from a CSV or XLSX file, as one change (or none), or undo an import',
    )
    .option('--db <file>', 'database file')
    .option(
      '--accounts <file>',
      'a CSV or XLSX file of accounts (Salesforce, HubSpot, a plain list)',
    )
    .option('--contacts <file>', 'a CSV or XLSX file of contacts, each naming its account')
    .option(
      '--map <json>',
      'which field a column fills, e.g. {"Firma": "name", "Land": "country"}',
      mapOption,
    )
    .option('--dry-run', 'check every row and count what would change; write nothing')
    .option('--errors <file>', 'write the refused rows, each with its reason, to this CSV file')
    .option('--undo <id>', 'undo the import with this id (as printed when it was made)')
    .option(
      '--lang <language>',
      `language of the reasons: ${WORD_LANGUAGES.join(', ')}`,
      zodOption(
        '--lang',
        z.enum(WORD_LANGUAGES, { message: `must be one of: ${WORD_LANGUAGES.join(', ')}` }),
      ),
      'en',
    )
    .action(async (opts: ImportOptions, command: Command) => {
      if (!opts.db) command.error("error: required option '--db <file>' not specified");
      const runner = new JobRunner({ file: opts.db });
      if (opts.undo) {
        const outcome = await runJob(
          runner,
          'undoImport',
          { id: opts.undo, language: opts.lang },
          { unit: 'records' },
        );
        if (outcome.type === 'cancelled') return cancelled();
        const { archived, restored } = outcome.result;
        console.log(
          `Import ${opts.undo} undone: ${archived} records it made archived, ${restored} put back`,
        );
        return;
      }
      const kind: ImportKind | null = opts.accounts
        ? 'accounts'
        : opts.contacts
          ? 'contacts'
          : null;
      if (!kind || (opts.accounts && opts.contacts)) {
        command.error(
          'error: name one file: --accounts <file> or --contacts <file> (or --undo <id>)',
        );
      }
      const outcome = await runJob(
        runner,
        'import',
        {
          kind,
          path: path.resolve((opts.accounts ?? opts.contacts)!),
          map: opts.map ?? {},
          dryRun: opts.dryRun === true,
          errorsPath: opts.errors && path.resolve(opts.errors),
          language: opts.lang,
        },
        { unit: 'rows' },
      );
      if (outcome.type === 'cancelled') return cancelled();
      report(outcome.result, opts.db);
    });
}

function cancelled(): void {
  process.stderr.write('Cancelled: nothing was written to the book\n');
  process.exitCode = 130;
}

/** The refused rows on stderr, then one summary line on stdout. */
function report(result: ImportJobResult, db: string): void {
  for (const { line, reason } of result.firstErrors)
    process.stderr.write(`line ${line}: ${reason}\n`);
  if (result.errors > result.firstErrors.length) {
    process.stderr.write(`… and ${result.errors - result.firstErrors.length} more refused rows\n`);
  }
  if (result.ignoredColumns.length > 0) {
    process.stderr.write(`Columns ignored: ${result.ignoredColumns.join(', ')}\n`);
  }
  const counts = `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errors} refused`;
  const errorsFile = result.errorsPath ? `; refused rows written to ${result.errorsPath}` : '';
  if (result.dryRun) {
    console.log(
      `Dry run of ${result.rows} ${result.kind} rows, nothing written: would be ${counts}${errorsFile}`,
    );
  } else {
    console.log(
      `Imported ${result.rows} ${result.kind} rows: ${counts}${errorsFile}. Import ${result.id} (undo: rapport import --db ${db} --undo ${result.id})`,
    );
  }
}

interface ImportOptions {
  db?: string;
  accounts?: string;
  contacts?: string;
  map?: ImportMap;
  dryRun?: boolean;
  errors?: string;
  undo?: string;
  lang: WordLanguage;
}
