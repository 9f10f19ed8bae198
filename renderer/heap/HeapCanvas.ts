// The heap diagram as a DOM widget: its own canvas (its own Pixi application, drawn on demand,
// never by a ticker) inside whatever panel hosts it, so the pointer reaches it (wheel zoom,
// drag pan, clicks on objects), with zoom and fit buttons beside it. The panel's size is
// followed with a ResizeObserver. Everything else goes through `view` (a HeapView).
import { Application } from 'pixi.js';
import './heap.css';
import { HeapBoard } from './HeapBoard';
import { HeapView } from './HeapView';
import { RenderOnDemand } from './RenderOnDemand';

export interface HeapCanvasOptions {
  /** length of one step's animation */
  readonly durationMs?: number;
  /** the accessible name of the diagram region */
  readonly label?: string;
}

export class HeapCanvas {
  readonly element: HTMLDivElement;
  readonly view: HeapView;
  readonly scheduler: RenderOnDemand;
  /** the keyboard and screen-reader list of the objects, with the search box */
  readonly board: HeapBoard;
  /** settles once the canvas can draw (Pixi's renderer starts asynchronously) */
  readonly ready: Promise<void>;
  private readonly app = new Application();
  private readonly resizeObserver: ResizeObserver;
  /** the canvas's box, under the toolbar so the tools never cover the picture */
  private readonly surface: HTMLDivElement;
  private started = false;
  private destroyed = false;
  private size = { width: 0, height: 0 };

  constructor(options: HeapCanvasOptions = {}) {
    this.element = document.createElement('div');
    this.element.className = 'heap-canvas';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', options.label ?? 'Heap diagram');
    this.scheduler = new RenderOnDemand(() => {
      if (this.started && !this.destroyed) this.app.render();
    });
    this.view = new HeapView({ width: 400, height: 300, scheduler: this.scheduler, ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}) });
    this.board = new HeapBoard(this.view);
    this.surface = document.createElement('div');
    this.surface.className = 'heap-surface';
    this.element.append(this.toolbar(), this.surface, this.board.list);
    this.resizeObserver = new ResizeObserver(() => this.fitToHost());
    this.resizeObserver.observe(this.surface);
    // Pixi listens to the wheel passively; without this the page behind would scroll too
    this.element.addEventListener('wheel', (e) => e.preventDefault(), { passive: false });
    this.ready = this.start();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.scheduler.stop();
    this.resizeObserver.disconnect();
    this.element.remove();
    void this.ready.then(() => this.app.destroy({ removeView: true }, { children: true }));
  }

  private async start(): Promise<void> {
    const rect = this.surface.getBoundingClientRect();
    await this.app.init({
      width: Math.max(50, rect.width),
      height: Math.max(50, rect.height),
      autoStart: false,
      sharedTicker: false,
      antialias: true,
      backgroundAlpha: 0,
      autoDensity: true,
      resolution: window.devicePixelRatio || 1,
      preference: 'webgl',
    });
    if (this.destroyed) {
      this.app.destroy({ removeView: true });
      return;
    }
    this.app.ticker.stop();
    this.app.canvas.classList.add('heap-canvas-surface');
    this.surface.append(this.app.canvas);
    this.app.stage.addChild(this.view);
    this.started = true;
    this.size = { width: 0, height: 0 };
    this.fitToHost();
    this.scheduler.invalidate();
  }

  private fitToHost(): void {
    const width = Math.max(50, Math.floor(this.surface.clientWidth));
    const height = Math.max(50, Math.floor(this.surface.clientHeight));
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    if (this.started) this.app.renderer.resize(width, height);
    this.view.resize(width, height);
  }

  private toolbar(): HTMLElement {
    const bar = document.createElement('div');
    bar.className = 'heap-tools';
    const button = (text: string, label: string, action: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.title = label;
      b.setAttribute('aria-label', label);
      b.addEventListener('click', action);
      bar.append(b);
      return b;
    };
    bar.append(this.board.search);
    button('−', 'Zoom out', () => this.view.zoomBy(1 / 1.25));
    button('+', 'Zoom in', () => this.view.zoomBy(1.25));
    button('Fit all', 'Show the whole diagram', () => this.view.fitAll());
    button('Reset', 'Back to the readable size', () => this.view.resetView());
    const toggle = (text: string, label: string, key: 'hidden' | 'cached') => {
      const b = button(text, label, () => {
        this.view.setOptions({ [key]: !this.view.options[key] });
        b.setAttribute('aria-pressed', String(this.view.options[key]));
      });
      b.setAttribute('aria-pressed', 'true');
    };
    toggle('hidden', 'Show hidden holders (loop iterators, values being computed)', 'hidden');
    toggle('cached', 'Show cached objects (None, small ints, interned strings) as boxes', 'cached');
    return bar;
  }
}
