// Runs tasks one after another per key (a tab's batches in the order they came), while tasks of
// different keys interleave at their awaits. A failed task does not block the ones after it.
export class SerialQueue<K> {
  private tails = new Map<K, Promise<unknown>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
