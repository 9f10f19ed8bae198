// The animated heap diagram: a Pixi Container the level screen places and sizes. Give it a
// snapshot per step; it lays the boxes out (stable from step to step), then animates the
// change: leaving boxes and arrows fade, persisting boxes glide, rebound arrows swing, new boxes
// pop in. Objects can be made pickable for the questions where the player points at objects.
import { Container, Graphics, type FederatedPointerEvent, type FederatedWheelEvent } from 'pixi.js';
import type { Snapshot } from '../../electron/api';
import { diffDiagrams, sameDrawing, type DiagramDiff } from './diff';
import { EdgeLayer, type EdgeDraw } from './EdgeLayer';
import { layoutDiagram, type PlacedDiagram, type Point } from './layout';
import { buildDiagram, type DiagramNode, type DiagramOptions } from './model';
import { FREED_ALPHA, NodeView } from './NodeView';
import { palette } from './palette';
import type { FrameScheduler } from './RenderOnDemand';
import { blendRoutes } from './routes';
import { Tween, easeInOutCubic, easeOutBack, lerp, phase } from './tween';

export interface HeapViewOptions {
  readonly width?: number;
  readonly height?: number;
  /** length of one step's animation */
  readonly durationMs?: number;
  /** asks for frames: one per change, a run of them while a tween or a pulse plays */
  readonly scheduler: FrameScheduler;
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

const MARGIN = 24;
/** room above the picture (the layout keeps its own room for arrows over the first row) */
const TOP_MARGIN = 8;
/** below this the 12 px text drops under 9 px: a bigger heap is shown from its top-left, to pan and zoom */
const READABLE_SCALE = 0.75;
/** a small heap is enlarged to fill the panel, up to this */
const MAX_FIT_SCALE = 1.6;
/** "fit all" may go this far down to show a whole big heap */
const MIN_FIT_ALL_SCALE = 0.08;
/** boxes this far outside the panel are still drawn, so a pan does not show them popping in */
const CULL_MARGIN = 200;

export class HeapView extends Container {
  private readonly background = new Graphics();
  private readonly clip = new Graphics();
  private readonly content = new Container();
  private readonly edgeLayer = new EdgeLayer();
  private readonly nodeLayer = new Container();
  private readonly views = new Map<string, NodeView>();
  private readonly exiting = new Map<string, NodeView>();
  private readonly live = new Map<string, Point>();
  private readonly scheduler: FrameScheduler;
  private pulsing = false;
  /** 'auto': fill the panel, never below a readable size; 'all': the whole picture, however small */
  private fitMode: 'auto' | 'all' = 'auto';
  private readonly durationMs: number;
  private placed: PlacedDiagram | null = null;
  private edgeDraws: EdgeDraw[] = [];
  /** the part of the picture whose arrows are drawn (see cull) */
  private edgeWindow: { left: number; top: number; right: number; bottom: number } | null = null;
  private tween: Tween | null = null;
  private request = 0;
  private viewWidth: number;
  private viewHeight: number;
  private readonly pickListeners: ((objectId: number) => void)[] = [];
  private readonly shownListeners: ((placed: PlacedDiagram) => void)[] = [];
  private pickable = new Set<number>();
  private selected = new Set<number>();
  private highlighted = new Set<number>();
  private hovering: string | null = null;
  private snapshot: Snapshot | null = null;
  private diagramOptions: Required<DiagramOptions> = { hidden: true, cached: true };
  private focused: number | null = null;
  /** the player's own zoom and pan on top of the fit (big heaps do not fit readably) */
  private userZoom = 1;
  private pan = { x: 0, y: 0 };
  private drag: { x: number; y: number } | null = null;
  timings: ShowTimings = { modelMs: 0, layoutMs: 0, applyMs: 0 };
  lastChanges = { enter: 0, exit: 0, move: 0 };

  constructor(options: HeapViewOptions) {
    super();
    this.viewWidth = options.width ?? 800;
    this.viewHeight = options.height ?? 600;
    this.durationMs = options.durationMs ?? 650;
    this.scheduler = options.scheduler;
    this.content.addChild(this.nodeLayer, this.edgeLayer);
    this.addChild(this.background, this.content, this.clip);
    this.content.mask = this.clip;
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
    this.snapshot = snapshot;
    const diagram = buildDiagram(snapshot, this.diagramOptions);
    const t1 = performance.now();
    const placed = await layoutDiagram(diagram, this.placed);
    const t2 = performance.now();
    if (ticket !== this.request || this.destroyed) return;
    this.tween?.finish();
    const diff = diffDiagrams(this.placed, placed);
    this.lastChanges = { enter: diff.enter.length, exit: diff.exit.length, move: diff.move.length };
    const previous = this.placed;
    this.placed = placed;
    // the board lists the new step's objects at once, not after the animation
    for (const listener of this.shownListeners) listener(placed);
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
    this.scheduler.invalidate();
  }

