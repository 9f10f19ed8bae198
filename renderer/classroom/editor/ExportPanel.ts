// "Hand it out": the pack's title, time limit and rules, which campaign levels and which edited
// levels it holds, and the Save dialog for the .rqpack. Main checks the pack exactly as a
// student's import will, so a refusal here is what students would have met.
import type { LevelList, PackLevels } from '../../../electron/api';
import { callApi, messageOf } from '../../utils/api';
import { el } from '../../utils/dom';
import { saveFile } from '../fileDialogs';
import type { LevelDefinition } from './levelDraft';

export class ExportPanel {
  readonly element: HTMLElement;
  private readonly title = el('input', { id: 'pack-title', type: 'text', maxlength: 120, value: 'Class challenge' });
  private readonly minutes = el('input', { id: 'pack-minutes', type: 'number', min: 1, max: 600, placeholder: 'none' });
  private readonly hints = el('input', { id: 'pack-hints', type: 'checkbox' });
  private readonly oneAttempt = el('input', { id: 'pack-one-attempt', type: 'checkbox', checked: true });
  private readonly includeEdited = el('input', { id: 'pack-edited', type: 'checkbox', checked: true });
  private readonly editedLabel = el('label', { for: 'pack-edited' });
  private readonly campaign = el('div', { class: 'campaign-picker' });
  private readonly status = el('div', { class: 'export-status', role: 'status' });
  private readonly exportButton = el('button', { type: 'button', class: 'primary', text: 'Export pack…' });

  constructor(private readonly editedLevels: () => LevelDefinition[]) {
    this.exportButton.addEventListener('click', () => void this.export());
    this.element = el(
      'section',
      { class: 'export-panel', 'aria-label': 'Export a pack' },
      el('h2', { text: 'Hand it out' }),
      el('div', { class: 'row' }, el('label', { for: 'pack-title', text: 'Pack title' }), this.title),
      el('div', { class: 'row' }, el('label', { for: 'pack-minutes', text: 'Time limit (minutes)' }), this.minutes),
      el('div', { class: 'row' }, this.hints, el('label', { for: 'pack-hints', text: 'Allow hints' })),
      el('div', { class: 'row' }, this.oneAttempt, el('label', { for: 'pack-one-attempt', text: 'One answer per question (no verdicts until graded)' })),
      el('div', { class: 'row' }, this.includeEdited, this.editedLabel),
      el('details', {}, el('summary', { text: 'Add campaign levels' }), this.campaign),
      el('div', { class: 'row' }, this.exportButton),
      this.status,
    );
    this.refresh();
  }

  async loadCampaign(): Promise<void> {
    const list: LevelList = await callApi('levels:list', {});
    this.campaign.replaceChildren(
      ...list.worlds.map((world) =>
        el('fieldset', {}, el('legend', { text: world.title }), ...world.levels.map((level) => el('label', { class: 'campaign-level' }, el('input', { type: 'checkbox', value: level.id }), ` ${level.title}`))),
      ),
    );
  }

  /** Redraws what depends on the edited levels (their count). */
  refresh(): void {
    const count = this.editedLevels().length;
    this.editedLabel.textContent = `Include the edited level${count === 1 ? '' : 's'} (${count})`;
  }

  private chosenLevels(): PackLevels | string {
    const levelIds = [...this.campaign.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const levels = this.includeEdited.checked ? this.editedLevels() : [];
    if (levelIds.length > 0 && levels.length > 0) return { kind: 'mixed', levelIds, levels };
    if (levelIds.length > 0) return { kind: 'campaign', levelIds };
    if (levels.length > 0) return { kind: 'edited', levels };
    return 'Choose at least one level: include the edited levels, or tick campaign levels.';
  }

  private async export(): Promise<void> {
    const levels = this.chosenLevels();
    if (typeof levels === 'string') return this.show('error', [levels]);
    const title = this.title.value.trim();
    if (!title) return this.show('error', ['Give the pack a title.']);
    const minutes = this.minutes.value.trim() === '' ? undefined : Number(this.minutes.value);
    if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 600)) return this.show('error', ['The time limit is a whole number of minutes, 1 to 600.']);
    this.exportButton.disabled = true;
    try {
      const target = await saveFile('pack', title);
      if (target === null) return;
      const outcome = await callApi('classroom:export-pack', {
        levels,
        title,
        rules: { hints: this.hints.checked, attemptsPerQuestion: this.oneAttempt.checked ? 1 : 3 },
        path: target,
        ...(minutes === undefined ? {} : { timeLimitMinutes: minutes }),
      });
      if (outcome.status === 'refused') this.show('error', ['The pack was not exported:', ...outcome.problems]);
      else this.show('ok', [`Exported “${outcome.pack.title}” (${outcome.pack.levels.length} levels) to ${outcome.path}`]);
    } catch (error) {
      this.show('error', [`The pack was not exported: ${messageOf(error)}`]);
    } finally {
      this.exportButton.disabled = false;
    }
  }

  private show(kind: 'ok' | 'error', lines: readonly string[]): void {
    this.status.className = `export-status import-${kind}`;
    this.status.replaceChildren(...lines.map((line) => el('p', { text: line })));
  }
}
