// An answer as a teacher reads it, normalised so that equal answers read the same (the wrong
// answers most often given are counted by this text).
import type { PlayerAnswer } from '../api';
import { normaliseOutput } from '../levels/rules';

const sorted = (labels: readonly string[]) => [...labels].sort((a, b) => a.localeCompare(b));
const list = (labels: readonly string[]) => (labels.length === 0 ? 'nothing' : sorted(labels).join(', '));

export function describeAnswer(answer: PlayerAnswer): string {
  switch (answer.kind) {
    case 'refcount':
      return String(answer.count);
    case 'alias':
      return answer.groups
        .map((group) => `{${sorted(group).join(', ')}}`)
        .sort((a, b) => a.localeCompare(b))
        .join(' ');
    case 'output':
      return JSON.stringify(normaliseOutput(answer.text));
    case 'identity':
      return answer.same ? 'True' : 'False';
    case 'freed':
      return `freed: ${list(answer.freed)}; unreachable: ${list(answer.unreachable)}`;
    case 'collect':
      return String(answer.collected);
    case 'size':
      return answer.bytes !== undefined ? `${answer.bytes} bytes` : `largest: ${list(answer.largest ?? [])}`;
    case 'heap':
      return [...answer.edges].map((e) => `${e.from}->${e.to}`).sort((a, b) => a.localeCompare(b)).join(' ');
    case 'make':
      return `lines ${answer.order.map((i) => i + 1).join(', ')}`;
    case 'leak':
      return `leaks: ${list(answer.objects)}`;
    default:
      return JSON.stringify(answer satisfies never);
  }
}
