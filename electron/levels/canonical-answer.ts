// One answer as comparable text: alias groups compare as partitions (group and member order do
// not matter) and output as the game normalises it; other answers as their JSON.
import type { LevelAnswer } from './answers';
import { normaliseOutput } from './rules';

export function canonical(answer: LevelAnswer): string {
  if (answer.kind === 'alias') return JSON.stringify(answer.groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)));
  if (answer.kind === 'output') return normaliseOutput(answer.text);
  return JSON.stringify(answer);
}
