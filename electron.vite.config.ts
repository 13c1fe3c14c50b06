import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The search index builder runs as a process of its own (src/main/services/search.ts), and
      // untrusted files are parsed in a worker thread (src/main/services/parse-worker.ts).
      rollupOptions: { input: { index: 'src/main/index.ts', 'search-build': 'src/main/services/search-build.ts', 'parse-worker-main': 'src/main/services/parse-worker-main.ts' } },
    },
  },
  preload: {
    // A sandboxed preload must be one self-contained CommonJS file (TOOLCHAIN.md).
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    plugins: [svelte()],
    build: { outDir: 'out/renderer' },
  },
});
