// A child keeps writing through the real store (compiled JS) and is SIGKILLed at random
// moments. After every kill the library must open, validate, and hold every write the child
// had acknowledged. 200 kills in CI (CI=true or LECTERN_CRASH_KILLS=200), 30 by default.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const KILLS = Number(process.env['LECTERN_CRASH_KILLS'] ?? (process.env['CI'] ? 200 : 30));
const CHILD = join(REPO, 'test', 'store', 'crash-child.mjs');
const SAMPLE_ID = '48b49f7991c0da8e';

interface Acked {
  imports: string[];
  /** The `order` of the last acknowledged write of each field of the sample. */
  progress: number | null;
  title: number | null;
  tags: number | null;
}

/** Runs the child until a random moment after it is ready, kills it, returns what it acked. */
function runAndKill(home: string, runTag: number, killAfterMs: number): Promise<{ acked: Acked; lines: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, home, SAMPLES, String(runTag)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: Acked = { imports: [], progress: null, title: null, tags: null };
    let buffer = '';
    let lines = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [kind, ...rest] = line.split(' ');
        const value = rest.join(' ');
        if (kind === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        else lines++;
        if (kind === 'import') acked.imports.push(value);
        if (kind === 'progress') acked.progress = Number(value);
        if (kind === 'rename') acked.title = Number(value);
        if (kind === 'tags') acked.tags = Number(value);
      }
    });
    child.on('error', reject);
    // Every ack line written before the kill has been read once stdout closes.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (code ${code}): ${stderr}`));
      else resolve({ acked, lines, stderr });
    });
  });
}

describe('the store under random SIGKILLs', () => {
  it(`holds every acknowledged write after ${KILLS} kills`, { timeout: 30 * 60_000 }, async () => {
    const home = tempDir('lectern-crash-');
    Library.open(home, { samplesDir: SAMPLES });
    const expectedImports = new Set<string>();
    const latest: Omit<Acked, 'imports'> = { progress: null, title: null, tags: null };
    let acknowledged = 0;
    let lost = 0;
    let unreadable = 0;
    const problems: string[] = [];
    for (let run = 0; run < KILLS; run++) {
      // Up to 300 ms: an import now waits for the parse worker to make its cards, so a shorter
      // window would often end before the first write of a run.
      const { acked, lines } = await runAndKill(home, run, Math.floor(Math.random() * 300));
      acknowledged += lines;
      acked.imports.forEach((id) => expectedImports.add(id));
      for (const field of ['progress', 'title', 'tags'] as const) latest[field] = acked[field] ?? latest[field];
      let library: Library;
      try {
        library = Library.open(home);
        const list = library.list();
        const ids = new Set(list.map((a) => a.id));
        for (const id of expectedImports) if (!ids.has(id)) (lost++, problems.push(`run ${run}: import ${id} lost`));
        const sample = library.get(SAMPLE_ID);
        // Each field must hold the acknowledged write or a later one, never an earlier one.
        const seen = {
          progress: Math.round(sample.progress * 1e9),
          title: Number(sample.title.replace(/^Title /, '')),
          tags: Number(sample.tags[1]?.replace(/^order-/, '')),
        };
        for (const field of ['progress', 'title', 'tags'] as const) {
          const want = latest[field];
          if (want !== null && !(seen[field] >= want)) (lost++, problems.push(`run ${run}: ${field} holds ${seen[field]}, acknowledged ${want}`));
        }
        for (const item of list) library.get(item.id);
        if (library.info().recoveries.length > 0) (unreadable++, problems.push(`run ${run}: ${JSON.stringify(library.info().recoveries)}`));
      } catch (error) {
        unreadable++;
        problems.push(`run ${run}: library did not open: ${(error as Error).message}`);
      }
    }
    const report = { kills: KILLS, acknowledgedWrites: acknowledged, lostWrites: lost, unreadableStores: unreadable, articles: expectedImports.size + 1 };
    mkdirSync(join(REPO, 'test-results'), { recursive: true });
    writeFileSync(join(REPO, 'test-results', 'crash-report.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`crash test: ${JSON.stringify(report)}`);
    expect(problems).toEqual([]);
    expect(acknowledged).toBeGreaterThan(KILLS); // the child really wrote between kills
  });
});
