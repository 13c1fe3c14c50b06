// Named errors whose messages are written for people: the CLI prints `message` alone, the app
// shows it. Anything else that escapes is a bug.

export class LecternError extends Error {
  override name = 'LecternError';
}

/** A file could not be turned into an article (empty, binary, too large, undecodable). */
export class ParseError extends LecternError {
  override name = 'ParseError';
}

/** The store refused an operation (unknown article, lock held too long, newer schema). */
export class StoreError extends LecternError {
  override name = 'StoreError';
}

/** Arguments of an API call did not match its schema. */
export class ValidationError extends LecternError {
  override name = 'ValidationError';
}

export class NotFoundError extends LecternError {
  override name = 'NotFoundError';
}

/** The person cancelled a long call (an export, a restore); nothing was left half-written. */
export class CancelledError extends LecternError {
  override name = 'CancelledError';
}
