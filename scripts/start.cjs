#!/usr/bin/env node
// `npm start`: build if needed, then open Rapport in its Electron window; where the
// Electron binary is missing (it is downloaded on first use), serve the same app on
// 127.0.0.1 and open it in the browser. With CI=true it starts, checks, and stops.
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((f) =>
  path.join(root, f),
);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const built = outputs.every((f) => fs.existsSync(f));
  if (
    built &&
    Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs)) > newestMtime(path.join(root, 'src'))
  )
    return;
  console.log('Building Rapport…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary's path, or null where it cannot be had. */
function electronBinary() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write('\\n' + require('electron'))"],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  const found = probe.status === 0 ? probe.stdout.trim().split('\n').pop() : null;
  return found && fs.existsSync(found) ? found : null;
}

/** Where Electron keeps this user's data (app.getPath('userData') for "Rapport"). */
function userDatabase() {
  if (process.env.RAPPORT_DB) return process.env.RAPPORT_DB;
  const home = os.homedir();
  const base =
    process.platform === 'darwin'
      ? path.join(home, 'Library', 'Application Support')
      : process.platform === 'win32'
        ? process.env.APPDATA || path.join(home, 'AppData', 'Roaming')
        : process.env.XDG_CONFIG_HOME || path.join(home, '.config');
  return path.join(base, 'Rapport', 'rapport.db');
}

buildIfNeeded();
const electron = electronBinary();
if (electron) {
  spawn(electron, [root], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron is not available on this machine (its binary could not be downloaded): opening Rapport in your browser instead.',
  );
  const db = userDatabase();
  fs.mkdirSync(path.dirname(db), { recursive: true });
  const mode = process.env.CI === 'true' ? '--check' : '--open';
  const web = spawn(
    process.execPath,
    [path.join(root, 'bin/rapport.cjs'), 'web', '--db', db, '--demo', mode],
    {
      stdio: 'inherit',
    },
  );
  web.on('exit', (code) => process.exit(code ?? 0));
}
