import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../../src/main/db/open';

const cli = path.resolve(__dirname, '../../bin/rapport.cjs');

/** Every process started here, so that `stopAll` ends them even after a failed test. */
const running: ChildProcess[] = [];

/**
 * Starts `rapport <args>` as a user would in a terminal and waits for the line they
 * read (its address). The process is remembered before anything can fail.
 */
async function launch(args: string[], ready: RegExp): Promise<string> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  // Logs are read (a pipe nobody reads fills up and stalls the process) and the last
  // of them kept for the message of a start that fails.
  let logs = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    logs = (logs + chunk.toString()).slice(-4000);
  });
  return new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(output);
    });
    child.once('exit', (code) =>
      reject(new Error(`rapport ${args[0]} exited with ${code}: ${output}${logs}`)),
    );
  });
}

/** A web host on its own book: its address carries the launch token. */
export interface Host {
  readonly url: URL;
}

export async function startHost(db: string): Promise<Host> {
  // `rapport web` opens an existing book; `--demo` would fill it with demo data, which
  // never syncs. A laptop joining a team starts from an empty one.
  openDatabase(db, { create: true }).close();
  const output = await launch(['web', '--db', db, '--port', '0'], /running at (\S+)/);
  return { url: new URL(/running at (\S+)/.exec(output)?.[1] ?? '') };
}

/** A member of the demo team whose device token `rapport serve --demo` printed. */
export interface DemoPerson {
  readonly role: 'lead' | 'rep';
  readonly name: string;
  readonly token: string;
}

export interface DemoServer {
  readonly url: string;
  readonly lead: DemoPerson;
  readonly reps: readonly DemoPerson[];
}

/** `rapport serve --demo` on an empty data folder, read as its user reads it. */
export async function startDemoServer(dataDir: string, accounts: number): Promise<DemoServer> {
  const ready = /Rapport sync server at (\S+)/;
  const output = await launch(
    ['serve', '--data', dataDir, '--port', '0', '--demo', '--accounts', String(accounts)],
    ready,
  );
  const people = [...output.matchAll(/^ {2}(lead|rep) +(.+?) +(\S+)$/gm)].map(
    ([, role, name, token]) => ({ role, name, token }) as DemoPerson,
  );
  const lead = people.find((p) => p.role === 'lead');
  const reps = people.filter((p) => p.role === 'rep');
  if (!lead || reps.length !== 2) {
    throw new Error(`rapport serve --demo did not print a lead and two reps: ${output}`);
  }
  return { url: ready.exec(output)?.[1] ?? '', lead, reps };
}

/** Ends every process started here: politely, then for sure after five seconds. */
export async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map(stop));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
