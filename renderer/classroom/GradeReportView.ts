// The teacher's view of a graded class: results that were NOT counted (and why) first, then the
// table (student × level: right answers and when the level was done), then the questions most
// often missed with the wrong answers most often given: the class's misconceptions.
import type { GradeReport, GradedStudent, QuestionStats, ResultFlag, ResultFlagKind } from '../../electron/api';
import { el, richText } from '../utils/dom';
import { formatDuration } from './ChallengeTimer';

const FLAG_TITLES: Record<ResultFlagKind, string> = {
  unreadable: 'Unreadable',
  malformed: 'Not a result file',
  'other-pack': 'Another pack',
  'duplicate-file': 'Duplicate file',
  'duplicate-player': 'Duplicate player',
  tampered: 'Tampered',
};

const MISSED_SHOWN = 5;

export function gradeReportView(report: GradeReport): HTMLElement {
  return el(
    'div',
    { class: 'grade-report' },
    report.flags.length > 0 && flagList(report.flags),
    scoreTable(report),
    missedQuestions(report.questions, report.students.length),
  );
}

function flagList(flags: readonly ResultFlag[]): HTMLElement {
  return el(
    'section',
    { class: 'grade-flags', role: 'alert', 'aria-label': 'Results not counted' },
    el('h3', { text: `⚠ ${flags.length} result file${flags.length === 1 ? ' was' : 's were'} not counted` }),
    el(
      'ul',
      {},
      ...flags.map((flag) =>
        el('li', { class: `flag flag-${flag.kind}` }, el('span', { class: 'flag-kind', text: FLAG_TITLES[flag.kind] }), el('strong', { text: flag.file }), ` ${flag.profileName ? `(${flag.profileName}) ` : ''}— ${flag.message}`),
      ),
    ),
  );
}

function scoreTable(report: GradeReport): HTMLElement {
  const levels = report.pack.levels;
  const head = el('tr', {}, el('th', { scope: 'col', text: 'Student' }), ...levels.map((level, index) => el('th', { scope: 'col', text: `${index + 1}. ${level.title}` })), el('th', { scope: 'col', text: 'Total' }), el('th', { scope: 'col', text: 'Hints' }), el('th', { scope: 'col', text: 'Time' }));
  const rows = report.students.map((student) => studentRow(student));
  const table = el('table', { class: 'grade-table' }, el('caption', { text: `${report.pack.title}: ${report.students.length} student${report.students.length === 1 ? '' : 's'}` }), el('thead', {}, head), el('tbody', {}, ...rows));
  if (rows.length === 0) table.append(el('tbody', {}, el('tr', {}, el('td', { colspan: levels.length + 4, class: 'muted', text: 'No result counted yet.' }))));
  return el('section', { class: 'grade-table-wrap', 'aria-label': 'Scores' }, table);
}

function studentRow(student: GradedStudent): HTMLElement {
  const cells = student.levels.map((level) => {
    const score = `${level.right}/${level.questions}`;
    const when = level.doneAtMs === null ? 'not answered' : `at ${formatDuration(level.doneAtMs)}`;
    const hinted = level.hints === 0 ? '' : `${level.hints} hint${level.hints === 1 ? '' : 's'}`;
    const tone = level.right === level.questions ? 'full' : level.right === 0 ? 'none' : 'part';
    return el(
      'td',
      { class: `score score-${tone}`, 'aria-label': `${score} right, ${when}${hinted ? `, ${hinted}` : ''}` },
      el('span', { class: 'score-value', text: score }),
      el('span', { class: 'score-time', text: when }),
      hinted !== '' && el('span', { class: 'score-hints', text: hinted }),
    );
  });
  return el(
    'tr',
    {},
    el('th', { scope: 'row', text: student.profileName, title: student.file }),
    ...cells,
    el('td', { class: 'score-total', text: `${student.totalRight}/${student.totalQuestions}` }),
    el('td', { class: 'score-hint-total', text: String(student.totalHints) }),
    el('td', { class: 'score-duration', text: formatDuration(student.durationMs) }),
  );
}

function missedQuestions(questions: readonly QuestionStats[], students: number): HTMLElement {
  const missed = questions.filter((question) => question.missed > 0).slice(0, MISSED_SHOWN);
  const section = el('section', { class: 'missed', 'aria-label': 'Most missed questions' }, el('h3', { text: 'Most missed questions' }));
  if (missed.length === 0) {
    section.append(el('p', { class: 'muted', text: students === 0 ? 'Nothing graded yet.' : 'Every question was answered right by everyone.' }));
    return section;
  }
  section.append(el('ol', {}, ...missed.map((question) => missedItem(question, students))));
  return section;
}

function missedItem(question: QuestionStats, students: number): HTMLElement {
  const wrong = question.wrongAnswers.slice(0, 3).map((wrongAnswer) => el('li', {}, el('code', { text: wrongAnswer.answer }), ` × ${wrongAnswer.count}`));
  return el(
    'li',
    { class: 'missed-question' },
    el('p', { class: 'missed-title' }, el('strong', { text: `${question.levelTitle} · Question ${question.question + 1}` }), ` (${question.kind}): `, richText(question.prompt)),
    el('p', { class: 'missed-count', text: `Missed by ${question.missed} of ${students}${question.unanswered > 0 ? ` (${question.unanswered} unanswered)` : ''}. The engine’s answer: ` }, el('code', { text: question.correctAnswer })),
    wrong.length > 0 && el('div', { class: 'wrong-answers' }, el('span', { class: 'muted', text: 'Wrong answers given: ' }), el('ul', {}, ...wrong)),
  );
}
