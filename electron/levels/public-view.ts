// What the renderer may see of a level: never an answer, never an explanation of an open question.
// The mechanics' options come from the engine: a draw-the-heap palette (the objects after the
// line, plus look-alike decoys, with nothing saying which name reaches which), a make-this-heap
// target (the reference program's final state, never its text), spot-the-leak candidates (the
// objects alive before the line: a state the replay already shows).
import type { PublicQuestion } from '../api';
import { heapGraph } from './mechanics/heap-graph';
import { heapPuzzle } from './mechanics/heap-puzzle';
import { leakPuzzle } from './mechanics/leak-puzzle';
import { targetGraph, targetSketch } from './mechanics/make-puzzle';
import { cachedTrace, stepAfter } from './mechanics/trace-cache';
import type { LevelDefinition, LevelQuestion } from './schema';

function defaultPrompt(question: LevelQuestion): string {
  switch (question.kind) {
    case 'refcount':
      return `After line ${question.after} runs, how many references point to the object \`${question.expr}\`?`;
    case 'alias':
      return `After line ${question.after} runs, which of these are the same object?`;
    case 'output':
      return `What does line ${question.line} print?`;
    case 'identity':
      return `After line ${question.after} runs, is \`${question.left} is ${question.right}\` True or False?`;
    case 'freed':
      return `When line ${question.line} runs, which of these objects are freed at once, and which are left unreachable until the garbage collector runs?`;
    case 'collect':
      return `What does the \`gc.collect()\` call on line ${question.line} return?`;
    case 'size':
      return question.exprs.length === 1
        ? `After line ${question.after} runs, how many bytes does \`sys.getsizeof(${question.exprs[0]})\` report?`
        : `After line ${question.after} runs, which of these does \`sys.getsizeof\` report as the largest?`;
    case 'heap':
      return `Draw the heap after line ${question.after} runs: connect every name and every slot to its object.`;
    case 'make':
      return 'Make this heap: pick lines and put them in order so that the program ends in the state shown.';
    case 'leak':
      return `Spot the leak: which of these objects survive line ${question.after} only as unreachable cycles, waiting for the garbage collector?`;
    default: {
      const never: never = question;
      return never;
    }
  }
}

/** The prompt a question shows (the level's own, or the kind's default). */
export function questionPrompt(question: LevelQuestion): string {
  return question.prompt ?? defaultPrompt(question);
}

/** Every question of a level as the renderer may see it. */
export function publicQuestions(level: Pick<LevelDefinition, 'code' | 'questions'>): PublicQuestion[] {
  return level.questions.map((question, index) => publicQuestion(question, index, level.code));
}

/** One question as the renderer may see it; `code` is the level's program (the mechanics read its trace). */
export function publicQuestion(question: LevelQuestion, index: number, code: string): PublicQuestion {
  const prompt = questionPrompt(question);
  switch (question.kind) {
    case 'refcount':
      return { index, kind: question.kind, prompt, after: question.after, expr: question.expr };
    case 'alias':
      return { index, kind: question.kind, prompt, after: question.after, targets: question.targets };
    case 'output':
      return { index, kind: question.kind, prompt, line: question.line };
    case 'identity':
      return { index, kind: question.kind, prompt, after: question.after, left: question.left, right: question.right };
    case 'freed':
      return { index, kind: question.kind, prompt, line: question.line, candidates: question.candidates };
    case 'collect':
      return { index, kind: question.kind, prompt, line: question.line };
    case 'size':
      return { index, kind: question.kind, prompt, after: question.after, exprs: question.exprs };
    case 'heap': {
      const trace = cachedTrace(code);
      const puzzle = heapPuzzle(heapGraph(trace.snapshot(stepAfter(trace, question.after)), question.names));
      return { index, kind: question.kind, prompt, after: question.after, names: puzzle.names, palette: puzzle.palette };
    }
    case 'make':
      return { index, kind: question.kind, prompt, lines: question.lines, target: targetSketch(targetGraph(question)) };
    case 'leak':
      return { index, kind: question.kind, prompt, after: question.after, candidates: leakPuzzle(cachedTrace(code), question.after).candidates };
    default: {
      const never: never = question;
      return never;
    }
  }
}
