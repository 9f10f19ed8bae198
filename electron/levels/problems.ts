// Turning schema and YAML errors into `path: field: message` lines a level author can act on.
import type { LevelProblem } from '../api';

/** zod's ['questions', 0, 'after'] becomes `questions[0].after`. */
export function fieldPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

export function problem(path: string, field: string, message: string): LevelProblem {
  const cleaned = message.replace(/^Invalid input: /, '');
  return { path, field, message: cleaned, text: field ? `${path}: ${field}: ${cleaned}` : `${path}: ${cleaned}` };
}
