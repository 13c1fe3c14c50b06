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

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The token from the cookie or from `?token=` (the printed URL); which one it came by. */
export function checkToken(cookieHeader: string | undefined, url: URL, port: number, token: string): Verdict & { via?: 'cookie' | 'query' } {
  if (tokensEqual(readCookie(cookieHeader, cookieName(port)), token)) return { ok: true, via: 'cookie' };
  if (tokensEqual(url.searchParams.get('token'), token)) return { ok: true, via: 'query' };
  return { ok: false, status: 401, reason: 'Unauthorized: open Lectern with the link it printed when it started (it carries a token).' };
}
