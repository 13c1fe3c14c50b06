// The reply of a desktop shell channel (native dialogs, PDF: src/main/shell-ipc.ts), shared by
// main and preload. The contract's calls do not use IPC: they go over a port to the host.

/** Errors cross IPC as data: Electron would otherwise mangle the message. */
export type IpcReply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly name: string };
