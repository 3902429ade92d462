import type { DataChange } from '../../../shared/ipc/events';

export type DataChangeListener = (change: DataChange) => void;

/**
 * Tells whoever listens which document a durable write changed. `DocumentFile` publishes after
 * each write reaches the disk, so no service can forget to; the renderer (through the main
 * process) and the reminder engine subscribe. A listener that throws is reported and never fails
 * the write.
 */
export class DataChanges {
  private readonly listeners = new Set<DataChangeListener>();

  constructor(private readonly onListenerError?: (error: unknown) => void) {}

  subscribe(listener: DataChangeListener): () => void {
    // Wrapped, so subscribing the same function twice gives two independent subscriptions.
    const entry: DataChangeListener = (change) => listener(change);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  publish(change: DataChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.onListenerError?.(error);
      }
    }
  }
}
