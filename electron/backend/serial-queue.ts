/**
 * Runs async tasks one at a time, in order. A check-then-write (is this name free? then create)
 * must not interleave with another one, or a double-click saves twice.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
