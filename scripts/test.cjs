#!/usr/bin/env node
// `npm test`: types, lint, unit, integration, then end to end (DESIGN §6), stopping
// at the first layer that fails. Ends with one line counting every test that ran:
// "N passed, N failed, N skipped".
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, 'test-reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const layers = [
  ['types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['types (web)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  [
    'unit',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/unit.json`,
    ],
  ],
  [
    'integration',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'integration',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/integration.json`,
    ],
  ],
  ['build', 'npx', ['electron-vite', 'build']],
  ['end to end', 'npx', ['playwright', 'test']],
];

const totals = { passed: 0, failed: 0, skipped: 0 };

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

let failedLayer = null;
for (const [name, command, args] of layers) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failedLayer = name;
    break;
  }
}
countVitest(path.join(reports, 'unit.json'));
countVitest(path.join(reports, 'integration.json'));
countPlaywright(path.join(reports, 'e2e.json'));
if (failedLayer) console.log(`\n✖ ${failedLayer} failed`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedLayer ? 1 : 0);
