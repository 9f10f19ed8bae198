// Caps on the files a classroom exchanges. A pack or a result file comes from someone else's
// machine, so everything about it is bounded before the engine or the store sees it.

/** A pack or result file larger than this is refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Objects and arrays nested deeper than this are refused before JSON.parse runs. */
export const MAX_NESTING = 16;
/** Every JSON value (object, array, string, number, ...) counts one; a flood of keys is refused. */
export const MAX_JSON_VALUES = 100_000;
/** Any string in a file, unless a field has its own cap below. */
export const MAX_STRING_CHARS = 2_000;
/** A level's program. */
export const MAX_CODE_CHARS = 20_000;
/** What a player typed as a program's output. */
export const MAX_OUTPUT_ANSWER_CHARS = 10_000;
export const MAX_PACK_LEVELS = 30;
export const MAX_TITLE_CHARS = 120;
/** 30 levels x 5 questions x 3 tries. */
export const MAX_RESULT_ANSWERS = 450;
/** Every level's program must finish within this many engine steps. */
export const PACK_STEP_BUDGET = 100_000;
/** ...and within this much time on its first run (steps alone do not bound one line's work). */
export const PACK_RUN_MILLIS = 2_000;
/** Checking a whole pack (every level run and solved) may take this long; then it is refused. */
export const PACK_CHECK_MILLIS = 20_000;
/** The longest challenge a pack may set: a school day. */
export const MAX_TIME_LIMIT_MINUTES = 600;
/** Clock slack allowed when checking a result's times against the time limit. */
export const TIME_GRACE_MS = 5_000;
/** How many files the teacher view grades at once. */
export const MAX_RESULT_FILES = 200;
