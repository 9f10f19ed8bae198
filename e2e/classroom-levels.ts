// The two levels the classroom spec and the screenshots write in the editor.
import type { AuthoredLevel } from './classroom-player';

export const SHARED: AuthoredLevel = {
  title: 'Shared list',
  code: 'a = [1, 2]\nb = a\nc = [a, a]\nprint(len(c))\n',
  questions: [{ kind: 'Reference count', line: 3, names: ['a'] }],
};
export const GRID: AuthoredLevel = {
  title: 'Grid trap',
  code: 'grid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)\n',
  questions: [{ kind: 'Printed output', line: 3 }],
};
