// The graded table as aligned plain text, for the command line: students x levels, then the
// questions most often missed with the wrong answers most often given, then the flagged files.
// Every text that came from a file (names above all) has its control and invisible characters
// escaped: a name must not move the cursor, recolour the terminal or hide a letter.
import type { GradeReport } from './api-types';
import { printableName } from './name-skeleton';

export function formatDuration(ms: number | null): string {
  if (ms === null) return '-';
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

function alignedTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

const oneLine = printableName;

const MOST_MISSED_SHOWN = 5;

export function reportText(report: GradeReport): string {
  const flaggedFiles = new Set(report.flags.map((f) => f.file)).size;
  const lines: string[] = [`${oneLine(report.pack.title)}: ${report.students.length} result${report.students.length === 1 ? '' : 's'} graded, ${flaggedFiles} file${flaggedFiles === 1 ? '' : 's'} flagged`, ''];
  if (report.students.length > 0) {
    const header = ['Student', 'Score', 'Hints', 'Time', ...report.pack.levels.map((level) => level.id), 'Flags'];
    const rows = report.students.map((s) => [
      oneLine(s.profileName),
      `${s.totalRight}/${s.totalQuestions}`,
      String(s.totalHints),
      formatDuration(s.durationMs),
      ...s.levels.map((level) => `${level.right}/${level.questions}${level.hints > 0 ? ` (${level.hints}h)` : ''} ${formatDuration(level.doneAtMs)}`),
      [...new Set(s.flags.map((f) => f.kind))].join(', '),
    ]);
    lines.push(...alignedTable([header, ...rows]), '');
  }
  const missed = report.questions.filter((q) => q.missed > 0).slice(0, MOST_MISSED_SHOWN);
  if (missed.length > 0) {
    lines.push('Most missed questions:');
    for (const q of missed) {
      lines.push(`  ${q.levelId} question ${q.question + 1} (${q.kind}): missed by ${q.missed} of ${q.right + q.missed} unflagged; correct: ${oneLine(q.correctAnswer)}`);
      for (const wrong of q.wrongAnswers) lines.push(`      ${wrong.count} x ${oneLine(wrong.answer)}`);
    }
    lines.push('');
  }
  if (report.flags.length > 0) {
    lines.push('Flagged (the question statistics leave these out):');
    for (const f of report.flags) lines.push(`  ${oneLine(f.file)}: ${f.kind}: ${oneLine(f.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}
