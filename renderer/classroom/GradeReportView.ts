// The teacher's view of a graded class: the flagged files (and why) first, then the table
// (student × level: right answers and when the level was done; a flagged row says so), then the
// questions most often missed with the wrong answers most often given: the class's
// misconceptions, over the unflagged results.
import type { GradeReport, GradedStudent, QuestionStats, ResultFlag, ResultFlagKind } from '../../electron/api';
import { el, richText } from '../utils/dom';
import { formatDuration } from './ChallengeTimer';

const FLAG_TITLES: Record<ResultFlagKind, string> = {
  unreadable: 'Unreadable',
  malformed: 'Not a result file',
  'other-pack': 'Another pack',
  'duplicate-file': 'Duplicate file',
  'duplicate-player': 'Same player twice',
  tampered: 'Breaks the pack’s rules',
  'no-integrity': 'No integrity record',
  'broken-chain': 'Edited after it was written',
  'impossible-time': 'Impossible times',
  'same-history': 'Same answers as another file',
  'look-alike-name': 'Look-alike name',
};

/** Flags that keep a file off the table altogether. */
const UNGRADED = new Set<ResultFlagKind>(['unreadable', 'malformed', 'other-pack', 'duplicate-file']);

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
  const files = new Set(flags.map((flag) => flag.file));
  const ungraded = new Set(flags.filter((flag) => UNGRADED.has(flag.kind)).map((flag) => flag.file));
  const shownFlagged = [...files].filter((file) => !ungraded.has(file)).length;
  const parts = [
    shownFlagged > 0 && `${shownFlagged} shown in the table but flagged (left out of the question statistics)`,
    ungraded.size > 0 && `${ungraded.size} not graded`,
  ].filter(Boolean);
  return el(
    'section',
    { class: 'grade-flags', role: 'alert', 'aria-label': 'Flagged result files' },
    el('h3', { text: `⚠ ${files.size} result file${files.size === 1 ? '' : 's'} flagged: ${parts.join(', ')}` }),
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

function studentName(student: GradedStudent): HTMLElement {
  const kinds = [...new Set(student.flags.map((flag) => flag.kind))];
  return el(
    'th',
    { scope: 'row', title: student.file },
    el('span', { class: 'student-name', text: student.profileName }),
    kinds.length > 0 && el('span', { class: 'student-flags' }, ...kinds.map((kind) => el('span', { class: `flag-badge flag-${kind}`, text: `⚠ ${FLAG_TITLES[kind]}` }))),
  );
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
    { class: student.flags.length > 0 ? 'flagged' : '' },
    studentName(student),
    ...cells,
    el('td', { class: 'score-total', text: `${student.totalRight}/${student.totalQuestions}` }),
    el('td', { class: 'score-hint-total', text: String(student.totalHints) }),
    el('td', { class: 'score-duration', text: formatDuration(student.durationMs) }),
  );
}

function missedQuestions(questions: readonly QuestionStats[], everyone: number): HTMLElement {
  const students = questions[0] ? questions[0].right + questions[0].missed : everyone;
  const missed = questions.filter((question) => question.missed > 0).slice(0, MISSED_SHOWN);
  const section = el('section', { class: 'missed', 'aria-label': 'Most missed questions' }, el('h3', { text: 'Most missed questions' }));
  if (missed.length === 0) {
    const none = everyone === 0 ? 'Nothing graded yet.' : students === 0 ? 'Every result is flagged: there are no statistics to show.' : 'Every question was answered right by everyone.';
    section.append(el('p', { class: 'muted', text: none }));
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
