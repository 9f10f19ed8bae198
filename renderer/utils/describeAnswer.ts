// A correct answer in words, for the verdict of a closed question.
import type { PlayerAnswer } from '../../electron/api';

export function describeAnswer(answer: PlayerAnswer): string {
  switch (answer.kind) {
    case 'refcount':
      return `${answer.count} references`;
    case 'collect':
      return `gc.collect() returns ${answer.collected}`;
    case 'output':
      return answer.text.replace(/\n$/, '');
    case 'identity':
      return answer.same ? 'True' : 'False';
    case 'alias':
      return answer.groups.map((group) => (group.length === 1 ? `${group[0]} is on its own` : `${group.join(', ')} are one object`)).join('; ');
    case 'freed': {
      const freed = answer.freed.length > 0 ? answer.freed.join(', ') : 'nothing';
      const unreachable = answer.unreachable.length > 0 ? answer.unreachable.join(', ') : 'nothing';
      return `freed at once: ${freed}; unreachable until gc: ${unreachable}`;
    }
    case 'size':
      return answer.bytes !== undefined ? `${answer.bytes} bytes` : `the largest: ${(answer.largest ?? []).join(', ')}`;
    case 'heap':
      return answer.edges.map((e) => `${e.from} → ${e.to}`).join(', ');
    case 'make':
      return `${answer.order.length} line${answer.order.length === 1 ? '' : 's'} in this order: ${answer.order.map((i) => i + 1).join(', ')} (of the pool)`;
    case 'leak':
      return answer.objects.length > 0 ? `leaked: ${answer.objects.join(', ')}` : 'nothing leaks';
    default: {
      const never: never = answer;
      return never;
    }
  }
}
