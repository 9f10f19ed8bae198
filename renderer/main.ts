// The renderer's entry: PixiJS (with its eval-free code paths, as the CSP forbids eval), then the game.
import 'pixi.js/unsafe-eval';
import './styles.css';
import { Application } from 'pixi.js';
import { Game } from './Game';
import { messageOf } from './utils/api';
import { renderWhenChanged } from './utils/renderWhenChanged';
import { PALETTE } from './utils/palette';

function layer(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

async function boot(): Promise<void> {
  const app = new Application();
  await app.init({ resizeTo: window, background: PALETTE.night, antialias: true, autoDensity: true, resolution: window.devicePixelRatio || 1 });
  renderWhenChanged(app);
  layer('stage').append(app.canvas);
  const game = new Game(app, { screens: layer('screen-layer'), notices: layer('notices'), popups: layer('popup-layer') });
  await game.start();
}

boot().catch((error: unknown) => {
  const notices = document.getElementById('notices');
  if (notices) notices.textContent = `RefQuest could not start: ${messageOf(error)}`;
  console.error(error);
});
