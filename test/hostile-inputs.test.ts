/**
 * The bad-input catalogue: every command against hostile inputs (wrong
 * encodings, control characters, devices, pipes, huge files, files that are
 * not what they claim, leftovers of interrupted runs), on the built CLI.
 * Each case checks the same promises (docs/limits.md): no stack trace, the
 * expected exit code, a message naming the file (and the line and column
 * where there is one), nothing written, no temporary left behind, and no raw
 * control character in anything printed. Nothing may hang: a run that takes
 * more than a minute fails.
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {ccm, root, tempDir} from './helpers/cli.js';

const example = path.join(root, 'examples', 'generic-small-state.yaml');
const nzAct = path.join(root, 'test', 'fixtures', 'acts', 'nz-style.md');
const today = '2027-01-01';

/** What a case puts in its folder: text, bytes, a named pipe, a symbolic link, or a folder. */
type Entry = string | Uint8Array | {fifo: true} | {link: string} | {folder: true} | {sparse: number};

interface Case {
  name: string;
  files?: Record<string, Entry>;
  /** Build the example into `out/` first (drafts for export and compare). */
  built?: boolean;
  args: string[];
  code: number;
  /** The message, on stderr (or stdout for lint), with its position. */
  message: RegExp;
  /** Text that must not appear in the output (content of a file that is not ours to show). */
  absent?: RegExp;
}

const answersWith = (params: string) => `schema: 1\njurisdiction: generic\nparams:\n${params}\n`;
const latin1 = Buffer.concat([
  Buffer.from('schema: 1\njurisdiction: generic\nparams:\n  country.name: Minist'),
  Buffer.from([0xe8]),
  Buffer.from('re\n')
]);
const fifo = {fifo: true} as const;
const act = readFileSync(nzAct, 'utf8');
const laughs = (() => {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const name of 'bcdefg')
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${lines.at(-1)![0]}`)
        .join(', ')}]`
    );
  return `${lines.join('\n')}\n`;
})();

