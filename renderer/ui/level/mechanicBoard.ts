// A puzzle question's board (draw the heap, make this heap, spot the leak) covers the heap
// diagram while it is the question being answered; the campaign, a challenge and a test run
// all show it the same way.
import { el } from '../../utils/dom';

export function showMechanicBoard(heapPanel: HTMLElement | null, board: HTMLElement | null): void {
  heapPanel?.querySelector(':scope > .mechanic-board')?.remove();
  if (board && heapPanel) heapPanel.append(el('div', { class: 'mechanic-board' }, board));
}
