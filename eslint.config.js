// The architecture's boundaries, checked on every `npm test` (README: Architecture):
//   core      pure domain logic: imports shared and its own files, never the host, CLI or UI;
//   shared    the contract and domain types: imports only shared (and zod), no node:*;
//   host      src/host/{store,services,web}: never Electron, never the Electron glue in src/main;
//   cli       the host's services in-process, never Electron;
//   renderer  the UI: only shared and its own files — everything else goes through the API.
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

const ELECTRON = { name: 'electron', message: 'Only the Electron glue in src/main/*.ts and the preload may import electron.' };
const layer = (from, forbidden, message) => ({ group: forbidden, message: `${from} ${message}` });

/** The rule for one layer: its forbidden import paths and patterns. */
const boundaries = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default [
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/**', 'resources/**'] },
  { files: ['src/**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...svelte.configs.base,
  { files: ['src/**/*.svelte', 'src/**/*.svelte.ts'], languageOptions: { parserOptions: { parser: tseslint.parser } } },
  {
    files: ['src/core/**/*.ts'],
    rules: boundaries([ELECTRON], [layer('core', ['**/host/**', '**/main/**', '**/cli/**', '**/renderer/**', '**/preload/**'], 'is pure domain logic: it imports shared and its own modules only.')]),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: boundaries([ELECTRON], [layer('shared', ['**/core/**', '**/host/**', '**/main/**', '**/cli/**', '**/renderer/**', '**/preload/**', 'node:*'], 'is the contract every side loads: shared modules and zod only.')]),
  },
  {
    files: ['src/host/**/*.ts'],
    rules: boundaries([ELECTRON], [layer('the host', ['**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**'], 'runs without Electron (CLI, browser shell): it never imports the Electron glue.')]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: boundaries([ELECTRON], [layer('the CLI', ['**/renderer/**', '**/preload/**', '**/main/**'], 'runs the host in plain Node: no Electron glue, no UI.')]),
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    rules: boundaries([ELECTRON], [layer('the renderer', ['**/core/**', '**/host/**', '**/main/**', '**/cli/**', '**/preload/**', 'node:*'], 'talks to the host through the API only: shared modules and its own files.')]),
  },
];
