// The teacher view: result files (dialog or drag-and-drop, any number) graded by the engine
// against a pack (one this app stored, or a pack file), shown as a table with the class's
// misconceptions and every file that was not counted; the same report exports as CSV.
import { Container } from 'pixi.js';
import type { FileSource, GradeReport, PackSource } from '../../electron/api';
import { acceptDrops } from '../classroom/FileDrop';
import { openFiles, saveFile, sourceName } from '../classroom/fileDialogs';
import { gradeReportView } from '../classroom/GradeReportView';
import { ScreenBackdrop } from '../classroom/ScreenBackdrop';
import '../classroom/classroom.css';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow } from '../navigation/GameFlow';
import { callApi, messageOf } from '../utils/api';
import { el } from '../utils/dom';

/** What to do as soon as the screen shows (the app menu's "Open results…"). */
export type TeacherAction = 'none' | 'open-results';

const FILE_PACK = '__file__';

export class TeacherScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen teacher-screen' });
  private readonly backdrop = new ScreenBackdrop();
  private readonly packSelect = el('select', { id: 'grade-pack' });
  private readonly resultList = el('ul', { class: 'result-files', 'aria-label': 'Result files' });
  private readonly reportSlot = el('div', { class: 'report-slot' });
  private readonly status = el('p', { class: 'teacher-status', role: 'status' });
  private readonly csvButton = el('button', { type: 'button', class: 'primary', text: 'Export CSV…' });
  private packFile: FileSource | null = null;
  private results: FileSource[] = [];
  private report: GradeReport | null = null;

  constructor(
    private readonly flow: GameFlow,
    private readonly action: TeacherAction = 'none',
  ) {
    this.view.addChild(this.backdrop);
    const back = el('button', { type: 'button', class: 'secondary back', text: '← Classroom' });
    back.addEventListener('click', () => this.flow.openClassroom());
    const openPack = el('button', { type: 'button', class: 'secondary', text: 'Open pack file…' });
    openPack.addEventListener('click', () => void this.choosePackFile());
    const openResults = el('button', { type: 'button', class: 'primary', text: 'Open result files…' });
    openResults.addEventListener('click', () => void this.chooseResults());
    const clear = el('button', { type: 'button', class: 'secondary', text: 'Clear results' });
    clear.addEventListener('click', () => {
      this.results = [];
      void this.regrade();
    });
    this.csvButton.addEventListener('click', () => void this.exportCsv());
    this.packSelect.addEventListener('change', () => void this.regrade());
    const sources = el('section', { class: 'panel teacher-sources drop-zone', 'aria-label': 'Files to grade' },
      el('h2', { text: 'Files' }),
      el('label', { for: 'grade-pack', text: 'Pack' }),
      this.packSelect,
      el('div', { class: 'row' }, openPack),
      el('h3', { text: 'Result files' }),
      el('p', { class: 'muted', text: 'Open or drop any number of .rqresult files (and the .rqpack, if this app does not have it).' }),
      this.resultList,
      el('div', { class: 'row wrap' }, openResults, clear),
      this.status,
    );
    acceptDrops(sources, { extensions: ['.rqresult', '.rqpack'], onFiles: (files) => void this.addDropped(files) });
    this.dom.append(
      el('header', { class: 'level-header' }, back, el('h1', { text: 'Grade results' }), this.csvButton),
      el('div', { class: 'teacher-columns' }, sources, el('section', { class: 'panel teacher-report', 'aria-label': 'Grades' }, this.reportSlot)),
    );
  }

  async prepare(): Promise<void> {
    const list = await callApi('classroom:packs', {});
    this.packSelect.replaceChildren(...list.packs.map((pack) => el('option', { value: pack.id, text: pack.title })));
    this.renderSources();
  }

  async show(): Promise<void> {
    if (this.action === 'open-results') await this.chooseResults();
  }

  async hide(): Promise<void> {}

  update(): void {}

  resize(width: number, height: number): void {
    this.backdrop.draw(width, height);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }

  private packSource(): PackSource | null {
    if (this.packSelect.value === FILE_PACK) return this.packFile;
    return this.packSelect.value ? { kind: 'stored', packId: this.packSelect.value } : null;
  }

  private setPackFile(file: FileSource): void {
    this.packFile = file;
    this.packSelect.querySelector(`option[value="${FILE_PACK}"]`)?.remove();
    this.packSelect.append(el('option', { value: FILE_PACK, text: `File: ${sourceName(file)}` }));
    this.packSelect.value = FILE_PACK;
  }

  private async choosePackFile(): Promise<void> {
    const [file] = await openFiles('pack').catch(() => []);
    if (!file) return;
    this.setPackFile(file);
    await this.regrade();
  }

  private async chooseResults(): Promise<void> {
    try {
      this.results.push(...(await openFiles('results')));
    } catch (error) {
      this.status.textContent = `The files could not be opened: ${messageOf(error)}`;
    }
    await this.regrade();
  }

  private async addDropped(files: readonly FileSource[]): Promise<void> {
    for (const file of files) {
      if (sourceName(file).toLowerCase().endsWith('.rqpack')) this.setPackFile(file);
      else this.results.push(file);
    }
    await this.regrade();
  }

  private renderSources(): void {
    this.resultList.replaceChildren(...this.results.map((file) => el('li', { text: sourceName(file) })));
    if (this.results.length === 0) this.resultList.append(el('li', { class: 'muted', text: 'No result file yet.' }));
    this.csvButton.disabled = this.report === null;
  }

  private async regrade(): Promise<void> {
    this.report = null;
    const pack = this.packSource();
    if (!pack || this.results.length === 0) {
      this.reportSlot.replaceChildren(el('p', { class: 'muted', text: pack ? 'Open the students’ result files to grade them.' : 'Choose the pack the students played: import it in the classroom, or open its file.' }));
      this.renderSources();
      return;
    }
    this.status.textContent = 'Grading…';
    try {
      this.report = await callApi('classroom:grade', { pack, results: this.results });
      this.reportSlot.replaceChildren(gradeReportView(this.report));
      this.status.textContent = `Graded ${this.report.students.length} of ${this.results.length} file${this.results.length === 1 ? '' : 's'} with the engine.`;
    } catch (error) {
      this.reportSlot.replaceChildren(el('p', { class: 'form-error', role: 'alert', text: messageOf(error) }));
      this.status.textContent = '';
    }
    this.renderSources();
  }

  private async exportCsv(): Promise<void> {
    const pack = this.packSource();
    if (!pack || !this.report) return;
    try {
      const target = await saveFile('csv', `${this.report.pack.title} results.csv`);
      if (target === null) return;
      const saved = await callApi('classroom:export-csv', { pack, results: this.results, path: target });
      this.status.textContent = `Saved ${saved.path}`;
    } catch (error) {
      this.status.textContent = `The CSV was not saved: ${messageOf(error)}`;
    }
  }
}
