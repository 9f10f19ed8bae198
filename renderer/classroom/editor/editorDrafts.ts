// The levels being edited live as long as the window: leaving the editor for a test run (or the
// map) and coming back finds them as they were.
import { emptyDraft } from './levelDraft';
import type { LevelDraft } from './levelDraft';

export const editorDrafts: { levels: LevelDraft[]; current: number } = { levels: [emptyDraft(1)], current: 0 };
