// The security decisions of the Electron shell, as pure values and predicates so they are unit
// tested: window options, Content-Security-Policy, what navigation and links are allowed.
import type { BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';

export { CONTENT_SECURITY_POLICY };

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Lectern',
    backgroundColor: '#faf8f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      webviewTag: false,
    },
  };
}

/** The renderer may only ever show its own page; every other navigation is refused. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Whether a page gets a port to the library's host: only Lectern's own page in one of
 * Lectern's own windows. The port is the page's whole access to the library (the sender check
 * that IPC did per call, done once per page load). */
export function mayReceiveHostPort(isOurWindow: boolean, pageUrl: string, appUrl: string): boolean {
  return isOurWindow === true && isAppUrl(pageUrl, appUrl);
}

/** Links in articles that may be offered to the system browser (after the user confirms). */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The session's permission handler: Lectern's renderer needs no permission at all (no camera,
 * microphone, notifications, geolocation, clipboard reads, MIDI, HID, USB, serial, fullscreen
 * requests from content...). Every request is refused but the app page's own sanitised
 * clipboard write (only when `appUrl` is given; without it, everything is refused).
 * Used by `session.setPermissionRequestHandler` (and fits `setPermissionCheckHandler` too).
 */
export function decidePermission(permission: string, details?: { readonly requestingUrl?: string; readonly requestingOrigin?: string }, appUrl?: string): boolean {
  // The one exception: the app's own page writing to the clipboard ("Copy" buttons, then
  // "Copied."). Chromium sanitises what is written; reading the clipboard stays refused.
  if (permission !== 'clipboard-sanitized-write' || appUrl === undefined) return false;
  return sameSite(details?.requestingUrl ?? details?.requestingOrigin ?? '', appUrl);
}

/** Same scheme, host and port (URL.origin is "null" for custom schemes such as app:). */
function sameSite(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}

/** What `setWindowOpenHandler` does with a link: never a new window; http(s) may be offered to
 * the system browser after the user confirms. */
export interface WindowOpenDecision {
  readonly action: 'deny';
  readonly offerExternal: boolean;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', offerExternal: isExternalWebUrl(url) };
}

/** What `will-navigate` does: only the app page itself loads; http(s) may be offered outside. */
export function decideNavigation(url: string, appUrl: string): { readonly allow: boolean; readonly offerExternal: boolean } {
  if (isAppUrl(url, appUrl)) return { allow: true, offerExternal: false };
  return { allow: false, offerExternal: isExternalWebUrl(url) };
}

const LOCAL_SCHEMES = new Set(['app:', 'file:', 'devtools:', 'data:', 'blob:']);

/**
 * The filter of `session.webRequest.onBeforeRequest`: no request ever leaves the machine. Only
 * the app's own files (app:, file: for the PDF printer's temporary page, data:, blob:, devtools:)
 * load, and in development the renderer's dev server and its hot-reload websocket — compared by
 * exact host and port, so `http://localhost:5173.evil.test` or port 51730 do not pass for
 * `http://localhost:5173`.
 */
export function isLocalRequest(url: string, devUrl?: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(target.protocol)) return true;
  if (devUrl === undefined) return false;
  try {
    const dev = new URL(devUrl);
    if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return false;
    if (target.origin === dev.origin) return true;
    // Vite's hot-reload websocket: ws: beside http:, wss: beside https:, same host and port.
    const socket = dev.protocol === 'https:' ? 'wss:' : 'ws:';
    return target.protocol === socket && target.host === dev.host;
  } catch {
    return false;
  }
}

/** A Content-Security-Policy as a map of directive → sources (names lower-cased, order kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources); // the first occurrence wins, as in browsers
  }
  return directives;
}

/** The response headers of every page Electron loads, with Lectern's CSP as the only one (a
 * dev server's own CSP header, in any letter case, is replaced rather than added to). */
export function withCspHeader(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === 'content-security-policy') continue;
    out[key] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
