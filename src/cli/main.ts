import { Command } from 'commander';
import { RapportError } from '../shared/errors';
import { registerDataCommands } from './commands/data';
import { registerWebCommand } from './commands/web';
import { EXIT, isUsageError } from './options';

const program = new Command('rapport')
  .description('Rapport: accounts, key contacts and the sales team that covers them')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });
registerDataCommands(program);
registerWebCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isUsageError(error)) {
    const done =
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help';
    process.exit(done ? EXIT.ok : EXIT.usage);
  }
  const message = error instanceof RapportError ? error.message : (error as Error).message;
  process.stderr.write(`rapport: ${message}\n`);
  process.exit(EXIT.userError);
});
