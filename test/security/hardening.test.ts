// Electron hardening as pure decisions: window options, the permission handler, navigation,
// window.open, the request filter, and the Content-Security-Policy — in the policy constant,
// in the built renderer's index.html, and as the browser shell's response header.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  isLocalRequest,
  parseCsp,
  windowOptions,
  withCspHeader,
} from '../../src/main/security.js';
import type { Handlers } from '../../src/shared/contract.js';
import { startWebHost, type WebHost } from '../../src/host/web/host.js';
import { REPO } from '../helpers/temp-home.js';

const APP = 'file:///opt/lectern/out/renderer/index.html';

describe('window options', () => {
  const options = windowOptions('/app/preload/index.cjs');
  const prefs = options.webPreferences!;

  it('isolate, sandbox and keep Node out of the renderer', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.preload).toBe('/app/preload/index.cjs');
  });

  it('never turn on anything that loosens the renderer', () => {
    const p = prefs as Record<string, unknown>;
    for (const key of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'enableWebSQL', 'plugins', 'additionalArguments', 'disableWebSecurity']) {
      expect(p[key] === undefined || p[key] === false, key).toBe(true);
    }
    expect(p['contextIsolation']).not.toBe(false);
  });
});

describe('the permission handler', () => {
  it('refuses every permission, from any origin, including the app itself', () => {
    const permissions = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'storage-access', 'top-level-storage-access', 'keyboardLock', 'speaker-selection', 'fileSystem', 'unknown'];
    for (const permission of permissions) {
      expect(decidePermission(permission), permission).toBe(false);
      expect(decidePermission(permission, { requestingUrl: APP }), permission).toBe(false);
      expect(decidePermission(permission, { requestingUrl: 'https://evil.example/' }), permission).toBe(false);
    }
  });
});

describe('window.open and target=_blank', () => {
  it('never opens a window; only http(s) is offered to the system browser (after confirmation)', () => {
    expect(decideWindowOpen('https://example.com/a')).toEqual({ action: 'deny', offerExternal: true });
    expect(decideWindowOpen('http://example.com/')).toEqual({ action: 'deny', offerExternal: true });
    for (const url of [APP, 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'blob:file:///x', 'smb://host/share', 'mailto:a@b.c', 'ms-msdt:/id', 'not a url', '']) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', offerExternal: false });
    }
  });
});

describe('navigation', () => {
  it('lets the app page reload or change its hash, and nothing else', () => {
    expect(decideNavigation(APP, APP)).toEqual({ allow: true, offerExternal: false });
    expect(decideNavigation(`${APP}#study`, APP)).toEqual({ allow: true, offerExternal: false });
    expect(decideNavigation('https://example.com/', APP)).toEqual({ allow: false, offerExternal: true });
    expect(decideNavigation('http://localhost:5173/', APP)).toEqual({ allow: false, offerExternal: true });
    for (const url of ['file:///etc/passwd', 'file:///opt/lectern/out/renderer/other.html', 'javascript:alert(1)', 'data:text/html,x', 'garbage']) {
      expect(decideNavigation(url, APP), url).toEqual({ allow: false, offerExternal: false });
    }
  });
});

describe('the request filter', () => {
  it('lets only the app’s own files load in a packaged build', () => {
    for (const url of [APP, 'file:///opt/lectern/out/renderer/assets/index.js', 'data:image/png;base64,AAAA', 'blob:file:///0d1e', 'devtools://devtools/bundled/inspector.html']) {
      expect(isLocalRequest(url), url).toBe(true);
    }
    for (const url of ['https://example.com/pixel.gif', 'http://127.0.0.1:8080/', 'http://localhost:5173/', 'ws://localhost:5173/', 'ftp://example.com/', 'chrome-extension://abc/x.js', 'not a url', '']) {
      expect(isLocalRequest(url), url).toBe(false);
    }
  });

  it('lets the dev server load in development — that exact origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isLocalRequest('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isLocalRequest('http://localhost:5173', dev)).toBe(true);
    for (const url of ['http://localhost:51730/', 'http://localhost:5173.evil.test/', 'http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'http://evil.test/?http://localhost:5173']) {
      expect(isLocalRequest(url, dev), url).toBe(false);
    }
    expect(isLocalRequest('https://example.com/', 'not a url')).toBe(false);
  });
});

/** Directives a <meta> CSP cannot carry (browsers ignore them there). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

function effectiveMap(policy: string, dropHeaderOnly: boolean): Record<string, string[]> {
  const map = parseCsp(policy);
  if (dropHeaderOnly) for (const d of HEADER_ONLY) map.delete(d);
  return Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/** The policy must stay strict whatever else changes. */
