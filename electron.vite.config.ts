import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The search index builder runs as a process of its own (src/main/services/search.ts).
      rollupOptions: { input: { index: 'src/main/index.ts', 'search-build': 'src/main/services/search-build.ts' } },
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
