import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The library's host runs in a utility process (src/main/host-process.ts), the search index
      // builder as a process of its own (src/host/services/search.ts), and
      // untrusted files are parsed in a worker thread (src/host/services/parse-worker.ts).
      rollupOptions: { input: { index: 'src/main/index.ts', 'host-process': 'src/main/host-process.ts', 'search-build': 'src/host/services/search-build.ts', 'parse-worker-main': 'src/host/services/parse-worker-main.ts' } },
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
