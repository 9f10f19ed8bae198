// The one object that switches screens: it owns the PixiJS application, forwards ticks and
// window resizes to the current screen, and swaps screens in and out of the stage and the DOM.
import type { Application } from 'pixi.js';
import type { AppScreen } from './AppScreen';

export class Navigation {
  private current: AppScreen | null = null;
  private switching: Promise<void> = Promise.resolve();

  constructor(
    private readonly app: Application,
    private readonly screenLayer: HTMLElement,
  ) {
    app.ticker.add((ticker) => this.current?.update(ticker.deltaMS));
    window.addEventListener('resize', () => this.resizeCurrent());
  }

  get screen(): AppScreen | null {
    return this.current;
  }

  /** Shows `next`, hiding and destroying the current screen; calls are queued in order. */
  show(next: AppScreen): Promise<void> {
    this.switching = this.switching.then(() => this.swap(next)).catch((error: unknown) => console.error('screen switch failed', error));
    return this.switching;
  }

  private async swap(next: AppScreen): Promise<void> {
    const previous = this.current;
    if (previous) {
      await previous.hide();
      this.app.stage.removeChild(previous.view);
      previous.dom.remove();
      previous.destroy();
      this.current = null;
    }
    await next.prepare();
    this.app.stage.addChildAt(next.view, 0);
    this.screenLayer.append(next.dom);
    this.current = next;
    this.resizeCurrent();
    await next.show();
  }

  private resizeCurrent(): void {
    this.current?.resize(window.innerWidth, window.innerHeight);
  }
}
