// The banner for what the player must be told: save files recovered or refused, level files
// that did not load. Every notice stays until dismissed: nothing is reported silently.
import type { LevelProblem, StoreNotice } from '../../electron/api';
import { el } from '../utils/dom';

export class NoticesBanner {
  private readonly shown = new Set<string>();

  constructor(private readonly root: HTMLElement) {}

  show(notice: StoreNotice): void {
    this.add(notice.severity, notice.message, []);
  }

  showLevelProblems(problems: readonly LevelProblem[]): void {
    if (problems.length === 0) return;
    const files = new Set(problems.map((problem) => problem.path)).size;
    const title = files === 1 ? 'A level file could not be loaded; the other levels are ready:' : `${files} level files could not be loaded; the other levels are ready:`;
    this.add('warning', title, problems.map((problem) => problem.text));
  }

  private add(severity: StoreNotice['severity'], message: string, details: readonly string[]): void {
    const key = `${severity}|${message}|${details.join('|')}`;
    if (this.shown.has(key)) return;
    this.shown.add(key);
    const dismiss = el('button', { class: 'notice-dismiss', type: 'button', 'aria-label': 'Dismiss notice', text: '×' });
    const notice = el(
      'div',
      { class: `notice notice-${severity}`, role: severity === 'info' ? 'status' : 'alert' },
      el('span', { class: 'notice-icon', 'aria-hidden': 'true', text: severity === 'info' ? 'ℹ' : '⚠' }),
      el('div', { class: 'notice-body' }, el('p', { text: message }), details.length > 0 && el('ul', {}, ...details.map((text) => el('li', { text })))),
      dismiss,
    );
    dismiss.addEventListener('click', () => notice.remove());
    this.root.append(notice);
  }
}
