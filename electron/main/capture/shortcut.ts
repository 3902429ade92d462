import type { GlobalShortcut } from 'electron';
import type { CaptureShortcutState } from '../../../shared/ipc/channels/recognition';
import {
  DEFAULT_CAPTURE_SHORTCUT,
  acceleratorProblem,
  formatAccelerator,
} from '../../../shared/model/recognition';

interface ShortcutStore {
  get(): string;
  set(accelerator: string): void;
}

type Registry = Pick<GlobalShortcut, 'register' | 'unregister'>;
type ChangeResult = { ok: true } | { ok: false; message: string };

/**
 * The global shortcut that opens the capture window. The OS may refuse a shortcut another app
 * holds: then the previous one stays active and the message says so, in the platform's words.
 */
export class CaptureShortcut {
  private active: string | null = null;
  private problem: string | null = null;

  constructor(
    private readonly registry: Registry,
    private readonly store: ShortcutStore,
    private readonly onPress: () => void,
    private readonly mac: boolean,
  ) {}

  /** Registers the saved shortcut (or the default when the saved one is not valid any more). */
  start(): CaptureShortcutState {
    const saved = this.store.get();
    const accelerator = acceleratorProblem(saved) ? DEFAULT_CAPTURE_SHORTCUT : saved;
    if (this.tryRegister(accelerator)) {
      this.active = accelerator;
      this.problem = null;
    } else {
      this.problem = `${this.label(accelerator)} is already used by another app, so it does not open Coachbook. Choose another shortcut in Settings.`;
    }
    return this.state();
  }

  async change(accelerator: string): Promise<ChangeResult> {
    const problem = acceleratorProblem(accelerator);
    if (problem) return { ok: false, message: problem };
    if (accelerator === this.active) return { ok: true };
    const previous = this.active;
    if (previous) this.registry.unregister(previous);
    if (this.tryRegister(accelerator)) {
      this.active = accelerator;
      this.problem = null;
      this.store.set(accelerator);
      return { ok: true };
    }
    const restored = previous !== null && this.tryRegister(previous);
    this.active = restored ? previous : null;
    const still = restored ? ` ${this.label(previous)} still opens the capture window.` : '';
    return {
      ok: false,
      message: `${this.label(accelerator)} is already used by another app or by the system. Choose another shortcut.${still}`,
    };
  }

  state(): CaptureShortcutState {
    return {
      accelerator: this.active ?? this.store.get(),
      defaultAccelerator: DEFAULT_CAPTURE_SHORTCUT,
      active: this.active !== null,
      available: true,
      message: this.active ? null : this.problem,
    };
  }

  stop(): void {
    if (this.active) this.registry.unregister(this.active);
    this.active = null;
  }

  private tryRegister(accelerator: string): boolean {
    try {
      return this.registry.register(accelerator, this.onPress);
    } catch {
      // Electron throws for an accelerator it cannot parse; to the lead that is a refusal too.
      return false;
    }
  }

  private label(accelerator: string): string {
    return formatAccelerator(accelerator, this.mac);
  }
}