  /** Zooms by `factor` about a point of the view (default: its centre). */
  zoomBy(factor: number, about = { x: this.viewWidth / 2, y: this.viewHeight / 2 }): void {
    if (!this.placed) return;
    const before = this.content.toLocal(about, this);
    this.userZoom = Math.min(6, Math.max(0.1, this.userZoom * factor));
    this.fitTo(this.placed, 1, null);
    // keep the point under the pointer where it was
    const after = this.toLocal(this.content.toGlobal(before));
    this.pan = { x: this.pan.x + about.x - after.x, y: this.pan.y + about.y - after.y };
    this.applyView();
  }

  /** The whole picture in the panel, however small that makes it. */
  fitAll(): void {
    this.fitMode = 'all';
    this.userZoom = 1;
    this.pan = { x: 0, y: 0 };
    this.applyView();
  }

  /** Back to the default: the panel filled from the top-left at a readable size. */
  resetView(): void {
    this.fitMode = 'auto';
    this.userZoom = 1;
    this.pan = { x: 0, y: 0 };
    this.applyView();
  }

  /** Pans (never zooms out below readable) so an object's box sits in the middle of the panel. */
  centreOn(objectId: number): boolean {
    const key = `o${objectId}`;
    const p = this.placed?.positions.get(key);
    const node = this.placed?.diagram.nodes.find((n) => n.key === key);
    if (!this.placed || !p || !node) return false;
    if (this.content.scale.x < READABLE_SCALE) {
      this.fitMode = 'auto';
      this.userZoom = 1;
    }
    this.pan = { x: 0, y: 0 };
    this.fitTo(this.placed, 1, null);
    const s = this.content.scale.x;
    const cx = this.content.x + (p.x + node.width / 2) * s;
    const cy = this.content.y + (p.y + node.height / 2) * s;
    this.pan = { x: this.viewWidth / 2 - cx, y: this.viewHeight / 2 - cy };
    this.applyView();
    return true;
  }

  /** Told each time a step's picture is final (the keyboard board rebuilds its list then). */
  onShown(listener: (placed: PlacedDiagram) => void): void {
    this.shownListeners.push(listener);
  }

  /** The picture shown (null before the first step). */
  get shown(): PlacedDiagram | null {
    return this.placed;
  }

  /** Whether an object can be picked now. */
  isPickable(objectId: number): boolean {
    return this.pickable.has(objectId);
  }

  /** Picks an object as a click on it would (the keyboard board's Enter). */
  pick(objectId: number): void {
    if (this.pickable.has(objectId)) for (const listener of this.pickListeners) listener(objectId);
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

  /** Shows or hides hidden holders and cached objects, redrawing the step shown. */
  setOptions(options: DiagramOptions): void {
    this.diagramOptions = { ...this.diagramOptions, ...options };
    if (this.snapshot) void this.showSnapshot(this.snapshot, { animate: true });
  }

  get options(): Required<DiagramOptions> {
    return this.diagramOptions;
  }

  /** The object the keyboard board is on: ringed like a hovered one. */
  setFocused(objectId: number | null): void {
    this.focused = objectId;
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
    this.tween = null;
    super.destroy({ children: true });
  }

  private applyNow(placed: PlacedDiagram, diff: DiagramDiff): void {
    for (const key of diff.exit) this.removeView(key);
    for (const n of placed.diagram.nodes) {
      const view = this.views.get(n.key) ?? this.createView(n);
      if (view.node !== n) {
        if (sameDrawing(view.node, n)) view.node = n;
        else view.draw(n);
      }
      const p = placed.positions.get(n.key)!;
      this.live.set(n.key, p);
      view.position.set(p.x, p.y);
      view.alpha = n.state === 'freed' ? FREED_ALPHA : 1;
      view.scale.set(1);
    }
    this.edgeDraws = placed.diagram.edges.map((edge) => ({ edge, alpha: 1, points: placed.routes.get(edge.id) ?? [] }));
    this.fitTo(placed, 1, null);
    this.refreshMarks();
    this.cull(true);
    this.scheduler.invalidate();
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
        } else if (node.state !== 'freed' && wasFreed.has(key)) {
          // stepping back to before a free: the box comes back to full strength
          view.alpha = lerp(FREED_ALPHA, 1, mid);
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
      this.cull(true);
    }, () => {
      for (const key of [...this.exiting.keys()]) this.removeView(key);
      this.tween = null;
      this.applyNow(placed, { ...diff, exit: [], enter: [], move: [], redraw: [] });
      done();
    });
    const tween = this.tween;
    this.scheduler.animate((ms) => {
      if (this.tween !== tween) return false;
      tween.advance(ms);
      return !tween.done;
    });
  }