const cases: Case[] = [
  // --- answers files (build, gap --answers, report, lint)
  {
    name: 'answers in Latin-1',
    files: {'a.yaml': latin1},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message:
      /^a\.yaml:4:23: Unexpected byte 0xE8, which is not UTF-8 \(in Windows-1252 or Latin-1 it is "è"\), expected a file saved as UTF-8.*iconv/m
  },
  {
    name: 'answers in Latin-1 (gap --answers)',
    files: {'a.yaml': latin1},
    args: ['gap', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:23: Unexpected byte 0xE8/m
  },
  {
    name: 'answers in Latin-1 (report)',
    files: {'a.yaml': latin1},
    args: ['report', 'article7', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:23: Unexpected byte 0xE8/m
  },
  {
    name: 'answers in Latin-1 (lint)',
    files: {'a.yaml': latin1},
    args: ['lint', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:23: Unexpected byte 0xE8/m
  },
  {
    name: 'answers in UTF-16 (Notepad "Unicode")',
    files: {'a.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('schema: 1\n', 'utf16le')])},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:1:1: Unexpected UTF-16 text, expected UTF-8/m
  },
  {
    name: 'raw ESC in a citation',
    files: {'a.yaml': 'schema: 1\njurisdiction: generic\nitems:\n  transit: {status: existing-law, citation: "Customs Act \x1b[31ms 3"}\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:58: Unexpected control character U\+001B \(escape\), expected printable text/m
  },
  {
    name: 'ESC written as a YAML escape in an agency',
    files: {'a.yaml': 'schema: 1\njurisdiction: generic\nitems:\n  transit: {status: administrative, agency: "Customs \\e]0;owned\\a"}\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:\d+: Unexpected control character U\+001B \(escape\) in a value/m
  },
  {
    name: 'BEL in a key',
    files: {'a.yaml': 'schema: 1\njurisdiction: generic\nitems:\n  "tran\\asit": {status: act}\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:3: Unexpected control character U\+0007 \(bell\) in a key/m
  },
  {
    name: 'C1 control (CSI) in a reason',
    files: {'a.yaml': 'schema: 1\njurisdiction: generic\nitems:\n  transit: {status: not-applicable, reason: "none \u009b31m"}\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:\d+: Unexpected control character U\+009B \(control sequence introducer\)/m
  },
  {
    name: 'U+2028 written as an escape in a name',
    files: {'a.yaml': answersWith('  country.name: "Pal\\u2028mira"')},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:17: Unexpected U\+2028 \(line separator\) in a value, expected text on one line/m
  },
  {
    name: 'raw U+2029 in the title',
    files: {'a.yaml': answersWith('  act.title: Cluster\u2029Munitions Act')},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:21: Unexpected U\+2029 \(paragraph separator\) in a value/m
  },
  {
    name: 'a lone surrogate',
    files: {'a.yaml': answersWith('  country.name: "Pal\\uD800mira"')},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:17: Unexpected control character U\+D800 \(half of a surrogate pair\) in a value/m
  },
  {
    name: 'an empty Act title',
    files: {'a.yaml': answersWith('  act.title: ""')},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:14: Unexpected empty text for `act\.title`, expected text/m
  },
  {
    name: 'a blank Act title',
    files: {'a.yaml': answersWith('  act.title: "   "')},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:14: Unexpected empty text for `act\.title`/m
  },
  {
    name: 'NUL bytes in answers',
    files: {'a.yaml': 'schema: 1\njuris\0diction: generic\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:2:6: Unexpected binary content \(NUL bytes\)/m
  },
  {
    name: 'answers from /dev/zero',
    args: ['build', '--answers', '/dev/zero'],
    code: 2,
    message: /^\/dev\/zero: Unexpected device file, expected a regular file \[not-a-file\]/m
  },
  {
    name: 'answers through a link to /dev/urandom',
    files: {'a.yaml': {link: '/dev/urandom'}},
    args: ['gap', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml: Unexpected device file, expected a regular file/m
  },
  {
    name: 'answers from a named pipe nobody writes to',
    files: {'a.yaml': fifo},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml: Unexpected named pipe \(FIFO\), expected a regular file/m
  },
  {
    name: 'answers of 2 MB',
    files: {'a.yaml': `schema: 1\n${'# padding padding padding padding\n'.repeat(65_000)}`},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message:
      /^a\.yaml: Unexpected file of 2\.\d MB, expected at most 1 MB \(give --max-size with a larger size to read it anyway\) \[file-too-large\]/m
  },
  {
    name: 'a --max-size that is not a size',
    args: ['build', '--answers', example, '--max-size', 'lots'],
    code: 2,
    message: /^ccm-draft build: invalid --max-size "lots", expected a size such as 20MB/m
  },
  {
    name: 'a private file as the jurisdiction',
    args: ['build', '--answers', example, '--jurisdiction', '/etc/passwd'],
    code: 2,
    message:
      /^\/etc\/passwd:1:1: Unexpected text where the profile should be, expected a mapping \(key: value lines\); this file is not a profile/m,
    absent: /root:|daemon:|nologin/
  },
  {
    name: '/dev/urandom as the jurisdiction',
    args: ['build', '--answers', example, '--jurisdiction', '/dev/urandom'],
    code: 2,
    message: /^\/dev\/urandom: Unexpected device file/m
  },
  {
    name: 'a named pipe as the jurisdiction',
    files: {'p.yaml': fifo},
    args: ['build', '--answers', example, '--jurisdiction', 'p.yaml'],
    code: 2,
    message: /^p\.yaml: Unexpected named pipe/m
  },
  {
    name: 'malformed YAML (existing)',
    files: {'bad.yaml': 'schema: 1\nstate:\n  holds_stocks: [true\nitems: {}\n'},
    args: ['build', '--answers', 'bad.yaml'],
    code: 2,
    message: /^bad\.yaml:\d+:\d+: Malformed YAML/m
  },
  {
    name: 'a billion laughs (existing)',
    files: {'laughs.yaml': laughs},
    args: ['build', '--answers', 'laughs.yaml'],
    code: 2,
    message: /^laughs\.yaml:2:8: Malformed YAML: Excessive alias count/m
  },
  {
    name: 'wrong types and unknown keys (existing)',
    files: {'a.yaml': 'schema: 1\njurisdiction: generic\nstate:\n  holds_stocks: perhaps\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:4:17: Unexpected text "perhaps" for `state\.holds_stocks`, expected true or false/m
  },
  {
    name: 'an unknown jurisdiction (existing)',
    files: {'a.yaml': 'schema: 1\njurisdiction: atlantis\n'},
    args: ['build', '--answers', 'a.yaml'],
    code: 2,
    message: /^a\.yaml:2:15: Unexpected jurisdiction `atlantis`/m
  },
  {
    name: 'a missing answers file (existing)',
    args: ['build', '--answers', 'nope.yaml'],
    code: 2,
    message: /^nope\.yaml: Cannot find file, expected an existing file/m
  },
  {
    name: 'a folder as the answers file (existing)',
    files: {'folder.yaml': {folder: true}},
    args: ['build', '--answers', 'folder.yaml'],
    code: 2,
    message: /^folder\.yaml: Expected a file, found a folder/m
  },
  // --- outputs
  {
    name: 'an output folder where a file is (existing)',
    files: {'notes.txt': 'mine'},
    args: ['build', '--answers', example, '--out', 'notes.txt/deeper'],
    code: 2,
    message: /^notes\.txt: Expected a folder for the output, found a file \[unwritable-output\]/m
  },
  {
    name: 'an output name too long for the file system',
    args: ['gap', nzAct, '--out', `${'x'.repeat(300)}.md`],
    code: 2,
    message: /x+\.md: The file name or path is too long for this file system.*; nothing was changed/m
  },
  {
    name: 'a leftover commit record that is not ours',
    files: {'out/.ccm-publish.json': '{"files": [{"temp": "/etc/passwd", "target": "draft-bill.md"}]}'},
    args: ['build', '--answers', example, '--out', 'out', '--force'],
    code: 2,
    message: /^out\/\.ccm-publish\.json: Unexpected publish record/m
  },
  // --- Acts (gap, compare, matrix)
  {name: 'an Act from /dev/zero', args: ['gap', '/dev/zero'], code: 2, message: /^\/dev\/zero: Unexpected device file/m},
  {
    name: 'an Act from a named pipe',
    files: {'act.md': fifo},
    args: ['gap', 'act.md'],
    code: 2,
    message: /^act\.md: Unexpected named pipe/m
  },
  {
    name: 'an Act in Windows-1252',
    files: {
      'act.md': Buffer.concat([
        Buffer.from('# Act\n\n### 1 Short title\n\nThis is the Act '),
        Buffer.from([0x93]),
        Buffer.from('quoted'),
        Buffer.from([0x94, 0x0a])
      ])
    },
    args: ['gap', 'act.md'],
    code: 2,
    message: /^act\.md:5:17: Unexpected byte 0x93, which is not UTF-8 \(in Windows-1252 or Latin-1 it is "“"\)/m
  },
  {
    name: 'an Act with terminal escapes',
    files: {'act.md': `${act}\n\x1b]0;owned\x07\n`},
    args: ['gap', 'act.md'],
    code: 2,
    message: /^act\.md:\d+:1: Unexpected control character U\+001B \(escape\)/m
  },
  {
    name: 'an Act of 11 MB',
    files: {'act.md': `${act}\n${'Words of the Act. '.repeat(640_000)}\n`},
    args: ['gap', 'act.md'],
    code: 2,
    message: /^act\.md: Unexpected file of 1\d(\.\d)? MB, expected at most 10 MB/m
  },
  {
    name: 'two Acts of 50 MB',
    files: {'a.md': {sparse: 50_000_000}, 'b.md': {sparse: 50_000_000}},
    args: ['compare', 'a.md', 'b.md'],
    code: 2,
    message: /^a\.md: Unexpected file of 47\.7 MB, expected at most 10 MB \(give --max-size with a larger size to read it anyway\)/m
  },
  {
    name: 'an empty Act (existing)',
    files: {'act.md': ''},
    args: ['gap', 'act.md'],
    code: 2,
    message: /^act\.md: Unexpected empty file/m
  },
  {
    name: 'two Acts, one a named pipe',
    files: {'act.md': fifo},
    args: ['compare', nzAct, 'act.md'],
    code: 2,
    message: /^act\.md: Unexpected named pipe/m
  },
  {
    name: 'compare against /dev/zero',
    args: ['compare', '/dev/zero'],
    code: 2,
    message: /^\/dev\/zero: Unexpected device file/m
  },
  {
    name: 'compare an Act with a C1 control',
    files: {'act.md': `${act}\nText \u0085 here\n`},
    args: ['compare', nzAct, 'act.md'],
    code: 2,
    message: /^act\.md:\d+:6: Unexpected control character U\+0085 \(next line\)/m
  },
  {
    name: 'compare: binary Act (existing)',
    files: {'binary.md': Buffer.from([0x00, 0xff, 0x00])},
    args: ['compare', nzAct, 'binary.md'],
    code: 2,
    message: /^binary\.md:1:1: Unexpected binary content/m
  },
  {
    name: 'matrix with a named pipe among the Acts',
    files: {'act.md': fifo},
    args: ['matrix', nzAct, 'act.md'],
    code: 2,
    message: /^act\.md: Unexpected named pipe/m
  },
  // --- drafts (export, compare) built by the tool, then tampered with
  {
    name: 'export a draft that is a device',
    args: ['export', '/dev/zero', '--to', 'html', '--out', 'bill.html'],
    code: 2,
    message: /^\/dev\/zero: Unexpected device file/m
  },
  {
    name: 'export a draft with an escape sequence added by hand',
    built: true,
    files: {'out/draft-bill.md': {link: 'tampered'}},
    args: ['export', 'out/draft-bill.md', '--to', 'docx', '--out', 'bill.docx'],
    code: 2,
    message: /^out\/draft-bill\.md:\d+:\d+: Unexpected control character U\+001B \(escape\)/m
  },
  {
    name: 'export into a folder (existing)',
    built: true,
    files: {folder: {folder: true}},
    args: ['export', 'out/draft-bill.md', '--to', 'html', '--out', 'folder'],
    code: 2,
    message: /^folder: Expected a file to write, found a folder \(give a file name\)/m
  },
  // --- the command line itself
  {
    name: 'an unknown command with terminal escapes',
    args: ['\x1b[2J\x1b]0;owned\x07'],
    code: 2,
    message: /^ccm-draft: unknown command "\\u001B\[2J\\u001B\]0;owned\\u0007"/m
  },
  {
    name: 'an unknown option with a control character',
    args: ['build', '--answers', example, '--\x9bout'],
    code: 2,
    message: /^ccm-draft build: Unknown option '--\\u009Bout'/m
  },
  {
    name: 'the wizard without a terminal',
    files: {'a.yaml': latin1},
    args: ['wizard', '--answers', 'a.yaml'],
    code: 2,
    message: /terminal/
  }
];

/** Every file under `dir` with its size and modification time: what "nothing written" compares. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      const info = statSync(full, {throwIfNoEntry: false}) ?? {isDirectory: () => false, size: -1, mtimeMs: -1};
      if (info.isDirectory()) walk(full);
      out.push(`${path.relative(dir, full)} ${info.size} ${info.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

let built: string;
beforeAll(() => {
  built = tempDir();
  const run = ccm(['build', '--answers', example, '--out', 'out', '--today', today], {cwd: built});
  expect(run.code, run.stderr).toBe(0);
});

/** Control characters that must never reach a terminal (line feed and tab are fine). */
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('hostile inputs: every command refuses cleanly', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = tempDir();
    if (c.built) {
      mkdirSync(path.join(dir, 'out'));
      for (const f of readdirSync(path.join(built, 'out'))) copyFileSync(path.join(built, 'out', f), path.join(dir, 'out', f));
    }
    for (const [name, entry] of Object.entries(c.files ?? {})) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), {recursive: true});
      if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(file, entry);
      else if ('fifo' in entry) execFileSync('mkfifo', [file]);
      else if ('folder' in entry) mkdirSync(file);
      else if ('sparse' in entry) {
        // An Act followed by a hole: that large on paper, without writing it all.
        writeFileSync(file, act);
        truncateSync(file, entry.sparse);
      } else if (entry.link === 'tampered') {
        // A hand edit that pasted a terminal escape into the title.
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, text.replace(/^# /m, '# \x1b[31m'));
      } else symlinkSync(entry.link, file);
    }
    const before = snapshot(dir);
    const run = ccm(c.args, {cwd: dir});
    const printed = `${run.stdout}${run.stderr}`;
    expect(run.code, printed).toBe(c.code);
    expect(printed, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error/);
    expect(c.code === 1 ? run.stdout : run.stderr).toMatch(c.message);
    expect(printed, 'no raw control character in anything printed').not.toMatch(rawControl);
    if (c.absent) expect(printed).not.toMatch(c.absent);
    expect(snapshot(dir), 'nothing written, no temporary left').toEqual(before);
  });
});

describe('--max-size', () => {
  it('reads a file over the default limit when asked to', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), `${readFileSync(example, 'utf8')}${'# padding padding padding padding\n'.repeat(65_000)}`);
    const refused = ccm(['build', '--answers', 'a.yaml', '--today', today], {cwd: dir});
    expect(refused.code).toBe(2);
    const run = ccm(['build', '--answers', 'a.yaml', '--today', today, '--max-size', '3MB'], {cwd: dir});
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toContain('draft-bill.md');
  });
});
