// Dev page for the heap diagram: steps through sample traces (samples.json, written next to the
// built page by bench/renderer/build-dev.ts) and exposes `window.heapDev` so the screenshot and
// benchmark scripts can drive it.
import 'pixi.js/unsafe-eval';
import { Application, UPDATE_PRIORITY, type WebGLRenderer } from 'pixi.js';
import type { Snapshot } from '../../electron/engine/trace/model';
import type { FrameStats, HeapDev } from './dev-api';
import { HeapView } from './HeapView';

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
let updateStart = 0;

async function start(): Promise<void> {
  await app.init({ width: WIDTH, height: HEIGHT, background: 0x0e1024, antialias: true, resolution: 1, preference: 'webgl' });
  $('stage').appendChild(app.canvas);
  // the ticker calls renderer.render (bound at init): time it there, and the diagram's update
  // (HeapView's tween, NORMAL priority) between a HIGH and a just-above-LOW listener
  const renderer = app.renderer;
  const render = renderer.render.bind(renderer);
  renderer.render = ((...args: Parameters<typeof render>) => {
    const t0 = performance.now();
    render(...args);
    renderCpu?.push(performance.now() - t0);
  }) as typeof renderer.render;
  app.ticker.add(() => (updateStart = performance.now()), undefined, UPDATE_PRIORITY.HIGH);
  app.ticker.add(() => updateCpu?.push(performance.now() - updateStart), undefined, UPDATE_PRIORITY.LOW + 1);
  view = new HeapView({ width: WIDTH, height: HEIGHT, ticker: app.ticker });
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
    view = new HeapView({ width: WIDTH, height: HEIGHT, ticker: app.ticker });
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
    view = new HeapView({ width: WIDTH, height: HEIGHT, ticker: app.ticker });
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
  async idleFrameMs(frames) {
    const first = await nextFrame();
    let last = first;
    for (let i = 0; i < frames; i++) last = await nextFrame();
    return (last - first) / frames;
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
