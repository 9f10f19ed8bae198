// What the renderer may see of a level: never an answer, never an explanation of an open question.
import type { PublicQuestion } from '../api';
import type { LevelQuestion } from './schema';

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
    default: {
      const never: never = question;
      return never;
    }
  }
}

export function publicQuestion(question: LevelQuestion, index: number): PublicQuestion {
  const prompt = question.prompt ?? defaultPrompt(question);
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
    default: {
      const never: never = question;
      return never;
    }
  }
}
