// The animated heap diagram: a Pixi Container the level screen places and sizes. Give it a
// snapshot per step; it lays the boxes out (stable from step to step), then animates the
// change: leaving boxes and arrows fade, persisting boxes glide, rebound arrows swing, new boxes
// pop in. Objects can be made pickable for the questions where the player points at objects.
import { Container, Graphics, Ticker, type FederatedPointerEvent, type FederatedWheelEvent } from 'pixi.js';
import type { Snapshot } from '../../electron/engine/trace/model';
import { diffDiagrams, type DiagramDiff } from './diff';
import { EdgeLayer, type EdgeDraw } from './EdgeLayer';
import { layoutDiagram, useElkWorker, type PlacedDiagram, type Point } from './layout';
import { buildDiagram, type DiagramNode } from './model';
import { FREED_ALPHA, NodeView } from './NodeView';
import { palette } from './palette';
import { blendRoutes } from './routes';
import { Tween, easeInOutCubic, easeOutBack, lerp, phase } from './tween';

export interface HeapViewOptions {
  readonly width?: number;
  readonly height?: number;
  /** length of one step's animation */
  readonly durationMs?: number;
  /** the ticker that drives animations (default: Ticker.shared) */
  readonly ticker?: Ticker;
}

/** Where the time of the last showSnapshot went (the benchmark reports these). */
export interface ShowTimings {
  readonly modelMs: number;
  readonly layoutMs: number;
  /** creating/updating the Pixi boxes and arrows (not the GPU draw) */
  readonly applyMs: number;
}

export interface ShowOptions {
  readonly animate?: boolean;
}

// ELK off the main thread: the worker script is shipped as a plain asset by Vite
useElkWorker(new URL('../../node_modules/elkjs/lib/elk-worker.min.js', import.meta.url).href);

const MARGIN = 24;
/** room above the boxes for arrows that loop back onto a box's top */
const TOP_MARGIN = 64;
/** below this the text is unreadable: a bigger heap is panned and zoomed instead */
const MIN_SCALE = 0.3;

export class HeapView extends Container {
  private readonly background = new Graphics();
  private readonly clip = new Graphics();
  private readonly content = new Container();
  private readonly edgeLayer = new EdgeLayer();
  private readonly nodeLayer = new Container();
  private readonly views = new Map<string, NodeView>();
  private readonly exiting = new Map<string, NodeView>();
  private readonly live = new Map<string, Point>();
  private readonly ticker: Ticker;
  private readonly durationMs: number;
  private placed: PlacedDiagram | null = null;
  private edgeDraws: EdgeDraw[] = [];
  private tween: Tween | null = null;
  private request = 0;
  private viewWidth: number;
  private viewHeight: number;
  private readonly pickListeners: ((objectId: number) => void)[] = [];
  private pickable = new Set<number>();
  private selected = new Set<number>();
  private highlighted = new Set<number>();
  private hovering: string | null = null;
  /** the player's own zoom and pan on top of the fit (big heaps do not fit readably) */
  private userZoom = 1;
  private pan = { x: 0, y: 0 };
  private drag: { x: number; y: number } | null = null;
  timings: ShowTimings = { modelMs: 0, layoutMs: 0, applyMs: 0 };
  lastChanges = { enter: 0, exit: 0, move: 0 };

  constructor(options: HeapViewOptions = {}) {
    super();
    this.viewWidth = options.width ?? 800;
    this.viewHeight = options.height ?? 600;
    this.durationMs = options.durationMs ?? 650;
    this.ticker = options.ticker ?? Ticker.shared;
    this.content.addChild(this.nodeLayer, this.edgeLayer);
    this.addChild(this.background, this.content, this.clip);
    this.content.mask = this.clip;
    this.ticker.add(this.onTick, this);
    this.installPanZoom();
    this.resize(this.viewWidth, this.viewHeight);
  }

  /**
   * Shows the heap at one step. With `animate`, the change from the step shown before is played;
   * the promise settles when the picture is final (or a newer snapshot replaced this one).
   */
  async showSnapshot(snapshot: Snapshot, options: ShowOptions = {}): Promise<void> {
    const ticket = ++this.request;
    const t0 = performance.now();
    const diagram = buildDiagram(snapshot);
    const t1 = performance.now();
    const placed = await layoutDiagram(diagram, this.placed);
    const t2 = performance.now();
    if (ticket !== this.request || this.destroyed) return;
    this.tween?.finish();
    const diff = diffDiagrams(this.placed, placed);
    this.lastChanges = { enter: diff.enter.length, exit: diff.exit.length, move: diff.move.length };
    const previous = this.placed;
    this.placed = placed;
    const finished = !options.animate || !previous
      ? Promise.resolve(this.applyNow(placed, diff))
      : new Promise<void>((resolve) => this.animate(previous, placed, diff, resolve));
    this.timings = { modelMs: t1 - t0, layoutMs: t2 - t1, applyMs: performance.now() - t2 };
    await finished;
  }

