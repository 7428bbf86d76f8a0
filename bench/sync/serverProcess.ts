/**
 * The sync server in its own process (`node bin/rapport.cjs serve`), as a team runs it:
 * its memory and its CPU are its own, so a laptop's work and the server's overlap.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Starts the server on `dataDir` and waits for its address. */
export function serveProcess(
  dataDir: string,
  options: { rateLimit?: number } = {},
): Promise<{ child: ChildProcess; url: string }> {
  const args = ['serve', '--data', dataDir, '--port', '0'];
  if (options.rateLimit) args.push('--rate-limit', String(options.rateLimit));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'rapport.cjs'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /sync server at (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      // From here on its log is read and let go, not kept.
      child.stdout!.off('data', read);
      child.stdout!.resume();
      resolve({ child, url });
    };
    child.stdout!.on('data', read);
    child.on('exit', (code) => reject(new Error(`rapport serve exited (${code}): ${out}`)));
  });
}

/** Stops the server and waits until it has gone. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}
