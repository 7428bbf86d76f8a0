import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const cli = path.resolve(__dirname, '../../../bin/rapport.cjs');

/** Runs `rapport …` as a real process; resolves with its exit code and output. */
export function rapport(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `rapport serve …` running in the background, with the lines it printed up to its URL. */
export async function startServeProcess(args: string[]): Promise<{
  child: ChildProcess;
  url: string;
  lines: string[];
  stop: () => Promise<number | null>;
}> {
  const child = spawn(process.execPath, [cli, 'serve', ...args], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const reader = readline.createInterface({ input: child.stdout! });
    reader.on('line', (line) => {
      lines.push(line);
      const found = /^Rapport sync server at (\S+)/.exec(line);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`rapport serve exited with ${code}: ${stderr}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { child, url, lines, stop };
}
