// The classroom: the challenge packs this app has imported (start one, or remove it), importing
// a pack by dialog or drag-and-drop, and the teacher's tools (the level editor, grading results).
import { Container } from 'pixi.js';
import type { ChallengeView, FileSource, PackImportResult, PackList, PackSummary } from '../../electron/api';
import { acceptDrops } from '../classroom/FileDrop';
import { ImportProgress } from '../classroom/ImportProgress';
import { openFiles, sourceName } from '../classroom/fileDialogs';
import { ScreenBackdrop } from '../classroom/ScreenBackdrop';
import '../classroom/classroom.css';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow } from '../navigation/GameFlow';
import { callApi, messageOf } from '../utils/api';
import { el } from '../utils/dom';

/** What to do as soon as the screen shows (the app menu's "Import pack…"). */
export type ClassroomAction = 'none' | 'import-pack';

export class ClassroomScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen classroom-screen' });
  private readonly backdrop = new ScreenBackdrop();
  private readonly packList = el('ul', { class: 'pack-list', 'aria-label': 'Imported packs' });
  private readonly importStatus = el('div', { class: 'import-status', role: 'status' });
  private readonly progress = new ImportProgress();
  private readonly resume = el('div', { class: 'resume' });

  constructor(
    private readonly flow: GameFlow,
    private readonly action: ClassroomAction = 'none',
  ) {
    this.view.addChild(this.backdrop);
    const back = el('button', { type: 'button', class: 'secondary back', text: '← Map' });
    back.addEventListener('click', () => this.flow.openMap());
    const importButton = el('button', { type: 'button', class: 'primary', text: 'Import pack…' });
    importButton.addEventListener('click', () => void this.importByDialog());
    const editor = el('button', { type: 'button', class: 'tool-button', text: '✎ Level editor' });
    editor.addEventListener('click', () => this.flow.openEditor());
    const teacher = el('button', { type: 'button', class: 'tool-button', text: '☑ Grade results' });
    teacher.addEventListener('click', () => this.flow.openTeacher());
    const drop = el('section', { class: 'panel classroom-panel drop-zone', 'aria-label': 'Challenges' },
      el('h2', { text: 'Play a challenge' }),
      el('p', { class: 'muted', text: 'Your teacher hands out a challenge as a .rqpack file. Import it here, or drop the file on this panel.' }),
      this.resume,
      this.packList,
      el('div', { class: 'row' }, importButton),
      this.progress.dom,
      this.importStatus,
    );
    acceptDrops(drop, {
      extensions: ['.rqpack'],
      onFiles: (files, skipped) => void this.importAll(files, skipped),
    });
    this.dom.append(
      el('header', { class: 'level-header' }, back, el('h1', { text: 'Classroom' })),
      el('div', { class: 'classroom-columns' },
        drop,
        el('section', { class: 'panel classroom-panel', 'aria-label': 'Teacher tools' },
          el('h2', { text: 'Teacher tools' }),
          el('p', { class: 'muted', text: 'Write levels with the engine checking every line, hand them out as a pack, then grade the result files your students send back.' }),
          el('div', { class: 'tool-row' }, editor, teacher),
        ),
      ),
    );
  }

  async prepare(): Promise<void> {
    await this.load();
  }

  async show(): Promise<void> {
    if (this.action === 'import-pack') await this.importByDialog();
  }

  async hide(): Promise<void> {}

  update(): void {}

  resize(width: number, height: number): void {
    this.backdrop.draw(width, height);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }

  private async load(): Promise<void> {
    const [list, current] = await Promise.all([callApi('classroom:packs', {}), callApi('classroom:current', {}).catch(() => null)]);
    this.renderPacks(list);
    this.renderResume(current);
  }

  private renderResume(current: ChallengeView | null): void {
    this.resume.replaceChildren();
    if (!current || current.finishedAt !== null) return;
    const button = el('button', { type: 'button', class: 'primary', text: `Continue “${current.title}”` });
    button.addEventListener('click', () => this.flow.openChallenge(current.packId));
    this.resume.append(el('p', { text: `${current.profileName}, a challenge is in play: ${current.answeredQuestions} of ${current.totalQuestions} answered.` }), button);
  }

  private renderPacks(list: PackList): void {
    this.packList.replaceChildren(...list.packs.map((pack) => this.packItem(pack)));
    if (list.packs.length === 0) this.packList.append(el('li', { class: 'empty muted', text: 'No challenge imported yet.' }));
    for (const problem of list.problems) this.packList.append(el('li', { class: 'form-error', text: problem }));
  }

  private packItem(pack: PackSummary): HTMLElement {
    const start = el('button', { type: 'button', class: 'primary', text: 'Start', 'aria-label': `Start “${pack.title}”` });
    start.addEventListener('click', () => this.flow.openChallenge(pack.id));
    const remove = el('button', { type: 'button', class: 'secondary', text: 'Remove', 'aria-label': `Remove “${pack.title}”` });
    remove.addEventListener('click', () => void this.remove(pack.id));
    const questions = pack.levels.reduce((sum, level) => sum + level.questionCount, 0);
    const facts = [
      `${pack.levels.length} level${pack.levels.length === 1 ? '' : 's'}, ${questions} question${questions === 1 ? '' : 's'}`,
      pack.timeLimitMinutes === null ? 'no time limit' : `${pack.timeLimitMinutes} min`,
      pack.rules.attemptsPerQuestion === 1 ? 'one answer each' : 'three tries',
      pack.rules.hints ? 'hints' : 'no hints',
    ];
    return el('li', { class: 'pack-item' }, el('div', { class: 'pack-facts' }, el('strong', { text: pack.title }), el('span', { class: 'muted', text: facts.join(' · ') })), start, remove);
  }

  private async importByDialog(): Promise<void> {
    try {
      await this.importAll(await openFiles('pack'), []);
    } catch (error) {
      this.showImport('error', [`The pack could not be opened: ${messageOf(error)}`]);
    }
  }

  private async importAll(files: readonly FileSource[], skipped: readonly string[]): Promise<void> {
    const lines: string[] = skipped.map((name) => `${name}: not a .rqpack file`);
    let refused = skipped.length > 0;
    for (const file of files) {
      let result: PackImportResult;
      try {
        result = await this.progress.during(sourceName(file), callApi('classroom:import-pack', { file }));
      } catch (error) {
        refused = true;
        lines.push(`${sourceName(file)}: ${messageOf(error)}`);
        continue;
      }
      if (result.status === 'refused') {
        refused = true;
        lines.push(`${sourceName(file)} was refused:`, ...result.problems.map((problem) => `• ${problem}`));
      } else {
        lines.push(`${result.status === 'imported' ? 'Imported' : 'Already imported'}: “${result.pack.title}”`);
      }
    }
    if (lines.length > 0) this.showImport(refused ? 'error' : 'ok', lines);
    this.renderPacks(await callApi('classroom:packs', {}));
  }

  private showImport(kind: 'ok' | 'error', lines: readonly string[]): void {
    this.importStatus.className = `import-status import-${kind}`;
    this.importStatus.replaceChildren(...lines.map((line) => el('p', { text: line })));
  }

  private async remove(packId: string): Promise<void> {
    try {
      this.renderPacks(await callApi('classroom:remove-pack', { packId }));
      this.renderResume(await callApi('classroom:current', {}).catch(() => null));
    } catch (error) {
      this.showImport('error', [messageOf(error)]);
    }
  }
}
