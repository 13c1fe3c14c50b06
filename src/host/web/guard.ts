// The browser shell's gatekeeping, as pure functions. Order matters: the Host header is checked
// first (against DNS rebinding), then the per-launch token, then — for API calls — the Origin.
import { timingSafeEqual } from 'node:crypto';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

const OK: Verdict = { ok: true };

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkHost(host: string | undefined, port: number): Verdict {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase())
    ? OK
    : { ok: false, status: 403, reason: 'Forbidden: Lectern only answers requests addressed to 127.0.0.1 or localhost.' };
}

/** A cross-site page may not call the API, even with the user's cookie. */
export function checkOrigin(origin: string | undefined, port: number): Verdict {
  if (origin === undefined) return OK; // same-origin fetches of GET, and non-browser clients with the token
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)
    ? OK
    : { ok: false, status: 403, reason: 'Forbidden: calls from other sites are refused.' };
}

export function tokensEqual(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieName(port: number): string {
  // Cookies ignore ports: two Lectern hosts on one machine must not overwrite each other's.
  return `lectern_${port}`;
}

/** Every value of the cookies called `name`, decoded. Any page on another 127.0.0.1 port can
 * set cookies here (cookies ignore ports), so a malformed or decoy one must not hide the real
 * one: all are returned, and undecodable ones left out. */
export function readCookies(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      values.push(decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // a tossed cookie that is not valid percent-encoding
    }
  }
  return values;
}

/** The first decodable value of the cookie called `name`, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  return readCookies(header, name)[0] ?? null;
}

/** A request must name its host once: with two Host headers, which one a proxy or a check
 * reads is a guess (Node keeps the first). */
export function countHostHeaders(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]?.toLowerCase() === 'host') count += 1;
  return count;
}

/** True for `application/json` with optional parameters, not for look-alikes such as `application/jsonx`. */
export function isJsonType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** Where to send the browser after the token is traded for a cookie: always a path on this
 * host. A URL path may start with several slashes (`/.//evil.com/` normalises to
 * `//evil.com/`), which a browser would read as another host. */
export function redirectTarget(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The token from the cookie or from `?token=` (the printed URL); which one it came by. */
export function checkToken(cookieHeader: string | undefined, url: URL, port: number, token: string): Verdict & { via?: 'cookie' | 'query' } {
  if (readCookies(cookieHeader, cookieName(port)).some((value) => tokensEqual(value, token))) return { ok: true, via: 'cookie' };
  if (tokensEqual(url.searchParams.get('token'), token)) return { ok: true, via: 'query' };
  return { ok: false, status: 401, reason: 'Unauthorized: open Lectern with the link it printed when it started (it carries a token).' };
}
