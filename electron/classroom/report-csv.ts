// The graded table as CSV (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or
// line break, quotes doubled), one row per result file: graded ones with their scores (and their
// flags, if any), ungradable ones with the reason. Text a student typed (their name) cannot start a spreadsheet formula.
import type { GradeReport } from './api-types';

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // a leading = + - @ (or tab/CR) would make a spreadsheet run the cell as a formula
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

export function reportCsv(report: GradeReport): string {
  const levels = report.pack.levels;
  const header = [
    'student', 'file', 'status', 'note', 'right', 'questions', 'hints', 'time_s',
    ...levels.flatMap((level) => [`${level.id} right`, `${level.id} hints`, `${level.id} done_at_s`]),
  ];
  const rows: (string | number | null)[][] = [header];
  for (const student of report.students) {
    const note = student.flags.map((flag) => `${flag.kind}: ${flag.message}`).join('; ');
    rows.push([
      student.profileName, student.file, student.flags.length > 0 ? 'flagged' : 'counted', note, student.totalRight, student.totalQuestions, student.totalHints, seconds(student.durationMs),
      ...student.levels.flatMap((level) => [level.right, level.hints, seconds(level.doneAtMs)]),
    ]);
  }
  const shown = new Set(report.students.map((student) => student.file));
  for (const flag of report.flags.filter((f) => !shown.has(f.file))) {
    rows.push([flag.profileName, flag.file, flag.kind, flag.message, null, null, null, null, ...levels.flatMap(() => [null, null, null])]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
