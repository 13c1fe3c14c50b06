// electronegativity (Doyensec's Electron security scanner) over the sources, for Electron 45.5.
// Its CLI exits 0 even with HIGH findings (and its CSV writer races), so its findings are read
// from its runner as JSON (electronegativity-run.mjs): any MEDIUM or HIGH finding
// not justified in security/electronegativity-allow.json fails, LOW and INFORMATIONAL ones are
// printed. A canary app with known holes proves the scan, the parsing and the judging can fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/temp-home.js';
import { allowListProblems, formatFinding, judge, parseReport, type AllowEntry, type Finding } from './electronegativity-report.js';

const ELECTRON_VERSION = '45.5.0';
const ALLOW_FILE = join(REPO, 'security', 'electronegativity-allow.json');
// Looks up Electron's release notes on GitHub; offline it finds nothing, online its verdict
// changes with every Electron release. Keeping Electron current is not this test's job.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function installed(): boolean {
  try {
    createRequire(join(REPO, 'package.json')).resolve('@doyensec/electronegativity');
    return true;
  } catch {
    return false;
  }
}

const RUNNER = join(import.meta.dirname, 'electronegativity-run.mjs');

/** Runs the scanner on a folder; findings with paths made repo-relative by `prefix`. */
function scan(input: string, prefix: string): Finding[] {
  const report = join(tempDir('lectern-electronegativity-'), 'report.json');
  const run = spawnSync(process.execPath, [RUNNER, input, ELECTRON_VERSION, report, EXCLUDED_CHECKS.join(',')], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, LANG: 'en-US', FORCE_COLOR: '0' },
  });
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  if (run.error) throw new Error(`electronegativity did not run: ${run.error.message}\n${output}`);
  if (run.status !== 0) throw new Error(`electronegativity exited ${run.status}:\n${output}`);
  if (!existsSync(report)) throw new Error(`electronegativity wrote no report:\n${output}`);
  const { findings, errors } = parseReport(readFileSync(report, 'utf8'), prefix);
  // A file it cannot parse is a file it did not scan.
  const fatal = errors.filter((e) => !e.tolerable);
  if (fatal.length) throw new Error(`electronegativity could not parse:\n${fatal.map((e) => `  ${e.file}: ${e.message}`).join('\n')}`);
  for (const e of errors) console.log(`electronegativity (tolerable): ${e.file}: ${e.message}`);
  return findings;
}

function readAllowList(): AllowEntry[] {
  const entries: unknown = JSON.parse(readFileSync(ALLOW_FILE, 'utf8'));
  const problems = allowListProblems(entries);
  if (problems.length) throw new Error(`security/electronegativity-allow.json:\n  ${problems.join('\n  ')}`);
  return entries as AllowEntry[];
}

