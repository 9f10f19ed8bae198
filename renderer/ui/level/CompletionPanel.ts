// "Level complete": the stars earned, what the win unlocked, and where to go next.
import type { LevelCompletion } from '../../../electron/api';
import { el } from '../../utils/dom';

export interface CompletionActions {
  next(): void;
  map(): void;
}

export class CompletionPanel {
  readonly element: HTMLElement;

  constructor(completion: LevelCompletion, nextTitle: string | null, actions: CompletionActions) {
    const stars = el('div', { class: 'big-stars', role: 'img', 'aria-label': `${completion.stars} of 3 stars` });
    for (let i = 0; i < 3; i++) {
      const star = el('span', { class: i < completion.stars ? 'big-star earned' : 'big-star', 'aria-hidden': 'true', text: '★' });
      star.style.animationDelay = `${0.25 + i * 0.25}s`;
      stars.append(star);
    }
    const next = el('button', { type: 'button', class: 'primary', text: nextTitle ? `Next level: ${nextTitle}` : 'Next level' });
    next.hidden = nextTitle === null;
    const map = el('button', { type: 'button', class: 'secondary', text: 'Back to map' });
    next.addEventListener('click', () => actions.next());
    map.addEventListener('click', () => actions.map());
    const best = completion.bestStars > completion.stars ? el('p', { text: `Your best on this level stays ${completion.bestStars} stars.` }) : null;
    const unlocked = completion.unlockedLevelId && nextTitle ? el('p', { class: 'unlocked-note', text: `New level unlocked: ${nextTitle}` }) : null;
    const rating = ['Solved, with help. Try again for more stars!', 'Solved!', 'Well done!', 'Perfect: no mistakes, no hints!'][completion.stars];
    this.element = el(
      'div',
      { class: 'completion', role: 'dialog', 'aria-label': 'Level complete' },
      el('h2', { text: 'Level complete!' }),
      stars,
      el('p', { class: 'rating', text: rating }),
      best,
      unlocked,
      el('div', { class: 'popup-actions' }, map, next),
    );
  }
}