function expectStrict(policy: string): void {
  const map = parseCsp(policy);
  expect(map.get('default-src')).toEqual(["'none'"]);
  expect(map.get('script-src')).toEqual(["'self'"]);
  expect(map.get('object-src')).toEqual(["'none'"]);
  expect(map.get('base-uri')).toEqual(["'none'"]);
  for (const [directive, sources] of map) {
    for (const source of sources) {
      // Only keywords and local schemes: no remote host, wildcard or network scheme.
      expect(source, `${directive} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      if (directive.startsWith('script-src') || directive === 'worker-src') expect(source).not.toMatch(/unsafe|data:|blob:/);
    }
  }
}

describe('the Content-Security-Policy', () => {
  it('is strict: nothing by default, the app’s own scripts only, no remote hosts', () => {
    expectStrict(CONTENT_SECURITY_POLICY);
    expect(parseCsp(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('the strictness check itself refuses loosened policies', () => {
    for (const loose of [
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' https://cdn.example"),
      CONTENT_SECURITY_POLICY.replace("default-src 'none'", 'default-src *'),
      CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws://localhost:5173"),
      CONTENT_SECURITY_POLICY.replace("img-src 'self' data: blob:", 'img-src https:'),
    ]) {
      expect(() => expectStrict(loose), loose).toThrow();
    }
  });

  it('is the only CSP header Electron sends with a page (a dev server’s own is replaced)', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html', 'X-One': 'a' });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'Content-Type': ['text/html'], 'X-One': ['a'] });
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

const BUILT = join(REPO, 'out', 'renderer');

function builtIndexHtml(): string {
  const file = join(BUILT, 'index.html');
  if (!existsSync(file)) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO, encoding: 'utf8', timeout: 240_000 });
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return readFileSync(file, 'utf8');
}

function metaPolicies(html: string): { policies: string[]; firstScriptBeforeMeta: boolean } {
  const document = new JSDOM(html).window.document;
  const metas = [...document.querySelectorAll('meta')].filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  const firstScript = document.querySelector('script');
  const firstMeta = metas[0];
  const before = firstScript !== null && firstMeta !== undefined && Boolean(firstScript.compareDocumentPosition(firstMeta) & 4 /* FOLLOWING */);
  return { policies: metas.map((m) => m.getAttribute('content') ?? ''), firstScriptBeforeMeta: before };
}

describe('the CSP of the renderer’s index.html', () => {
  for (const [label, read] of [
    ['source (src/renderer/index.html)', () => readFileSync(join(REPO, 'src', 'renderer', 'index.html'), 'utf8')],
    ['build (out/renderer/index.html)', builtIndexHtml],
  ] as const) {
    it(`${label}: one meta CSP, before any script, equal in effect to CONTENT_SECURITY_POLICY`, { timeout: 300_000 }, () => {
      const { policies, firstScriptBeforeMeta } = metaPolicies(read());
      expect(policies).toHaveLength(1);
      expect(firstScriptBeforeMeta).toBe(false);
      expectStrict(policies[0]!);
      expect(effectiveMap(policies[0]!, true)).toEqual(effectiveMap(CONTENT_SECURITY_POLICY, true));
    });
  }

  it('the comparison notices a meta CSP that differs in effect', () => {
    const loose = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https://api.example");
    expect(effectiveMap(loose, true)).not.toEqual(effectiveMap(CONTENT_SECURITY_POLICY, true));
    expect(effectiveMap(CONTENT_SECURITY_POLICY.replace("font-src 'self'; ", ''), true)).not.toEqual(effectiveMap(CONTENT_SECURITY_POLICY, true));
    // frame-ancestors cannot be set by <meta>: its absence there changes nothing.
    expect(effectiveMap(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'; ", ''), true)).toEqual(effectiveMap(CONTENT_SECURITY_POLICY, true));
  });
});

describe('the browser shell’s CSP header', () => {
  let host: WebHost;
  const handlers = new Proxy({} as Handlers, { get: () => () => 'ok' });

  beforeAll(async () => {
    builtIndexHtml();
    host = await startWebHost({ handlers, rendererDir: BUILT });
  });
  afterAll(() => host?.close());

  function get(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; csp: unknown; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path, method, headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, csp: res.headers['content-security-policy'], body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('sends exactly CONTENT_SECURITY_POLICY with the built page, API replies and refusals', async () => {
    const cookie = { Cookie: `lectern_${host.port}=${host.token}` };
    const page = await get('/', cookie);
    expect(page.status).toBe(200);
    expect(metaPolicies(page.body).policies).toHaveLength(1); // the built page, with its meta
    const replies = [
      page,
      await get('/api/library:info', { ...cookie, 'Content-Type': 'application/json' }, 'POST', '{}'),
      await get('/', {}), // 401
      await get('/', { Host: 'evil.example' }), // 403
      await get('/no-such-file', cookie), // 404
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 401, 403, 404]);
    for (const reply of replies) expect(reply.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(effectiveMap(String(page.csp), true)).toEqual(effectiveMap(metaPolicies(page.body).policies[0]!, true));
  });
});
