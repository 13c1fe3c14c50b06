// The architecture's boundaries (eslint.config.js), as `npm test` enforces them: each layer may
// import only what its place allows. Each case lints one line as if it were a file of that layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/temp-home.js';

const eslint = new ESLint({ cwd: REPO });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it('core imports shared and its own modules, never the host, the UI or Electron', async () => {
    expect(await problems('src/core/cards/x.ts', "import { a } from '../../shared/types.js';\nimport { b } from '../nlp/index.js';\nexport const c = [a, b];\n")).toEqual([]);
    expect(await problems('src/core/cards/x.ts', "import { a } from '../../host/services/library.js';\nexport const c = a;\n")).toEqual([expect.stringMatching(/no-restricted-imports: .*core is pure domain logic/)]);
    expect(await problems('src/core/cards/x.ts', "import { app } from 'electron';\nexport const c = app;\n")).toEqual([expect.stringMatching(/Only the Electron glue/)]);
  });

  it('shared imports neither node:* nor core', async () => {
    expect(await problems('src/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const c = readFileSync;\n")).toHaveLength(1);
    expect(await problems('src/shared/x.ts', "import { z } from 'zod';\nimport { a } from '../core/errors.js';\nexport const c = [z, a];\n")).toHaveLength(1);
  });

  it('the host (store, services, web) never imports Electron or the Electron glue in src/main', async () => {
    expect(await problems('src/host/web/x.ts', "import { windowOptions } from '../../main/security.js';\nexport const c = windowOptions;\n")).toEqual([expect.stringMatching(/the host runs without Electron/)]);
    expect(await problems('src/host/services/x.ts', "import { dialog } from 'electron';\nexport const c = dialog;\n")).toHaveLength(1);
    expect(await problems('src/host/services/x.ts', "import { LibraryStore } from '../store/library-store.js';\nexport const c = LibraryStore;\n")).toEqual([]);
  });

  it('the renderer, in TypeScript and in Svelte components, imports only shared and its own files', async () => {
    expect(await problems('src/renderer/src/lib/x.ts', "import { generateCards } from '../../../core/cards/index.js';\nexport const c = generateCards;\n")).toEqual([expect.stringMatching(/the renderer talks to the host through the API only/)]);
    const component = "<script lang=\"ts\">\n  import { readFileSync } from 'node:fs';\n  import type { Card } from '../../../shared/study';\n  let card: Card | null = null;\n</script>\n<p>{card}{readFileSync}</p>\n";
    expect(await problems('src/renderer/src/study/X.svelte', component)).toEqual([expect.stringMatching(/no-restricted-imports/)]);
  });
});
