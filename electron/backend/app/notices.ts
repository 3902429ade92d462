import type { Notice } from '../../../shared/ipc/channels/app';
import type { Clock } from '../clock';

/** Things the lead must be told about once, such as a damaged file that was restored. */
export class Notices {
  private items: Notice[] = [];
  private nextId = 1;

  constructor(private readonly clock: Clock) {}

  add(notice: Omit<Notice, 'id' | 'at'>): Notice {
    const item = { ...notice, id: `notice-${this.nextId++}`, at: this.clock().toISOString() };
    this.items.push(item);
    return item;
  }

  list(): Notice[] {
    return [...this.items];
  }

  dismiss(id: string): boolean {
    const before = this.items.length;
    this.items = this.items.filter((n) => n.id !== id);
    return this.items.length !== before;
  }
}
