// What every screen implements; Navigation drives it (as in pixijs/open-games).
import type { Container } from 'pixi.js';

export interface AppScreen {
  /** the PixiJS part, added to the stage while the screen is shown */
  readonly view: Container;
  /** the DOM part (panels, buttons, the accessible layer), added to the screen layer */
  readonly dom: HTMLElement;
  /** loads what the screen needs before it appears */
  prepare(): Promise<void>;
  show(): Promise<void>;
  hide(): Promise<void>;
  update(deltaMs: number): void;
  resize(width: number, height: number): void;
  /** releases what prepare made; the screen is not shown again */
  destroy(): void;
}
