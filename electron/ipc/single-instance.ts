// One app per user-data folder: two instances writing the same progress.json and
// challenges.json lose each other's saves (the second one's stale copy wins). Electron's lock is
// per userData folder, so it is claimed after the folder is chosen (the e2e override included).
// No Electron import: main passes `app` in, and the tests pass a stand-in.

/** The part of Electron's `app` the lock uses. */
export interface LockingApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** The part of a BrowserWindow that the second launch brings to the front. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Claims the user-data folder for this instance. True: this is the only instance, and a later
 * launch on the same folder focuses `currentWindow()` instead of opening a second app. False:
 * another instance holds the folder; this one has been told to quit and must open nothing.
 */
export function claimSingleInstance(app: LockingApp, currentWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