  private installPanZoom(): void {
    this.background.eventMode = 'static';
    this.background.cursor = 'grab';
    this.background.on('wheel', (e: FederatedWheelEvent) => {
      this.zoomBy(Math.exp(-e.deltaY * 0.0015), this.toLocal(e.global));
    });
    this.background.on('pointerdown', (e: FederatedPointerEvent) => {
      this.drag = { x: e.global.x - this.pan.x, y: e.global.y - this.pan.y };
      this.background.cursor = 'grabbing';
    });
    this.background.on('globalpointermove', (e: FederatedPointerEvent) => {
      if (!this.drag) return;
      this.pan = { x: e.global.x - this.drag.x, y: e.global.y - this.drag.y };
      this.applyView();
    });
    const stop = () => {
      this.drag = null;
      this.background.cursor = 'grab';
    };
    this.background.on('pointerup', stop).on('pointerupoutside', stop);
  }

  /** After a zoom or a pan: place the content, hide what is out of sight, draw. */
  private applyView(): void {
    if (!this.placed) return;
    this.fitTo(this.placed, 1, null);
    this.cull();
    this.scheduler.invalidate();
  }

  /**
   * Boxes and arrows outside the panel are not drawn (a 1,000-object heap at readable size
   * shows a few dozen). Arrows are redrawn for a window larger than the panel, and again only
   * when a pan or zoom leaves that window (or `edgesChanged`).
   */
  private cull(edgesChanged = false): void {
    const s = this.content.scale.x;
    const view = {
      left: (-CULL_MARGIN - this.content.x) / s,
      top: (-CULL_MARGIN - this.content.y) / s,
      right: (this.viewWidth + CULL_MARGIN - this.content.x) / s,
      bottom: (this.viewHeight + CULL_MARGIN - this.content.y) / s,
    };
    const cullOne = (key: string, v: NodeView) => {
      const p = this.live.get(key);
      if (!p) return;
      v.visible = p.x + v.node.width >= view.left && p.x <= view.right && p.y + v.node.height >= view.top && p.y <= view.bottom;
    };
    for (const [key, v] of this.views) cullOne(key, v);
    for (const [key, v] of this.exiting) cullOne(key, v);
    const w = this.edgeWindow;
    if (edgesChanged || !w || view.left < w.left || view.top < w.top || view.right > w.right || view.bottom > w.bottom) {
      const extraX = (view.right - view.left) / 2, extraY = (view.bottom - view.top) / 2;
      this.edgeWindow = { left: view.left - extraX, top: view.top - extraY, right: view.right + extraX, bottom: view.bottom + extraY };
      this.edgeLayer.redraw(this.edgeDraws, this.edgeWindow);
    }
  }

  private startPulse(): void {
    if (this.pulsing) return;
    this.pulsing = true;
    this.scheduler.animate((ms) => {
      for (const view of this.views.values()) view.tickPulse(ms);
      this.pulsing = this.highlighted.size > 0 && !this.destroyed;
      return this.pulsing;
    });
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
      if (!this.pickable.has(view.node.objectId ?? -1)) return;
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
      view.setMarks(id !== null && this.selected.has(id), id !== null && this.highlighted.has(id), (pickable && this.hovering === key) || (id !== null && id === this.focused));
    }
    if (this.highlighted.size > 0) this.startPulse();
    this.scheduler.invalidate();
  }

  /** The scale before the player's own zoom: see fitMode. */
  private baseScale(placed: PlacedDiagram): number {
    const fitW = (this.viewWidth - MARGIN * 2) / Math.max(1, placed.width);
    const fitH = (this.viewHeight - MARGIN - TOP_MARGIN) / Math.max(1, placed.height);
    const fit = Math.min(fitW, fitH, MAX_FIT_SCALE);
    return this.fitMode === 'all' ? Math.max(MIN_FIT_ALL_SCALE, fit) : Math.max(READABLE_SCALE, fit);
  }

  /** Places the content for the fit, the zoom and the pan; `t` tweens from `from`. */
  private fitTo(placed: PlacedDiagram, t: number, from: { scale: number; x: number; y: number } | null): void {
    const scale = this.baseScale(placed) * this.userZoom;
    const x = MARGIN + this.pan.x;
    const y = TOP_MARGIN * Math.min(1, scale) + this.pan.y;
    if (!from) {
      this.content.scale.set(scale);
      this.content.position.set(x, y);
      return;
    }
    this.content.scale.set(lerp(from.scale, scale, t));
    this.content.position.set(lerp(from.x, x, t), lerp(from.y, y, t));
  }
}

/** An object's accessible name: its type, its value when it is a plain one, its refcount. */
export function describe(node: DiagramNode): string {
  const value = node.body.kind === 'atom' ? ` ${node.body.text}` : '';
  const count = node.refcount === null ? '' : `, refcount ${node.refcount}`;
  return `${node.title} object${value}${count}`;
}
