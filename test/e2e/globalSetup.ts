import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin/rapport.cjs');

/**
 * A real web host on a fresh demo database, started through the CLI exactly as a user
 * would. Tests find its address (with the launch token) in RAPPORT_E2E_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-'));
  const db = path.join(dir, 'e2e.db');
  const demo = spawnSync(
    process.execPath,
    [cli, 'demo', '--db', db, '--accounts', '400', '--seed', '3'],
    {
      encoding: 'utf8',
    },
  );
  if (demo.status !== 0) throw new Error(`demo data failed: ${demo.stderr}`);
  const web = spawn(process.execPath, [cli, 'web', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    web.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    web.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
  process.env.RAPPORT_E2E_URL = url;
  process.env.RAPPORT_E2E_DB = db;
  return async () => {
    web.kill('SIGTERM');
    await new Promise((resolve) => web.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
