// The natural answer widget for each question kind.
import type { PublicQuestion } from '../../../electron/api';
import { AliasAnswerInput } from './AliasAnswerInput';
import type { AnswerInput } from './AnswerInput';
import { FreedAnswerInput } from './FreedAnswerInput';
import { HeapAnswerInput } from './HeapAnswerInput';
import { IdentityAnswerInput } from './IdentityAnswerInput';
import { LeakAnswerInput } from './LeakAnswerInput';
import { MakeAnswerInput } from './MakeAnswerInput';
import { NumberAnswerInput } from './NumberAnswerInput';
import { OutputAnswerInput } from './OutputAnswerInput';
import { SizeAnswerInput } from './SizeAnswerInput';

export function createAnswerInput(question: PublicQuestion): AnswerInput {
  const id = `answer-${question.index}`;
  switch (question.kind) {
    case 'refcount':
      return new NumberAnswerInput('refcount', id, `References to ${question.expr}`);
    case 'collect':
      return new NumberAnswerInput('collect', id, 'gc.collect() returns');
    case 'output':
      return new OutputAnswerInput(id, question.line);
    case 'identity':
      return new IdentityAnswerInput(question.left, question.right);
    case 'alias':
      return new AliasAnswerInput(question.targets);
    case 'freed':
      return new FreedAnswerInput(question.candidates);
    case 'size':
      return new SizeAnswerInput(id, question.exprs);
    case 'heap':
      return new HeapAnswerInput(question.after, question.names, question.palette);
    case 'make':
      return new MakeAnswerInput(question.lines, question.target);
    case 'leak':
      return new LeakAnswerInput(question.after, question.candidates);
    default: {
      const never: never = question;
      return never;
    }
  }
}
