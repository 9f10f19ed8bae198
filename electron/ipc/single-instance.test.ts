import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow, type LockingApp } from './single-instance';

/** Stands in for Electron's per-folder lock: the first app to ask for a folder holds it. */
class FolderLocks {
  private readonly holders = new Map<string, FakeApp>();
  claim(folder: string, app: FakeApp): boolean {
    const holder = this.holders.get(folder);
    if (holder && !holder.quitting) {
      holder.emitSecondInstance();
      return false;
    }
    this.holders.set(folder, app);
    return true;
  }
}

class FakeApp implements LockingApp {
  quitting = false;
  private readonly listeners: (() => void)[] = [];
  constructor(
    private readonly locks: FolderLocks,
    private readonly userData: string,
  ) {}
  requestSingleInstanceLock(): boolean {
    return this.locks.claim(this.userData, this);
  }
  quit(): void {
    this.quitting = true;
  }
  on(_event: 'second-instance', listener: () => void): this {
    this.listeners.push(listener);
    return this;
  }
  emitSecondInstance(): void {
    for (const listener of this.listeners) listener();
  }
}

class FakeWindow implements FocusableWindow {
  calls: string[] = [];
  constructor(private minimized = false) {}
  isDestroyed = () => false;
  isMinimized = () => this.minimized;
  restore = () => {
    this.minimized = false;
    this.calls.push('restore');
  };
  show = () => void this.calls.push('show');
  focus = () => void this.calls.push('focus');
}

describe('one instance per user-data folder', () => {
  it('a second launch on the same folder quits and brings the first window forward', () => {
    const locks = new FolderLocks();
    const window = new FakeWindow(true);
    const first = new FakeApp(locks, '/home/ada/.config/RefQuest');
    expect(claimSingleInstance(first, () => window)).toBe(true);

    const second = new FakeApp(locks, '/home/ada/.config/RefQuest');
    expect(claimSingleInstance(second, () => new FakeWindow())).toBe(false);
    expect(second.quitting).toBe(true);
    expect(first.quitting).toBe(false);
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('another user-data folder runs side by side', () => {
    const locks = new FolderLocks();
    expect(claimSingleInstance(new FakeApp(locks, '/a'), () => null)).toBe(true);
    const other = new FakeApp(locks, '/b');
    expect(claimSingleInstance(other, () => null)).toBe(true);
    expect(other.quitting).toBe(false);
  });

  it('a second launch before the first window exists focuses nothing and does not throw', () => {
    const locks = new FolderLocks();
    expect(claimSingleInstance(new FakeApp(locks, '/a'), () => null)).toBe(true);
    expect(claimSingleInstance(new FakeApp(locks, '/a'), () => null)).toBe(false);
  });
});
