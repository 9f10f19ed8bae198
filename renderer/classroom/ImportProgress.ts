// While a pack is checked (in main's engine process, level by level), a bar saying which level
// of how many, and a Cancel. Main answers the polls at once: the check never runs on main.
import { callApi } from '../utils/api';
import { el } from '../utils/dom';

const POLL_MS = 250;

export class ImportProgress {
  readonly dom = el('div', { class: 'import-progress', role: 'progressbar', 'aria-label': 'Checking the pack', hidden: true });
  private readonly label = el('span', { class: 'import-progress-label' });
  private readonly bar = el('progress', { max: 1, value: 0 });
  private readonly cancel = el('button', { type: 'button', class: 'secondary', text: 'Cancel' });
  private timer: number | null = null;

  constructor() {
    this.cancel.addEventListener('click', () => void callApi('classroom:cancel-import', {}));
    this.dom.append(this.label, this.bar, this.cancel);
  }

  /** Shows the bar for `file` until `work` settles, polling main for the level being checked. */
  async during<T>(file: string, work: Promise<T>): Promise<T> {
    this.label.textContent = `Checking ${file}…`;
    this.bar.removeAttribute('value');
    this.dom.hidden = false;
    this.timer = window.setInterval(() => void this.poll(file), POLL_MS);
    try {
      return await work;
    } finally {
      if (this.timer !== null) window.clearInterval(this.timer);
      this.timer = null;
      this.dom.hidden = true;
    }
  }

  private async poll(file: string): Promise<void> {
    const progress = await callApi('classroom:import-progress', {}).catch(() => null);
    if (!progress?.checking || progress.levels === 0 || this.timer === null) return;
    this.label.textContent = `Checking ${file}: level ${progress.level + 1} of ${progress.levels} (“${progress.title}”)`;
    this.bar.max = progress.levels;
    this.bar.value = progress.level;
    this.dom.setAttribute('aria-valuenow', String(progress.level));
    this.dom.setAttribute('aria-valuemax', String(progress.levels));
  }
}
