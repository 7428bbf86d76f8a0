import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
/** The newest PostgreSQL Debian installed (15 on bookworm, 17 on trixie), or PG_BIN. */
export const PG_BIN = process.env.PG_BIN ?? newestDebianPostgres();

function newestDebianPostgres(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return path.join(root, versions[0] ?? '15', 'bin');
}

/** A throwaway PostgreSQL cluster (DESIGN §7): its own folder and port, gone after stop(). */
export interface PgCluster {
  /** A new, empty database on the cluster; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * initdb into a temp folder and start on a free port, sockets in /tmp. As root, the
 * server runs as the `postgres` user (PostgreSQL refuses to run as root). Without the
 * binaries this fails with how to install them: the PostgreSQL suite never skips.
 */
export async function startPgCluster(): Promise<PgCluster> {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL is not installed (no ${PG_BIN}/initdb): the server suite runs on PostgreSQL too. Install it with apt-get install -y postgresql, or set PG_BIN to its bin folder`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-pg-'));
  if (asRoot) fs.chownSync(dir, ...(await postgresIds()));
  const as = (bin: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args])
      : run(path.join(PG_BIN, bin), args);
  const port = await freePort();
  const data = path.join(dir, 'data');
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  await as('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    '-w',
    'start',
  ]);
  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let made = 0;
  return {
    async createDatabase() {
      const name = `rapport_test_${++made}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgresql://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return [Number(stdout.trim()), Number(group.trim())];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
