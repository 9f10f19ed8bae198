// The map's DOM twin: one real <button> over each level node, grouped by world. It is what
// keyboards, screen readers and Playwright use (role + aria-label), and what the mouse hits;
// the PixiJS nodes only mirror its hover and focus. Its native scrolling drives the map.
import type { LevelSummary, WorldSummary } from '../../../electron/api';
import { el } from '../../utils/dom';
import type { MapLayout } from '../../utils/mapLayout';
import { neighbourOrder } from '../../utils/mapLayout';

export interface LevelButtonEvents {
  activate(level: LevelSummary): void;
  hover(order: number, hovered: boolean): void;
  focus(order: number, focused: boolean): void;
}

const BUTTON_SIZE = 96;

export function levelLabel(number: number, level: LevelSummary): string {
  const state = level.state === 'completed' ? `completed, ${level.stars} of 3 stars` : level.state;
  return `Level ${number}: ${level.title}, ${state}`;
}

export class LevelButtonLayer {
  readonly scroller = el('div', { class: 'map-scroller' });
  private readonly content = el('div', { class: 'map-content' });
  private buttons: HTMLButtonElement[] = [];

  constructor(private readonly events: LevelButtonEvents) {
    this.scroller.append(this.content);
    this.scroller.addEventListener('keydown', (event) => this.onKey(event));
  }

  get scrollTop(): number {
    return this.scroller.scrollTop;
  }

  build(worlds: readonly WorldSummary[], layout: MapLayout): void {
    this.content.style.height = `${layout.height}px`;
    this.buttons = [];
    const groups = worlds.map((world, worldIndex) => {
      const band = layout.bands[worldIndex]!;
      const group = el('section', {
        class: 'map-world',
        'aria-label': `World ${worldIndex + 1}: ${world.title}, ${world.starsEarned} of ${world.starsPossible} stars`,
      });
      group.style.top = `${band.top}px`;
      group.style.height = `${band.height}px`;
      world.levels.forEach((level, levelIndex) => {
        const place = layout.nodes.find((node) => node.world === worldIndex && node.level === levelIndex)!;
        const button = el('button', { type: 'button', class: `map-level map-level-${level.state}`, 'aria-label': levelLabel(levelIndex + 1, level) });
        button.style.left = `${place.x - BUTTON_SIZE / 2}px`;
        button.style.top = `${place.y - band.top - BUTTON_SIZE / 2}px`;
        button.style.width = button.style.height = `${BUTTON_SIZE}px`;
        button.addEventListener('click', () => this.events.activate(level));
        button.addEventListener('mouseenter', () => this.events.hover(place.order, true));
        button.addEventListener('mouseleave', () => this.events.hover(place.order, false));
        button.addEventListener('focus', () => this.events.focus(place.order, true));
        button.addEventListener('blur', () => this.events.focus(place.order, false));
        this.buttons[place.order] = button;
        group.append(button);
      });
      return group;
    });
    this.content.replaceChildren(...groups);
  }

  /** Scrolls a level into the middle of the view and gives it the keyboard focus. */
  focusLevel(order: number, smooth: boolean): void {
    const button = this.buttons[order];
    if (!button) return;
    button.focus({ preventScroll: true });
    const top = button.offsetTop + (button.offsetParent as HTMLElement | null)!.offsetTop;
    this.scroller.scrollTo({ top: top - this.scroller.clientHeight / 2 + BUTTON_SIZE / 2, behavior: smooth ? 'smooth' : 'instant' });
  }

  private onKey(event: KeyboardEvent): void {
    const current = this.buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = neighbourOrder(current < 0 ? 0 : current, event.key, this.buttons.length);
    if (next === null) return;
    event.preventDefault();
    this.focusLevel(current < 0 ? 0 : next, true);
  }
}
