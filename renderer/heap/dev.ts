// Dev page for the heap diagram: steps through sample traces (samples.json, written next to the
// built page by bench/renderer/build-dev.ts) and exposes `window.heapDev` so the screenshot and
// benchmark scripts can drive it.
import 'pixi.js/unsafe-eval';
import { Application, type WebGLRenderer } from 'pixi.js';
import type { Snapshot } from '../../electron/api';
import type { FrameStats, HeapDev } from './dev-api';
import { HeapView } from './HeapView';
import { RenderOnDemand } from './RenderOnDemand';

interface Sample {
  readonly name: string;
  readonly title: string;
  readonly source: string;
  readonly steps: readonly Snapshot[];
  readonly focus: number;
}

declare global {
  interface Window {
    heapDev: HeapDev;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const WIDTH = 1040;
const HEIGHT = 700;

const app = new Application();
let samples: Sample[] = [];
let view: HeapView;
let current = { name: '', step: 0 };
let renderCpu: number[] | null = null;
let updateCpu: number[] | null = null;
/** the page draws like the game: only when the diagram asks (see RenderOnDemand) */
const scheduler = new RenderOnDemand(() => {
  const t0 = performance.now();
  app.render();
  renderCpu?.push(performance.now() - t0);
});
const newView = () => new HeapView({ width: WIDTH, height: HEIGHT, scheduler });

async function start(): Promise<void> {
  await app.init({ width: WIDTH, height: HEIGHT, background: 0x0e1024, antialias: true, resolution: 1, preference: 'webgl', autoStart: false, sharedTicker: false });
  app.ticker.stop();
  $('stage').appendChild(app.canvas);
  // the diagram's per-frame update (a tween step) runs in the scheduler just before the render
  scheduler.animate = ((animate) => (step: (ms: number) => boolean) => animate((ms) => {
    const t0 = performance.now();
    const more = step(ms);
    updateCpu?.push(performance.now() - t0);
    return more;
  }))(scheduler.animate.bind(scheduler));
  view = newView();
  app.stage.addChild(view);
  view.onPickObject((id) => view.setSelected([id]));
  samples = (await (await fetch('./samples.json')).json()) as Sample[];
  const select = $<HTMLSelectElement>('sample');
  for (const s of samples) select.add(new Option(s.title, s.name));
  select.onchange = () => void show(select.value, sampleNamed(select.value).focus, false);
  $('prev').onclick = () => void show(current.name, Math.max(0, current.step - 1), animate());
  $('next').onclick = () => void show(current.name, Math.min(sampleNamed(current.name).steps.length - 1, current.step + 1), animate());
  $('play').onclick = () => void play();
  if (samples[0]) await show(samples[0].name, samples[0].focus, false);
}

const animate = () => $<HTMLInputElement>('animate').checked;
const sampleNamed = (name: string) => {
  const s = samples.find((x) => x.name === name);
  if (!s) throw new Error(`no sample ${name}`);
  return s;
};

async function show(name: string, step: number, withAnimation: boolean): Promise<void> {
  const sample = sampleNamed(name);
  if (name !== current.name) {
    view.destroy();
    view = newView();
    app.stage.addChild(view);
    view.onPickObject((id) => view.setSelected([id]));
  }
  current = { name, step };
  $<HTMLSelectElement>('sample').value = name;
  const snap = sample.steps[step]!;
  const line = snap.frames.at(-1)?.line ?? 0;
  $('where').textContent = `step ${step} / ${sample.steps.length - 1} · line ${line}`;
  const pre = $('source');
  pre.replaceChildren(...sample.source.split('\n').map((text, i) => {
    const span = document.createElement('span');
    span.textContent = `${String(i + 1).padStart(2)}  ${text}\n`;
    if (i + 1 === line) span.className = 'current';
    return span;
  }));
  await view.showSnapshot(snap, { animate: withAnimation });
}

async function play(): Promise<void> {
  const sample = sampleNamed(current.name);
  for (let s = 0; s < sample.steps.length; s++) await show(current.name, s, true);
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function finishGpu(): void {
  const renderer = app.renderer as WebGLRenderer;
  renderer.gl?.finish();
}

window.heapDev = {
  ready: start(),
  show,
  pick(ids, selected, highlighted) {
    view.setPickable(ids);
    view.setSelected(selected);
    view.highlight(highlighted);
  },
  async timeFirstDraw(name, step) {
    current = { name: '', step: 0 };
    await show(name, Math.max(0, step - 1), false);
    view.destroy();
    view = newView();
    app.stage.addChild(view);
    const t0 = performance.now();
    await view.showSnapshot(sampleNamed(name).steps[step]!, { animate: false });
    const t1 = performance.now();
    app.render();
    finishGpu();
    const t2 = performance.now();
    current = { name, step };
    return { ...view.timings, drawMs: t2 - t1, totalMs: t2 - t0, ...view.counts };
  },
  async idleFrames(ms) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = scheduler.frames;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return scheduler.frames - before;
  },
  async timeScrub(name, from, count) {
    await show(name, from, false);
    await nextFrame();
    const perStep: number[] = [];
    const last = Math.min(sampleNamed(name).steps.length - 1, from + count);
    for (let s = from + 1; s <= last; s++) {
      const t0 = performance.now();
      await show(name, s, false);
      await nextFrame();
      finishGpu();
      perStep.push(performance.now() - t0);
    }
    perStep.sort((x, y) => x - y);
    return {
      steps: perStep.length,
      meanMs: perStep.reduce((x, y) => x + y, 0) / Math.max(1, perStep.length),
      p95Ms: perStep[Math.floor(perStep.length * 0.95)] ?? 0,
      maxMs: perStep.at(-1) ?? 0,
    };
  },
  async timeAnimation(name, step) {
    await show(name, step, false);
    await nextFrame();
    await nextFrame();
    const stamps: number[] = [];
    renderCpu = [];
    updateCpu = [];
    let running = true;
    const sampleFrames = async () => {
      while (running) stamps.push(await nextFrame());
    };
    const sampling = sampleFrames();
    const t0 = performance.now();
    await show(name, step + 1, true);
    const totalMs = performance.now() - t0;
    running = false;
    await sampling;
    // only the frames of the animation itself, after the layout settled
    const animStart = t0 + view.timings.modelMs + view.timings.layoutMs;
    const during = stamps.filter((t) => t >= animStart);
    const gaps = during.slice(1).map((t, i) => t - during[i]!).sort((a, b) => a - b);
    const cpu = renderCpu;
    const update = updateCpu;
    renderCpu = null;
    updateCpu = null;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const stats: FrameStats = {
      changes: view.lastChanges,
      frames: gaps.length,
      meanMs: mean(gaps),
      p95Ms: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
      maxMs: gaps.at(-1) ?? 0,
      renderMeanMs: mean(cpu),
      updateMeanMs: mean(update),
      totalMs,
    };
    return stats;
  },
};
