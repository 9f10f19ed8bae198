// `npm run -s classroom -- grade PACK RESULTS... [--csv OUT]`: grades result files against a
// pack exactly as the teacher view does (the engine recomputes every answer), prints the table,
// the most missed questions and the flagged files, and writes the same CSV.
// `npm run -s classroom -- export-pack --levels id1,id2 --title T [--time-limit MIN]
//   [--attempts 1|3] [--no-hints] OUT`: a pack of campaign levels, checked as an importer will.
// Exit status: 0 done, 1 a file was refused, 2 a usage error.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readChosen, writeChosen } from '../electron/classroom/chosen-files';
import { gradeResults } from '../electron/classroom/grading';
import { checkPack } from '../electron/classroom/pack-check';
import { campaignLevels, exportPack } from '../electron/classroom/pack-export';
import { PACK_EXTENSION } from '../electron/classroom/pack-format';
import { reportCsv } from '../electron/classroom/report-csv';
import { reportText } from '../electron/classroom/report-text';
import { RESULT_EXTENSION } from '../electron/classroom/result-format';
import { engineSolver } from '../electron/levels/answers';
import { loadCatalog } from '../electron/levels/catalog';

const USAGE = `usage:
  classroom grade PACK.rqpack RESULT.rqresult... [--csv OUT.csv]
  classroom export-pack --levels ID,ID... --title TITLE [--time-limit MINUTES] [--attempts 1|3] [--no-hints] [--levels-dir DIR] OUT.rqpack`;

class UsageError extends Error {}
class Refused extends Error {}

// `npm run` starts scripts in the package folder; INIT_CWD is where the teacher typed the command
const resolve = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const fromCwd = (file: string) => ({ kind: 'path', path: resolve(file) }) as const;

async function grade(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { csv: { type: 'string' } } });
  const [packFile, ...resultFiles] = positionals;
  if (!packFile || resultFiles.length === 0) throw new UsageError('grade needs a pack and at least one result file');
  const read = await readChosen(fromCwd(packFile), [PACK_EXTENSION]);
  if ('readError' in read) throw new Refused(`${packFile}: ${read.readError}`);
  const checked = checkPack(read.contents, engineSolver);
  if (!checked.ok) throw new Refused(`${packFile} is refused:\n  ${checked.problems.join('\n  ')}`);
  const results = await Promise.all(resultFiles.map((file) => readChosen(fromCwd(file), [RESULT_EXTENSION])));
  const report = gradeResults(checked.pack, checked.solutions, results);
  process.stdout.write(reportText(report));
  if (values.csv !== undefined) {
    await writeChosen(resolve(values.csv), reportCsv(report), '.csv');
    process.stdout.write(`CSV written to ${values.csv}\n`);
  }
}

function attemptsOption(text: string | undefined): 1 | 3 {
  if (text === undefined || text === '3') return 3;
  if (text === '1') return 1;
  throw new UsageError(`--attempts must be 1 or 3, not ${text}`);
}

async function exportPackCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      levels: { type: 'string' },
      title: { type: 'string' },
      'time-limit': { type: 'string' },
      attempts: { type: 'string' },
      'no-hints': { type: 'boolean' },
      'levels-dir': { type: 'string' },
    },
  });
  const [out] = positionals;
  if (!out || positionals.length > 1 || !values.levels || !values.title) throw new UsageError('export-pack needs --levels, --title and one output file');
  const limit = values['time-limit'] === undefined ? undefined : Number(values['time-limit']);
  if (limit !== undefined && !Number.isInteger(limit)) throw new UsageError(`--time-limit must be a whole number of minutes`);
  const catalog = await loadCatalog(values['levels-dir'] === undefined ? path.join(import.meta.dirname, '..', 'levels') : resolve(values['levels-dir']));
  const { levels, missing } = campaignLevels(catalog, values.levels.split(',').map((id) => id.trim()).filter(Boolean));
  if (missing.length > 0) throw new Refused(`no campaign level with id ${missing.map((id) => `"${id}"`).join(', ')}`);
  const rules = { hints: !values['no-hints'], attemptsPerQuestion: attemptsOption(values.attempts) };
  const exported = exportPack(levels, { title: values.title, rules, ...(limit === undefined ? {} : { timeLimitMinutes: limit }) }, engineSolver);
  if (!exported.ok) throw new Refused(`the pack is refused:\n  ${exported.problems.join('\n  ')}`);
  if (path.extname(out).toLowerCase() !== PACK_EXTENSION) throw new UsageError(`the output file must end in ${PACK_EXTENSION}`);
  const bytes = await writeChosen(resolve(out), exported.text, PACK_EXTENSION);
  process.stdout.write(`${out}: "${exported.pack.title}", ${levels.length} level${levels.length === 1 ? '' : 's'}, id ${exported.pack.id} (${bytes} bytes)\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'grade') await grade(rest);
    else if (command === 'export-pack') await exportPackCommand(rest);
    else throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`classroom: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof Refused) {
      process.stderr.write(`classroom: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
