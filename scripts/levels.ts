// `npm run -s levels -- check [DIR]`: checks every level file under DIR (default levels/) —
// schema, campaign rules, engine vs python3 output and exit status, every answer computed by
// the engine and cross-checked with CPython. Prints one line per problem; exits 1 on any.
import path from 'node:path';
import { checkLevels, formatReport } from '../electron/levels/checker/check';

const repoRoot = path.resolve(import.meta.dirname, '..');

function usage(): never {
  process.stderr.write('usage: levels check [DIR] [--no-rules]\n  DIR defaults to levels/; --no-rules skips the campaign rules (loose level packs)\n');
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'check') usage();
  const flags = rest.filter((a) => a.startsWith('--'));
  const args = rest.filter((a) => !a.startsWith('--'));
  if (args.length > 1 || flags.some((f) => f !== '--no-rules')) usage();
  // `npm run` starts scripts in the package folder; INIT_CWD is where the command was typed
  const dir = args[0] === undefined ? path.join(repoRoot, 'levels') : path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  const report = await checkLevels(dir, { rules: !flags.includes('--no-rules') });
  process.stdout.write(formatReport(report) + '\n');
  return report.problems.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
