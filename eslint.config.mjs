import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node modules are not available here.' };
const bareBuiltins = builtinModules.map((name) => ({
  name,
  message: 'Node modules are not available here.',
}));
const electron = {
  group: ['electron'],
  message: 'Only src/main/shell and src/preload may import electron.',
};
const layer = (folders, message) => ({ group: folders.map((f) => `**/${f}/**`), message });
const coreLayers = [electron, layer(['renderer'], 'The core never imports the UI.')];
const noShell = layer(['shell'], 'The core, its store and sync never import the Electron shell.');

/** The layering of DESIGN §1, as failing lint rules. */
const boundaries = [
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltins,
          patterns: [
            nodeBuiltins,
            electron,
            {
              group: ['better-sqlite3', 'react', 'react-dom', 'fastify'],
              message: 'src/shared is pure TypeScript.',
            },
            layer(
              ['main', 'renderer', 'preload', 'server', 'cli'],
              'src/shared imports no other src/ folder.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltins,
          patterns: [
            nodeBuiltins,
            electron,
            {
              group: ['better-sqlite3', 'fastify'],
              message: 'The renderer talks to the core only through the API client.',
            },
            layer(['main', 'preload', 'server', 'cli'], 'src/renderer imports only src/shared.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**', 'src/cli/**', 'src/server/**'],
    ignores: ['src/main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: coreLayers,
        },
      ],
    },
  },
  {
    files: ['src/main/services/**', 'src/main/db/**', 'src/main/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...coreLayers, noShell] }],
    },
  },
  {
    files: ['src/main/sync/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...coreLayers,
            noShell,
            layer(['services'], 'Sync reaches tables through their declarations, never services.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [layer(['main', 'renderer', 'server', 'cli'], 'The preload only bridges IPC.')],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...boundaries,
);