const finding = (over: Partial<Finding>): Finding => ({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', confidence: 'FIRM', file: 'src/main/index.ts', location: '1:1', sample: 'new BrowserWindow(windowOptions(x))', description: 'd', ...over });

describe('judging electronegativity’s report', () => {
  it('reads its report, and refuses one it does not understand', () => {
    const report = {
      tool: '@doyensec/electronegativity 1.10.3',
      errors: [],
      issues: [
        { check: 'CSP_GLOBAL_CHECK', severity: 'LOW', confidence: 'FIRM', file: 'renderer/index.html', location: '5:0', sample: "default-src 'none'", description: 'One, two' },
        { check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH', confidence: 'FIRM', file: 'main\\win.ts', location: '3:2', sample: 'new BrowserWindow({ nodeIntegration: true })', description: 'Disable nodeIntegration' },
        { check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', confidence: 'CERTAIN', file: 'N/A', location: '0:0', description: 'Missing navigation limits' },
      ],
    };
    const { findings } = parseReport(JSON.stringify(report), 'src/');
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'src/renderer/index.html' });
    expect(findings[1]).toMatchObject({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH', file: 'src/main/win.ts' });
    expect(findings[2]).toMatchObject({ file: 'N/A', severity: 'HIGH', sample: '' });
    expect(() => parseReport('{}', '')).toThrow(/not an electronegativity report/);
    expect(() => parseReport(JSON.stringify({ ...report, issues: [{ ...report.issues[1], severity: 'SEVERE' }] }), '')).toThrow(/severity/);
  });

  it('fails on unjustified MEDIUM and HIGH findings only, and on stale entries', () => {
    const allow: AllowEntry[] = [{ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'src/main/index.ts', sample: 'windowOptions(', reason: 'x'.repeat(50) }];
    const justified = finding({});
    const otherFile = finding({ file: 'src/main/other.ts' });
    const otherSample = finding({ sample: 'new BrowserWindow({ contextIsolation: false })' });
    const medium = finding({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' });
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' });
    const info = finding({ check: 'ELECTRON_VERSION_JSON_CHECK', severity: 'INFORMATIONAL' });
    const verdict = judge([justified, otherFile, otherSample, medium, low, info], allow);
    expect(verdict.unjustified).toEqual([otherFile, otherSample, medium]);
    expect(verdict.allowed.map((a) => a.finding)).toEqual([justified]);
    expect(verdict.notes).toEqual([low, info]);
    expect(verdict.stale).toEqual([]);
    expect(judge([low], allow).stale).toEqual(allow);
  });

  it('refuses allow-list entries without a real reason', () => {
    expect(allowListProblems([{ check: 'SANDBOX_JS_CHECK', file: 'src/main/index.ts', reason: 'false positive' }])).toHaveLength(1);
    expect(allowListProblems([{ check: 'SANDBOX_JS_CHECK', file: 'src/main/index.ts' }])).toHaveLength(1);
    expect(allowListProblems([{ check: 'SANDBOX_JS_CHECK', reason: 'x'.repeat(50) }])).toHaveLength(1);
    expect(allowListProblems([{ check: 'SANDBOX_JS_CHECK', file: 'a', reason: 'x'.repeat(50), severity: 'HIGH' }])).toHaveLength(1);
    expect(allowListProblems({})).toHaveLength(1);
    expect(allowListProblems([{ check: 'SANDBOX_JS_CHECK', file: 'src/main/index.ts', reason: 'windowOptions() sets sandbox: true, asserted by a unit test.' }])).toEqual([]);
  });

  it('the committed allow-list is well formed', () => {
    expect(readAllowList().length).toBeGreaterThan(0);
  });
});

describe('electronegativity', () => {
  it('is installed (a devDependency: npm ci installs it)', () => {
    expect(installed(), 'run npm install: @doyensec/electronegativity is missing').toBe(true);
  });

  it('flags a canary app with known holes, and the allow-list does not excuse them', { timeout: 240_000 }, () => {
    const app = tempDir('lectern-canary-');
    mkdirSync(join(app, 'main'));
    writeFileSync(
      join(app, 'main', 'index.ts'),
      [
        "import { app, BrowserWindow, shell } from 'electron';",
        'app.whenReady().then(() => {',
        "  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });",
        "  win.webContents.on('did-finish-load', () => shell.openExternal(String(process.argv[2])));",
        "  void win.loadURL('https://example.com/');",
        '});',
        '',
      ].join('\n'),
    );
    const findings = scan(app, 'src/'); // as if it were Lectern's src/: the allow-list must still refuse it
    const verdict = judge(findings, readAllowList());
    const failing = new Set(verdict.unjustified.map((f) => f.check));
    // Same check IDs and file as entries of the allow-list: only the pinned code sample differs.
    for (const check of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) expect(failing, check).toContain(check);
    expect(verdict.unjustified.some((f) => f.severity === 'HIGH')).toBe(true);
  });

  it(`finds nothing MEDIUM or higher in src/ that the allow-list does not justify (Electron ${ELECTRON_VERSION})`, { timeout: 240_000 }, () => {
    const findings = scan(join(REPO, 'src'), 'src/');
    const verdict = judge(findings, readAllowList());
    const lines = [
      `electronegativity on src/ (Electron ${ELECTRON_VERSION}): ${findings.length} findings, ${verdict.allowed.length} justified in the allow-list, ${verdict.unjustified.length} unjustified, ${verdict.notes.length} low/informational`,
      ...verdict.notes.map((f) => `  note: ${formatFinding(f)}`),
      ...verdict.allowed.map(({ finding: f }) => `  allowed: ${formatFinding(f)}`),
    ];
    console.log(lines.join('\n'));
    const message = [
      ...verdict.unjustified.map((f) => `UNJUSTIFIED ${formatFinding(f)}\n    fix it, or add {check, file, sample, reason} to security/electronegativity-allow.json`),
      ...verdict.stale.map((e) => `STALE allow-list entry ${e.check} ${e.file}${e.sample ? ` "${e.sample}"` : ''}: it matches no finding any more — remove it`),
    ].join('\n');
    expect(message, message).toBe('');
  });
});