  resize(width: number, height: number): void {
    this.viewWidth = width;
    this.viewHeight = height;
    this.background.clear().roundRect(0, 0, width, height, 12).fill({ color: palette.board });
    for (let x = 20; x < width; x += 28) for (let y = 20; y < height; y += 28) this.background.circle(x, y, 1.3);
    this.background.fill({ color: palette.boardDots });
    this.clip.clear().roundRect(0, 0, width, height, 12).fill({ color: 0xffffff });
    if (this.placed) this.fitTo(this.placed, 1, null);
  }

  onPickObject(listener: (objectId: number) => void): void {
    this.pickListeners.push(listener);
  }

  /** Objects the player may pick (all others ignore the pointer). */
  setPickable(ids: Iterable<number>): void {
    this.pickable = new Set(ids);
    this.refreshMarks();
  }

  setSelected(ids: Iterable<number>): void {
    this.selected = new Set(ids);
    this.refreshMarks();
  }

  /** Feedback: these objects glow until the next call. */
  highlight(ids: Iterable<number>): void {
    this.highlighted = new Set(ids);
    this.refreshMarks();
  }

  /** How much is drawn (for the benchmark). */
  get counts(): { objects: number; edges: number } {
    const nodes = this.placed?.diagram.nodes ?? [];
    return { objects: nodes.filter((n) => n.objectId !== null).length, edges: this.placed?.diagram.edges.length ?? 0 };
  }

  /** Top-left of an object's box in this container's coordinates (for tests and overlays). */
  objectBounds(objectId: number): { x: number; y: number; width: number; height: number } | null {
    const view = this.views.get(`o${objectId}`);
    const p = this.live.get(`o${objectId}`);
    if (!view || !p) return null;
    const s = this.content.scale.x;
    return { x: this.content.x + p.x * s, y: this.content.y + p.y * s, width: view.node.width * s, height: view.node.height * s };
  }

  override destroy(): void {
    this.ticker.remove(this.onTick, this);
    this.tween = null;
    super.destroy({ children: true });
  }

  private applyNow(placed: PlacedDiagram, diff: DiagramDiff): void {
    for (const key of diff.exit) this.removeView(key);
    for (const n of placed.diagram.nodes) {
      const view = this.views.get(n.key) ?? this.createView(n);
      if (view.node !== n) view.draw(n);
      const p = placed.positions.get(n.key)!;
      this.live.set(n.key, p);
      view.position.set(p.x, p.y);
      view.alpha = n.state === 'freed' ? FREED_ALPHA : 1;
      view.scale.set(1);
    }
    this.edgeDraws = placed.diagram.edges.map((edge) => ({ edge, alpha: 1, points: placed.routes.get(edge.id) ?? [] }));
    this.fitTo(placed, 1, null);
    this.refreshMarks();
    this.edgeLayer.redraw(this.edgeDraws);
  }

  private animate(previous: PlacedDiagram, placed: PlacedDiagram, diff: DiagramDiff, done: () => void): void {
    for (const key of diff.exit) {
      const view = this.views.get(key);
      if (!view) continue;
      this.views.delete(key);
      this.exiting.set(key, view);
    }
    const nodes = new Map(placed.diagram.nodes.map((n) => [n.key, n]));
    const wasFreed = new Set(previous.diagram.nodes.filter((n) => n.state === 'freed').map((n) => n.key));
    for (const key of diff.enter) {
      const view = this.createView(nodes.get(key)!);
      const p = placed.positions.get(key)!;
      this.live.set(key, p);
      view.position.set(p.x, p.y);
      view.alpha = 0;
    }
    for (const key of diff.redraw) this.views.get(key)?.draw(nodes.get(key)!);
    this.refreshMarks();

    const enter = new Set(diff.enter);
    const edgeEnter = new Set(diff.edgeEnter);
    const exitIds = new Set(diff.edgeExit);
    const exitEdges = previous.diagram.edges.filter((e) => exitIds.has(e.id));
    const fromScale = this.content.scale.x;
    const fromX = this.content.x;
    const fromY = this.content.y;

    this.tween = new Tween(this.durationMs, (t) => {
      const out = easeInOutCubic(phase(t, 0, 0.35));
      const mid = easeInOutCubic(phase(t, 0.2, 0.8));
      const pop = phase(t, 0.55, 1);
      for (const view of this.exiting.values()) view.alpha = 1 - out;
      for (const m of diff.move) {
        const p = { x: lerp(m.from.x, m.to.x, mid), y: lerp(m.from.y, m.to.y, mid) };
        this.live.set(m.key, p);
        this.views.get(m.key)?.position.set(p.x, p.y);
      }
      for (const [key, view] of this.views) {
        const node = view.node;
        if (enter.has(key)) {
          view.alpha = pop;
          const s = 0.6 + 0.4 * easeOutBack(pop);
          view.scale.set(s);
          const p = this.live.get(key)!;
          view.position.set(p.x + (node.width * (1 - s)) / 2, p.y + (node.height * (1 - s)) / 2);
        } else if (node.state === 'freed' && !wasFreed.has(key)) {
          view.alpha = lerp(1, FREED_ALPHA, out);
        }
      }
      // persisting arrows morph from their old route to the new one (a rebound name swings)
      this.edgeDraws = [
        ...exitEdges.map((edge) => ({ edge, alpha: 1 - out, points: previous.routes.get(edge.id) ?? [] })),
        ...placed.diagram.edges.map((edge) => {
          const to = placed.routes.get(edge.id) ?? [];
          if (edgeEnter.has(edge.id)) return { edge, alpha: pop, points: to };
          return { edge, alpha: 1, points: blendRoutes(previous.routes.get(edge.id) ?? to, to, mid) };
        }),
      ];
      this.fitTo(placed, mid, { scale: fromScale, x: fromX, y: fromY });
      this.edgeLayer.redraw(this.edgeDraws);
    }, () => {
      for (const key of [...this.exiting.keys()]) this.removeView(key);
      this.tween = null;
      this.applyNow(placed, { ...diff, exit: [], enter: [], move: [], redraw: [] });
      done();
    });
  }

