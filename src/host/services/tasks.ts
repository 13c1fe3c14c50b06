// Long calls as tasks: each reports how far it got and stops at its next checkpoint once
// cancelled. The UI polls `tasks:list` while it waits for a long call and can `tasks:cancel`
// it: both are answered in between, because a task yields to the event loop at every
// checkpoint.
import { CancelledError } from '../../core/errors.js';
import type { TaskProgress } from '../../shared/types.js';

/** What a long piece of work is given: where to say how far it got, and where it may stop. */
export interface Work {
  report(done: number, total: number): void;
  /** Lets other calls run; throws CancelledError if the task was cancelled. */
  checkpoint(): Promise<void>;
  /** Aborted (its reason a CancelledError) once the task is cancelled: for work that waits on
   * something other than checkpoints, such as a child process it should then end. */
  readonly signal: AbortSignal;
}

/** Work nobody watches or cancels (the CLI, tests): progress goes to `onProgress` if given. */
export function quietWork(onProgress?: (done: number, total: number) => void): Work {
  return { report: (done, total) => onProgress?.(done, total), checkpoint: async () => {}, signal: new AbortController().signal };
}

interface Running {
  id: number;
  label: string;
  done: number;
  total: number;
  readonly cancel: AbortController;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class TaskBoard {
  #next = 1;
  readonly #running = new Map<number, Running>();

  /** Runs `body` as a task labelled `label`; it is listed until it settles. */
  async run<T>(label: string, body: (work: Work) => Promise<T>): Promise<T> {
    const task: Running = { id: this.#next++, label, done: 0, total: 0, cancel: new AbortController() };
    this.#running.set(task.id, task);
    try {
      return await body({
        report: (done, total) => {
          task.done = done;
          task.total = total;
        },
        checkpoint: async () => {
          await nextTurn();
          task.cancel.signal.throwIfAborted();
        },
        signal: task.cancel.signal,
      });
    } finally {
      this.#running.delete(task.id);
    }
  }

  list(): TaskProgress[] {
    return [...this.#running.values()].map(({ id, label, done, total }) => ({ id, label, done, total }));
  }

  /** Asks a task to stop at its next checkpoint; false when it is no longer running. */
  cancel(id: number): boolean {
    const task = this.#running.get(id);
    if (!task) return false;
    task.cancel.abort(new CancelledError(`${task.label} was cancelled.`));
    return true;
  }
}
