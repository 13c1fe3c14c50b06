#!/usr/bin/env node
// `npm test`: every suite in order — Node build, type checks, unit tests (vitest) and, once the
// app shells exist, end-to-end tests — then one plain closing line `N passed, N failed` summed
// over all of them. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false });
  return result.status === 0;
}

/** A step that has no test count of its own counts as one test. */
function step(label, command, args) {
  const ok = run(label, command, args);
  ok ? passed++ : failed++;
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function vitest() {
  const out = join(results, 'vitest.json');
  rmSync(out, { force: true });
  const ok = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    failed++;
    lines.push('unit tests: FAILED (no report)');
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const p = report.numPassedTests ?? 0;
  // Suites that fail to load count as failures too.
  const f = (report.numFailedTests ?? 0) + (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults?.length === 0).length;
  passed += p;
  failed += f || (ok ? 0 : 1);
  lines.push(`unit tests: ${p} passed, ${f} failed${report.numPendingTests ? `, ${report.numPendingTests} skipped` : ''}`);
}

const CHROMIUM = process.env.LECTERN_CHROMIUM ?? '/usr/bin/chromium';

function e2e() {
  if (!existsSync(CHROMIUM)) {
    failed++;
    lines.push(`end-to-end tests: FAILED — no Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\` (or set LECTERN_CHROMIUM)`);
    return;
  }
  const out = join(results, 'e2e.json');
  rmSync(out, { force: true });
  const ok = run('end-to-end tests', 'npx', ['playwright', 'test']);
  if (!existsSync(out)) {
    failed++;
    lines.push('end-to-end tests: FAILED (no report)');
    return;
  }
  const { stats } = JSON.parse(readFileSync(out, 'utf8'));
  const p = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const f = stats.unexpected ?? 0;
  passed += p;
  failed += f || (ok ? 0 : 1);
  lines.push(`end-to-end tests: ${p} passed, ${f} failed${stats.skipped ? `, ${stats.skipped} skipped` : ''}`);
}

if (step('build (node)', 'npx', ['tsc', '-p', 'tsconfig.cli.json'])) {
  step('typecheck (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
  step('typecheck (renderer)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.web.json', '--fail-on-warnings']);
  step('typecheck (e2e)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']);
  step('lint (architecture boundaries)', 'npx', ['eslint', 'src']);
  // The packaging tests and the end-to-end tests use the built app.
  const built = step('build (app)', 'npx', ['electron-vite', 'build']);
  vitest();
  if (built) e2e();
}

process.stdout.write(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
