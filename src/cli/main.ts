import { Command } from 'commander';
import { RapportError } from '../shared/errors';
import { fromSqliteError, isSqliteError } from '../main/db/sqliteErrors';
import { registerDataCommands } from './commands/data';
import { registerWebCommand } from './commands/web';
import { registerServeCommand } from './commands/serve';
import { registerUsersCommands } from './commands/users';
import { registerSyncCommands } from './commands/sync';
import { registerExportCommand } from './commands/export';
import { registerImportCommand } from './commands/import';
import { EXIT, isUsageError } from './options';

const program = new Command('rapport')
  .description('Rapport: accounts, key contacts and the sales team that covers them')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });
registerDataCommands(program);
registerWebCommand(program);
registerServeCommand(program);
registerUsersCommands(program);
registerSyncCommands(program);
registerExportCommand(program);
registerImportCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isUsageError(error)) {
    const done =
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help';
    process.exit(done ? EXIT.ok : EXIT.usage);
  }
  process.stderr.write(`rapport: ${oneLine(messageOf(error))}\n`);
  process.exit(EXIT.userError);
});

/** The app's message; SQLite's own text is never printed (DESIGN §2). */
function messageOf(error: unknown): string {
  if (error instanceof RapportError) return error.message;
  const file = program.commands.map((c) => c.opts<{ db?: string }>().db).find(Boolean);
  if (isSqliteError(error)) return fromSqliteError(error, file ?? 'the database').message;
  return (error as Error).message;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
