// The checks every classroom file shares: is it our kind of file, in a version we read, and
// how a schema's complaints are told to a person.
import type { z } from 'zod';
import { fieldPath } from '../levels/problems';

export interface FileKind {
  readonly format: string;
  readonly version: number;
  /** "pack", "result file" */
  readonly noun: string;
}

const KNOWN_FORMATS: Readonly<Record<string, string>> = {
  'refquest-pack': 'a challenge pack',
  'refquest-result': 'a result file',
};

/** Why `value` is not a file of `kind` at all (wrong format or version), or null. */
export function envelopeProblem(value: unknown, kind: FileKind): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `this is not a RefQuest ${kind.noun}: expected a JSON object`;
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== kind.format) {
    const other = typeof format === 'string' && Object.hasOwn(KNOWN_FORMATS, format) ? KNOWN_FORMATS[format] : null;
    if (other) return `this is ${other}, not a ${kind.noun}`;
    return `this is not a RefQuest ${kind.noun}: "format" is ${format === undefined ? 'missing' : JSON.stringify(format)}, expected "${kind.format}"`;
  }
  if (version !== kind.version) {
    if (typeof version === 'number' && Number.isInteger(version) && version > kind.version) {
      return `this ${kind.noun} was made by a newer RefQuest (version ${version}); this app reads version ${kind.version}`;
    }
    return `unsupported ${kind.noun} version ${version === undefined ? '(missing)' : JSON.stringify(version)}; this app reads version ${kind.version}`;
  }
  return null;
}

const MAX_ISSUES_SHOWN = 5;

/** zod issues as `levels[1].code: expected string` lines, the first few only. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const where = fieldPath(issue.path);
    const message = issue.message.replace(/^Invalid input: /, '');
    return where ? `${where}: ${message}` : message;
  });
  if (issues.length > MAX_ISSUES_SHOWN) lines.push(`... and ${issues.length - MAX_ISSUES_SHOWN} more problems`);
  return lines;
}