  private installPanZoom(): void {
    this.background.eventMode = 'static';
    this.background.cursor = 'grab';
    this.background.on('wheel', (e: FederatedWheelEvent) => {
      const before = this.content.toLocal(e.global);
      this.userZoom = Math.min(4, Math.max(0.25, this.userZoom * Math.exp(-e.deltaY * 0.0015)));
      if (this.placed) this.fitTo(this.placed, 1, null);
      // keep the point under the pointer where it was
      const after = this.content.toGlobal(before);
      this.pan = { x: this.pan.x + e.global.x - after.x, y: this.pan.y + e.global.y - after.y };
      if (this.placed) this.fitTo(this.placed, 1, null);
    });
    this.background.on('pointerdown', (e: FederatedPointerEvent) => {
      this.drag = { x: e.global.x - this.pan.x, y: e.global.y - this.pan.y };
    });
    this.background.on('globalpointermove', (e: FederatedPointerEvent) => {
      if (!this.drag || !this.placed) return;
      this.pan = { x: e.global.x - this.drag.x, y: e.global.y - this.drag.y };
      this.fitTo(this.placed, 1, null);
    });
    const stop = () => (this.drag = null);
    this.background.on('pointerup', stop).on('pointerupoutside', stop);
  }

  private onTick(ticker: Ticker): void {
    if (this.tween) this.tween.advance(ticker.deltaMS);
    if (this.highlighted.size > 0) for (const view of this.views.values()) view.tickPulse(ticker.deltaMS);
  }

  private createView(node: DiagramNode): NodeView {
    const view = new NodeView(node);
    this.views.set(node.key, view);
    this.nodeLayer.addChild(view);
    view.on('pointertap', () => {
      const id = view.node.objectId;
      if (id !== null && this.pickable.has(id)) for (const listener of this.pickListeners) listener(id);
    });
    view.on('pointerover', () => {
      this.hovering = view.node.key;
      this.refreshMarks();
    });
    view.on('pointerout', () => {
      if (this.hovering === view.node.key) this.hovering = null;
      this.refreshMarks();
    });
    return view;
  }

  private removeView(key: string): void {
    const view = this.views.get(key) ?? this.exiting.get(key);
    this.views.delete(key);
    this.exiting.delete(key);
    this.live.delete(key);
    view?.destroy({ children: true });
  }

  private refreshMarks(): void {
    for (const [key, view] of this.views) {
      const id = view.node.objectId;
      const pickable = id !== null && this.pickable.has(id);
      view.eventMode = pickable ? 'static' : 'none';
      view.cursor = pickable ? 'pointer' : 'default';
      view.accessible = pickable;
      if (pickable) {
        view.accessibleType = 'button';
        view.accessibleTitle = describe(view.node);
      }
      view.setMarks(id !== null && this.selected.has(id), id !== null && this.highlighted.has(id), pickable && this.hovering === key);
    }
  }

  /** Scales the diagram to fit the view (never above 1:1); `t` tweens from `from`. */
  private fitTo(placed: PlacedDiagram, t: number, from: { scale: number; x: number; y: number } | null): void {
    const fitW = (this.viewWidth - MARGIN * 2) / Math.max(1, placed.width);
    const fitH = (this.viewHeight - MARGIN - TOP_MARGIN) / Math.max(1, placed.height);
    const scale = Math.max(MIN_SCALE, Math.min(1, fitW, fitH)) * this.userZoom;
    const x = MARGIN + this.pan.x;
    const y = TOP_MARGIN * Math.min(1, scale * 1.5) + this.pan.y;
    if (!from) {
      this.content.scale.set(scale);
      this.content.position.set(x, y);
      return;
    }
    this.content.scale.set(lerp(from.scale, scale, t));
    this.content.position.set(lerp(from.x, x, t), lerp(from.y, y, t));
  }
}

function describe(node: DiagramNode): string {
  const value = node.body.kind === 'atom' ? ` ${node.body.text}` : '';
  const count = node.refcount === null ? '' : `, refcount ${node.refcount}`;
  return `${node.title} object${value}${count}`;
}
