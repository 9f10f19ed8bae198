// TEST ONLY: a LevelSolver that asks CPython itself (python3 is the project's oracle), for
// unit and e2e tests of the answer flow while the engine's trace API does not exist yet.
// Never used by main: DESIGN.md says the engine computes answers and engine code never
// calls python3. Supports identity, alias and output questions of top-level programs.
//
// Steps: step i is "about to run line i+1" at module level, so the state after line N is at
// step N, and a question anchored at line N reveals its answer from step N on.
import { execFileSync } from 'node:child_process';
import type { PlayerAnswer } from '../../api';
import type { LevelSolution, LevelSolver } from '../answers';
import { questionAnchor, type LevelDefinition } from '../schema';

const DRIVER = String.raw`
import contextlib, io, json, sys
spec = json.loads(sys.stdin.read())
code = compile(spec["code"], "<level>", "exec")
out = io.StringIO()
ns = {"__name__": "__main__"}
answers = {}
marks = []          # (line, output length) at every module-level line event
def settle(after_line):
    for i, q in enumerate(spec["questions"]):
        if str(i) in answers or q.get("after") != after_line:
            continue
        if q["kind"] == "refcount":
            value = eval(q["expr"], ns)
            # held by the name value and by the getrefcount argument, besides the program holders
            answers[str(i)] = sys.getrefcount(value) - 2
            del value
        elif q["kind"] == "identity":
            answers[str(i)] = eval("(%s) is (%s)" % (q["left"], q["right"]), ns)
        elif q["kind"] == "alias":
            ids = [id(eval(t, ns)) for t in q["targets"]]
            groups = {}
            for t, k in zip(q["targets"], ids):
                groups.setdefault(k, []).append(t)
            answers[str(i)] = list(groups.values())
def tracer(frame, event, arg):
    if frame.f_code is not code:
        return None
    if event in ("line", "return"):
        if marks:
            settle(marks[-1][0])
        marks.append((frame.f_lineno if event == "line" else -1, len(out.getvalue())))
    return tracer
with contextlib.redirect_stdout(out):
    sys.settrace(tracer)
    try:
        exec(code, ns)
    finally:
        sys.settrace(None)
text = out.getvalue()
for i, q in enumerate(spec["questions"]):
    if q["kind"] == "output":
        pieces = [text[marks[j][1]:marks[j + 1][1]] for j in range(len(marks) - 1) if marks[j][0] == q["line"]]
        answers[str(i)] = "".join(pieces)
print("@@refquest-oracle@@" + json.dumps({"answers": answers, "steps": len([m for m in marks if m[0] != -1])}), flush=True)
`;

interface DriverReply {
  readonly answers: Record<string, unknown>;
  readonly steps: number;
}

export const pythonOracleSolver: LevelSolver = {
  solve(level: LevelDefinition): LevelSolution {
    const out = execFileSync('python3', ['-c', DRIVER], { input: JSON.stringify(level), encoding: 'utf8', timeout: 20_000 });
    // objects freed at interpreter shutdown may print after the reply: read the marked line
    const marked = out.split('\n').find((l) => l.startsWith('@@refquest-oracle@@'));
    if (!marked) throw new Error(`python oracle: no reply (stdout: ${out.slice(0, 200)})`);
    const reply = JSON.parse(marked.slice('@@refquest-oracle@@'.length)) as DriverReply;
    const questions = level.questions.map((question, index) => {
      const raw = reply.answers[String(index)];
      if (raw === undefined) throw new Error(`python oracle: no answer for question ${index} (${question.kind})`);
      const correct = toAnswer(question.kind, raw);
      const anchor = questionAnchor(question)?.line ?? 0;
      return { correct, explanation: `CPython says: ${JSON.stringify(raw)}`, revealStep: anchor, shownStep: anchor + 1 };
    });
    const stepCount = reply.steps + 1;
    return { questions, stepCount, step: (index) => ({ line: index + 1 }) };
  },
};

function toAnswer(kind: LevelDefinition['questions'][number]['kind'], raw: unknown): PlayerAnswer {
  switch (kind) {
    case 'identity':
      return { kind, same: raw === true };
    case 'alias':
      return { kind, groups: raw as string[][] };
    case 'output':
      return { kind, text: String(raw) };
    case 'refcount':
      return { kind, count: Number(raw) };
    default:
      throw new Error(`python oracle: ${kind} questions are not supported`);
  }
}
