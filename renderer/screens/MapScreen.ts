// The level map: worlds as coloured bands along a winding path, levels as nodes. PixiJS draws
// it; LevelButtonLayer's buttons sit over the nodes for mouse, keyboard and screen readers.
import { Container } from 'pixi.js';
import type { LevelList, LevelSummary } from '../../electron/api';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow, MapVisit } from '../navigation/GameFlow';
import { LevelButtonLayer } from '../ui/map/LevelButtonLayer';
import { LevelNode } from '../ui/map/LevelNode';
import { MapBackdrop } from '../ui/map/MapBackdrop';
import { WorldBanner } from '../ui/map/WorldBanner';
import { ApiCallError } from '../utils/ApiCallError';
import { callApi, messageOf } from '../utils/api';
import { el } from '../utils/dom';
import { layoutMap } from '../utils/mapLayout';
import type { MapLayout } from '../utils/mapLayout';
import { worldTheme } from '../utils/palette';

const HEADER_HEIGHT = 64;
const TOAST_MS = 6000;

export class MapScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen map-screen' });
  private readonly content = new Container();
  private readonly backdrop = new MapBackdrop();
  private readonly buttons: LevelButtonLayer;
  private readonly playerButton = el('button', { type: 'button', class: 'player-button' });
  private readonly totalStars = el('span', { class: 'total-stars' });
  private readonly toast = el('p', { class: 'map-toast', role: 'alert' });
  private nodes: LevelNode[] = [];
  private banners: WorldBanner[] = [];
  private list: LevelList = { worlds: [], problems: [] };
  private layout: MapLayout | null = null;
  private toastTimer = 0;
  private width = 0;

  constructor(
    private readonly flow: GameFlow,
    private readonly visit: MapVisit = {},
  ) {
    this.buttons = new LevelButtonLayer({
      activate: (level) => void this.activate(level),
      hover: (order, hovered) => this.nodes[order]?.setHovered(hovered),
      focus: (order, focused) => this.nodes[order]?.setFocused(focused),
    });
    this.playerButton.addEventListener('click', () => void this.flow.choosePlayer().then(() => this.reload()));
    const classroom = el('button', { type: 'button', class: 'classroom-button', text: 'Classroom', 'aria-label': 'Classroom: challenges and teacher tools' });
    classroom.addEventListener('click', () => this.flow.openClassroom());
    this.view.addChild(this.content);
    this.content.addChild(this.backdrop);
    this.dom.append(
      el('header', { class: 'map-header' }, el('h1', { class: 'logo', text: 'RefQuest' }), this.totalStars, classroom, this.playerButton),
      this.buttons.scroller,
      this.toast,
    );
  }

  async prepare(): Promise<void> {
    await this.load();
  }

  async show(): Promise<void> {
    const target = this.visit.unlockedLevelId ?? this.visit.focusLevelId;
    const order = target ? this.orderOf(target) : this.firstPlayableOrder();
    if (order === null) return;
    if (this.visit.unlockedLevelId) this.nodes[order]?.playUnlock();
    this.buttons.focusLevel(order, false);
  }

  async hide(): Promise<void> {}

  update(deltaMs: number): void {
    this.content.y = HEADER_HEIGHT - this.buttons.scrollTop;
    for (const node of this.nodes) node.update(deltaMs);
  }

  resize(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.draw();
  }

  destroy(): void {
    window.clearTimeout(this.toastTimer);
    this.view.destroy({ children: true });
  }

  private async load(): Promise<void> {
    const [list, profiles] = await Promise.all([callApi('levels:list', {}), callApi('profiles:list', {})]);
    this.list = list;
    this.flow.reportLevelProblems(list.problems);
    const active = profiles.profiles.find((profile) => profile.id === profiles.activeProfileId);
    this.playerButton.textContent = active ? `Player: ${active.name}` : 'Choose a player';
    this.playerButton.setAttribute('aria-label', active ? `Switch player (now ${active.name})` : 'Choose a player');
    const earned = list.worlds.reduce((sum, world) => sum + world.starsEarned, 0);
    const possible = list.worlds.reduce((sum, world) => sum + world.starsPossible, 0);
    this.totalStars.textContent = `★ ${earned} / ${possible}`;
    this.totalStars.setAttribute('aria-label', `${earned} of ${possible} stars`);
    this.buildScene();
  }

  private async reload(): Promise<void> {
    await this.load();
    this.width = 0;
    this.resize(window.innerWidth);
  }

  private buildScene(): void {
    for (const child of [...this.nodes, ...this.banners]) child.destroy({ children: true });
    this.banners = this.list.worlds.map((world, index) => new WorldBanner(index + 1, world.title, worldTheme(index).accent));
    this.list.worlds.forEach((world, index) => this.banners[index]!.setStars(world.starsEarned, world.starsPossible));
    this.nodes = this.list.worlds.flatMap((world) =>
      world.levels.map((level, index) => {
        const node = new LevelNode(index + 1, level.title);
        // a just-unlocked level starts locked-looking; its unlock animation opens it
        node.setState(level.state, level.stars);
        return node;
      }),
    );
    this.content.addChild(...this.banners, ...this.nodes);
  }

  private draw(): void {
    this.layout = layoutMap(this.list.worlds.map((world) => world.levels.length), this.width);
    this.backdrop.draw(this.layout);
    this.layout.bands.forEach((band, index) => this.banners[index]?.position.set(this.width / 2, band.bannerY));
    for (const place of this.layout.nodes) this.nodes[place.order]?.place(place.x, place.y);
    this.buttons.build(this.list.worlds, this.layout);
  }

  private async activate(level: LevelSummary): Promise<void> {
    if (level.state !== 'locked') {
      this.flow.openLevel(level.id);
      return;
    }
    // Ask main anyway: it decides what is locked, and its refusal says why.
    try {
      await callApi('levels:open', { levelId: level.id });
      this.flow.openLevel(level.id);
    } catch (error) {
      const order = this.orderOf(level.id);
      if (order !== null) this.nodes[order]?.shake();
      const reason = error instanceof ApiCallError && error.code === 'locked' ? `Locked: ${messageOf(error)}` : `Cannot open this level: ${messageOf(error)}`;
      this.showToast(reason);
    }
  }

  private showToast(message: string): void {
    this.toast.textContent = message;
    this.toast.classList.add('visible');
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => this.toast.classList.remove('visible'), TOAST_MS);
  }

  private orderOf(levelId: string): number | null {
    const index = this.list.worlds.flatMap((world) => world.levels).findIndex((level) => level.id === levelId);
    return index < 0 ? null : index;
  }

  private firstPlayableOrder(): number | null {
    const levels = this.list.worlds.flatMap((world) => world.levels);
    const open = levels.findIndex((level) => level.state === 'open');
    return open >= 0 ? open : levels.length > 0 ? 0 : null;
  }
}
