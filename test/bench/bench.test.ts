// The benchmark suite (`npm run bench`) is not part of `npm test`; this runs its code once on
// a tiny library (10 vs 30 articles, few repetitions, the browser part included) so that it
// keeps working. Its figures mean nothing at this size: no timing is asserted, only that the
// results file holds every figure the issue asks for as a finite number.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/temp-home.js';

const CHROMIUM = process.env.LECTERN_CHROMIUM ?? '/usr/bin/chromium';

describe('npm run bench', () => {
  it('runs every measurement on a tiny library and writes every figure', { timeout: 300_000 }, () => {
    expect(existsSync(join(REPO, 'out', 'renderer', 'index.html')), 'needs the app build (npx electron-vite build)').toBe(true);
    expect(existsSync(CHROMIUM), `needs Chromium at ${CHROMIUM}`).toBe(true);
    const output = join(tempDir(), 'results.json');
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'bench.mjs'), '--tiny', '--out', output], { cwd: REPO, encoding: 'utf8', timeout: 280_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('library first render');

    const results = JSON.parse(readFileSync(output, 'utf8')) as Record<string, unknown> & { ratios: Record<string, unknown> };
    for (const key of ['write_10k_vs_10', 'cards_vs_parse', 'html_vs_readability', 'list_render_10k_vs_10', 'import_cards_vs_plain']) {
      expect(typeof results.ratios[key], `ratios.${key}`).toBe('number');
      expect(Number.isFinite(results.ratios[key]), `ratios.${key}`).toBe(true);
    }
    for (const key of ['search_p50_ms', 'search_p95_ms', 'index_build_s', 'rss_mb_10k']) {
      expect(typeof results[key], key).toBe('number');
      expect(Number.isFinite(results[key]), key).toBe(true);
    }
    const busy = (results['details'] as { responsiveness: Record<string, { p95_ms: unknown; calls: number }> }).responsiveness;
    for (const phase of ['idle', 'folder_import', 'pdf_import', 'index_build']) {
      expect(Number.isFinite(busy[phase]!.p95_ms), `responsiveness.${phase}.p95_ms`).toBe(true);
      expect(busy[phase]!.calls, `responsiveness.${phase}: calls answered meanwhile`).toBeGreaterThan(0);
    }
    expect(run.stdout).toContain('host p95 latency');
  });
});
