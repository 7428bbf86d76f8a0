import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Playwright owns test/e2e (*.spec.ts); vitest owns *.test.ts in unit and integration.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // The Electron binary cannot run here: the shell is tested against a stand-in.
          alias: { electron: fileURLToPath(new URL('test/support/electron.ts', import.meta.url)) },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
