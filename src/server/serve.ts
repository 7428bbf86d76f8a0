import { buildApp, type AppOptions } from './app';
import { fillDemo, type DemoTeam } from './demo';
import { openStorage } from './storage/open';

export interface ServerOptions extends AppOptions {
  /** Default 127.0.0.1: a server for other machines is started with --host 0.0.0.0. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

export interface RunningServer {
  /** Where clients reach it, e.g. http://127.0.0.1:7373 */
  readonly url: string;
  /** Stops listening; the storage stays open (its owner closes it). */
  close(): Promise<void>;
}

/** Starts the sync server on a storage and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await buildApp(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 0 });
  const { port } = app.server.address() as { port: number };
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  return { url, close: () => app.close() };
}

export interface ServeOptions {
  /** The folder of the SQLite file; unused when `databaseUrl` is set. */
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly host: string;
  readonly port: number;
  readonly rateLimit?: number;
  /** Fill an empty server with a demo team of this many accounts. */
  readonly demoAccounts?: number;
  /** Where the start-up lines go (the URL, the demo's tokens); logs go to stderr. */
  readonly print: (line: string) => void;
}

/**
 * `rapport serve`: opens the storage (PostgreSQL when a URL is given, else SQLite in
 * the data folder), fills it with a demo team if asked and empty, and serves, logging
 * JSON lines to stderr. Returns how to stop it.
 */
export async function runServe(options: ServeOptions): Promise<RunningServer> {
  const storage = await openStorage({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    if (options.demoAccounts !== undefined) {
      const team = await fillDemo(storage, { accounts: options.demoAccounts });
      printDemo(team, options.print);
    }
    const server = await startServer({
      storage,
      host: options.host,
      port: options.port,
      rateLimit: options.rateLimit,
      log: { stream: process.stderr },
    });
    options.print(`Rapport sync server at ${server.url} (${storage.kind}: ${storage.location})`);
    return {
      url: server.url,
      close: async () => {
        await server.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

function printDemo(team: DemoTeam | null, print: (line: string) => void): void {
  if (!team) {
    print(
      'This server already holds data: --demo fills an empty server only, so nothing was added',
    );
    return;
  }
  print(`Demo team ready: ${team.accounts} accounts, ${team.changes} changes.`);
  print('Tokens, shown this once (the server keeps only their hash):');
  for (const p of team.people) print(`  ${p.role.padEnd(4)}  ${p.name.padEnd(28)}  ${p.token}`);
}
