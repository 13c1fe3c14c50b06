import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, decidePermission, isAppUrl, isExternalWebUrl, isLocalRequest, windowOptions } from '../../src/main/security.js';

describe('the window', () => {
  const prefs = windowOptions('/app/preload/index.cjs').webPreferences!;

  it('runs the renderer isolated, sandboxed and without Node', () => {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe('/app/preload/index.cjs');
  });
});

describe('the Content-Security-Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => { const [k, ...v] = d.trim().split(/\s+/); return [k!, v]; }));

  it('denies everything by default and allows no remote source', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    for (const sources of Object.values(directives)) for (const s of sources) expect(s).not.toMatch(/^(https?:|\*|ws:|wss:)/);
  });

  it('allows only the app’s own scripts, never inline or eval', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('navigation', () => {
  const app = 'file:///opt/lectern/out/renderer/index.html';

  it('allows only the app page itself', () => {
    expect(isAppUrl(`${app}#reader`, app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('https://example.com/', app)).toBe(false);
    expect(isAppUrl('not a url', app)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('offers only http(s) links to the system browser', () => {
    expect(isExternalWebUrl('https://example.com/a')).toBe(true);
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'mailto:a@b.c', 'smb://host/share', '']) {
      expect(isExternalWebUrl(url)).toBe(false);
    }
  });
});

describe('permissions', () => {
  const app = 'app://lectern/index.html';

  it('allow only the app page’s sanitised clipboard write, so "Copied." can show', () => {
    expect(decidePermission('clipboard-sanitized-write', { requestingUrl: 'app://lectern/index.html#/reader' }, app)).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', { requestingOrigin: 'app://lectern' }, app)).toBe(true);
    for (const p of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) expect(decidePermission(p, { requestingUrl: app }, app), p).toBe(false);
  });

  it('refuse the clipboard write to any other page', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'data:text/html,x', '']) {
      expect(decidePermission('clipboard-sanitized-write', { requestingUrl: url }, app), url).toBe(false);
    }
    expect(decidePermission('clipboard-sanitized-write', { requestingUrl: app })).toBe(false); // no app URL given: refuse
  });
});

describe('the request filter', () => {
  it('lets the app’s own page load from app://', () => {
    expect(isLocalRequest('app://lectern/index.html')).toBe(true);
    expect(isLocalRequest('https://example.com/x.js')).toBe(false);
  });

  it('keeps the dev server’s hot-reload websocket, and only that one', () => {
    const dev = 'http://localhost:5173/';
    expect(isLocalRequest('ws://localhost:5173/?token=abc', dev)).toBe(true);
    expect(isLocalRequest('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isLocalRequest('ws://localhost:5174/', dev)).toBe(false);
    expect(isLocalRequest('wss://localhost:5173/', dev)).toBe(false);
    expect(isLocalRequest('ws://localhost:5173.evil.test/', dev)).toBe(false);
    expect(isLocalRequest('ws://localhost:5173/')).toBe(false); // packaged: no dev server
  });
});
