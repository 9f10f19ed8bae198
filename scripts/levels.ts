// `npm run -s levels -- check [DIR]`: checks every level file under DIR (default levels/) —
// schema, campaign rules, engine vs python3 output and exit status, every answer computed by
// the engine and cross-checked with CPython. Prints one line per problem; exits 1 on any.
// `npm run -s levels -- versions [DIR] [--write]`: asks every Python version present (3.10,
// 3.12, 3.13, Pyodide's 3.14, besides 3.11) each level's questions and compares with the
// generated `<level>.versions.json` files; `--write` rewrites the ones that differ.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { campaignOrder, loadCatalog } from '../electron/levels/catalog';
import { checkLevels, formatReport } from '../electron/levels/checker/check';
import { generateTables, staleTables, tableFile } from '../electron/levels/versions/generate';
import { findInterpreters } from '../electron/levels/versions/interpreters';
import { formatTable } from '../electron/levels/versions/version-table';

const repoRoot = path.resolve(import.meta.dirname, '..');

function usage(): never {
  process.stderr.write(
    'usage: levels check [DIR] [--no-rules]\n       levels versions [DIR] [--write] [--only=3.14]\n' +
      '  DIR defaults to levels/; --no-rules skips the campaign rules (loose level packs);\n' +
      '  --write regenerates the version tables that differ\n',
  );
  process.exit(2);
}

async function versions(dir: string, write: boolean, only: string | undefined): Promise<number> {
  const levels = campaignOrder(await loadCatalog(dir));
  // --only=3.14 asks just that version (and 3.11); the others' answers are kept from the files
  const interpreters = findInterpreters().map((i) =>
    only === undefined || i.version === only ? i : { version: i.version, kind: 'missing' as const, reason: `not asked (--only=${only})` },
  );
  const fresh = await generateTables(dir, levels, interpreters);
  process.stdout.write(`asked: ${fresh.asked.join(', ')}\n`);
  for (const line of fresh.skipped) process.stdout.write(`${line}\n`);
  const stale = staleTables(dir, levels, fresh);
  if (write) {
    for (const level of levels) {
      const file = tableFile(dir, level);
      if (stale.includes(path.relative(process.cwd(), file))) writeFileSync(file, formatTable(fresh.tables.get(level.path)!));
    }
    process.stdout.write(`${stale.length} version table${stale.length === 1 ? '' : 's'} written\n`);
    return 0;
  }
  for (const file of stale) process.stdout.write(`out of date: ${file}\n`);
  process.stdout.write(stale.length === 0 ? `ok: ${levels.length} version tables up to date\n` : 'run `npm run -s levels -- versions --write`\n');
  return stale.length === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const args = rest.filter((a) => !a.startsWith('--'));
  if (args.length > 1) usage();
  // `npm run` starts scripts in the package folder; INIT_CWD is where the command was typed
  const dir = args[0] === undefined ? path.join(repoRoot, 'levels') : path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  if (command === 'versions') {
    if (flags.some((f) => f !== '--write' && !f.startsWith('--only='))) usage();
    const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length);
    return versions(dir, flags.includes('--write'), only);
  }
  if (command !== 'check' || flags.some((f) => f !== '--no-rules')) usage();
  const report = await checkLevels(dir, { rules: !flags.includes('--no-rules') });
  process.stdout.write(formatReport(report) + '\n');
  return report.problems.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
