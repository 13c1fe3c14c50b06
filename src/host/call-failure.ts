// The caller's side of a failed call (the protocol is src/shared/calls.ts): the reply turned back
// into the class the services threw. Kept apart from calls.ts, which runs the handlers, so a
// caller on another thread (host-thread.ts) loads only the error classes.
import { LecternError, NotFoundError, ValidationError } from '../core/errors.js';
import type { CallFailure } from '../shared/calls.js';

/** The error a failed reply stands for, as the class the in-process call would have thrown. */
export function failureOf(reply: CallFailure): Error {
  const Class = reply.kind === 'validation' ? ValidationError : reply.kind === 'not-found' ? NotFoundError : reply.kind === 'refused' ? LecternError : Error;
  const error = new Class(reply.error);
  error.name = reply.name;
  return error;
}
