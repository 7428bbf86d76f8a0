import { buildApp, type AppOptions } from './app';

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
