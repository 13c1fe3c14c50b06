// The desktop-only shell channels answer like the API does: a reply value, never a thrown
// error, because Electron would turn a throw into "Error invoking remote method
// 'lectern-shell:…': Error: …" in the UI. The preload unwraps the reply into a clean Error.
import { z } from 'zod';
import type { IpcReply } from '../shared/ipc.js';

export const REFUSED = 'Refused: the call did not come from a Lectern window.';

/** What ipcMain.handle runs for one shell channel: sender check, argument schema, then `run`. */
export function shellHandler<E, S extends z.ZodType, R>(
  isTrustedSender: (event: E) => boolean,
  schema: S,
  run: (event: E, args: z.output<S>) => Promise<R>,
): (event: E, raw: unknown) => Promise<IpcReply<R>> {
  return async (event, raw) => {
    try {
      if (!isTrustedSender(event)) return { ok: false, name: 'SecurityError', error: REFUSED };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { ok: false, name: 'ValidationError', error: `Lectern received a request it cannot read: ${parsed.error.issues[0]?.message ?? 'invalid arguments'}.` };
      return { ok: true, value: await run(event, parsed.data) };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      return { ok: false, name: err.name, error: err.message };
    }
  };
}
