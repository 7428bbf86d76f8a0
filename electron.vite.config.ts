import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// main and preload are bundled for Electron; the renderer is the same bundle the
// web host serves, so both shells run identical UI code.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/shell/index.ts'),
          // Long work runs here, in a worker thread (src/main/jobs/runner.ts loads it).
          jobWorker: resolve(__dirname, 'src/main/jobWorker.ts'),
        },
      },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
      // electron-vite leaves the renderer unminified; half the bytes is half the parsing
      // before the first list (issue 13's cold start).
      minify: true,
    },
    plugins: [react()],
  },
});
