/**
 * The file layer in process: strict UTF-8 with the first bad byte, unsafe
 * characters, sizes, plain-word errors, and the commit record that makes a
 * set of files one unit (src/util/files.ts, publish.ts, text.ts, utf8.ts).
 */
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {InputError} from '../src/util/diagnostics.js';
import {parseSize, readTextFile, writeFilesAtomic} from '../src/util/files.js';
import {fileErrorReason} from '../src/util/fs-errors.js';
import {isTemporaryName, settleFolder, sweepTemporaries} from '../src/util/publish.js';
import {findUnsafeCharacter, visible} from '../src/util/text.js';
import {firstInvalidUtf8, windows1252Guess} from '../src/util/utf8.js';
import {tempDir} from './helpers/cli.js';

const messagesOf = async (promise: Promise<unknown>): Promise<string[]> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.messages.map((m) => `${m.line ?? ''}:${m.column ?? ''} ${m.reason} [${m.ruleId}]`);
    throw error;
  }
  return [];
};

describe('strict UTF-8', () => {
  it('agrees with a fatal decoder on any bytes, and the prefix before the first bad byte is UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 64}), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          new TextDecoder('utf-8', {fatal: true}).decode(bytes);
        } catch {
          valid = false;
        }
        expect(at === -1).toBe(valid);
        if (at !== -1) expect(firstInvalidUtf8(bytes.subarray(0, at))).toBe(-1);
      }),
      {numRuns: 2000}
    );
  });

  it('refuses encoded surrogates, overlong forms and code points past U+10FFFF', () => {
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xed, 0xa0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from('Ministère “quoted” 😀'))).toBe(-1);
  });

  it('names what a Windows-1252 byte would have been', () => {
    expect(windows1252Guess(0xe8)).toBe('è');
    expect(windows1252Guess(0x93)).toBe('“');
    expect(windows1252Guess(0x80)).toBe('€');
    expect(windows1252Guess(0x81)).toBeUndefined();
  });

  it('reads a Latin-1 file as a refusal at the byte, never as U+FFFD', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('name: Minist'), Buffer.from([0xe8]), Buffer.from('re\n')]));
    const [message] = await messagesOf(readTextFile(file, {source: 'answers'}));
    expect(message).toMatch(/^1:13 Unexpected byte 0xE8, which is not UTF-8 \(in Windows-1252 or Latin-1 it is "è"\)/);
    expect(message).toContain('[not-utf8]');
  });
});

describe('unsafe characters', () => {
  it('finds terminal controls, C1, DEL, lone surrogates and line separators; accepts tab, newlines and pairs', () => {
    expect(findUnsafeCharacter('plain\ttext\nwith lines\r\n and 😀')).toBeUndefined();
    expect(findUnsafeCharacter('a\u001bb')).toMatchObject({index: 1, name: 'U+001B (escape)'});
    expect(findUnsafeCharacter('a\u009bb')?.name).toBe('U+009B (control sequence introducer)');
    expect(findUnsafeCharacter('a\u007f')?.name).toBe('U+007F (delete)');
    expect(findUnsafeCharacter('a\ud800b')?.name).toBe('U+D800 (half of a surrogate pair)');
    expect(findUnsafeCharacter('a\udc00')?.index).toBe(1);
    expect(findUnsafeCharacter('a\u2028b')?.name).toBe('U+2028 (line separator)');
    expect(findUnsafeCharacter('a\u2028b\fc', {layout: true})).toBeUndefined();
    expect(findUnsafeCharacter('a\nb', {newlines: false})?.index).toBe(1);
  });

  it('shows every unsafe character escaped, and nothing else changed', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 40}), (text) => {
        const shown = visible(text);
        expect(findUnsafeCharacter(shown)).toBeUndefined();
        expect(shown).not.toMatch(/\r/);
        if (findUnsafeCharacter(text) === undefined && !text.includes('\r')) expect(shown).toBe(text);
      })
    );
    expect(visible('a\u001b[31mb\u2028\r')).toBe('a\\u001B[31mb\\u2028\\u000D');
  });
});

describe('sizes and errors in plain words', () => {
  it('parses --max-size values', () => {
    expect(parseSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseSize('500kb')).toBe(500 * 1024);
    expect(parseSize('1 GB')).toBe(1024 ** 3);
    expect(parseSize('3')).toBe(3 * 1024 * 1024);
    expect(parseSize('lots')).toBeUndefined();
    expect(parseSize('0')).toBeUndefined();
    expect(parseSize('-5MB')).toBeUndefined();
  });

  it.each([
    'ENOSPC',
    'EDQUOT',
    'ENAMETOOLONG',
    'EACCES',
    'EPERM',
    'EROFS',
    'EISDIR',
    'ENOTDIR',
    'EMFILE',
    'ENFILE',
    'EIO',
    'ELOOP',
    'EBUSY',
    'EXDEV',
    'EWEIRD'
  ])('%s reads as a sentence without the code', (code) => {
    const error = Object.assign(new Error(`${code}: something odd, open '/x/y'`), {code});
    for (const action of ['read', 'write'] as const) {
      const reason = fileErrorReason(error, action);
      expect(reason).not.toMatch(/\bE[A-Z]{2,}\b/);
      expect(reason).not.toContain('/x/y');
      if (action === 'write' && code !== 'ENOTDIR') expect(reason).toContain('nothing was changed');
    }
  });

  it('says the disk is full in the words the issue asks for', () => {
    expect(fileErrorReason(Object.assign(new Error('ENOSPC'), {code: 'ENOSPC'}), 'write')).toBe(
      'The disk is full, so this file could not be written; nothing was changed (free some space, or choose another folder with --out)'
    );
  });

  it('refuses a file over the limit without reading it all', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.md');
    writeFileSync(file, 'x'.repeat(3000));
    expect(await messagesOf(readTextFile(file, {maxBytes: 2048}))).toEqual([
      ': Unexpected file of 2.9 KB, expected at most 2 KB (give --max-size with a larger size to read it anyway) [file-too-large]'
    ]);
    expect(await readTextFile(file, {maxBytes: 4096})).toHaveLength(3000);
  });
});

describe('a set of files as one unit', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('writes a set, replaces it with --force, and leaves nothing of its own', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'the user’s own file');
    const set = (n: number) => ['a.md', 'b.json', 'c.md'].map((f) => ({path: path.join(dir, f), contents: `${f} ${n}\n`}));
    await writeFilesAtomic(set(1));
    expect(await messagesOf(writeFilesAtomic(set(2)))).toHaveLength(3);
    await writeFilesAtomic(set(2), {force: true});
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.json', 'c.md', 'notes.txt']);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('b.json 2\n');
  });

  it('a later run finishes a commit that was interrupted, before it reads or writes in the folder', async () => {
    const dir = tempDir();
    for (const f of ['a.md', 'b.json']) writeFileSync(path.join(dir, f), 'old\n');
    // A run killed after renaming a.md: its record and b.json's temporary are left.
    writeFileSync(path.join(dir, 'a.md'), 'new a\n');
    writeFileSync(path.join(dir, '.b.json.ccm-999999-0123abcd.tmp'), 'new b\n');
    writeFileSync(
      path.join(dir, '.ccm-publish.json'),
      JSON.stringify({
        tool: 'ccm-drafter',
        version: 1,
        pid: 999_999,
        files: [
          {temp: '.a.md.ccm-999999-89abcdef.tmp', target: 'a.md', sha256: sha('new a\n')},
          {temp: '.b.json.ccm-999999-0123abcd.tmp', target: 'b.json', sha256: sha('new b\n')}
        ]
      })
    );
    expect(await readTextFile(path.join(dir, 'b.json'))).toBe('new b\n');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.json']);
  });

  it('refuses to present a mixed set when the record’s file was replaced since', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'something else\n');
    writeFileSync(
      path.join(dir, '.ccm-publish.json'),
      JSON.stringify({
        tool: 'ccm-drafter',
        version: 1,
        pid: 999_999,
        files: [{temp: '.a.md.ccm-999999-89abcdef.tmp', target: 'a.md', sha256: sha('new a\n')}]
      })
    );
    const [message] = await messagesOf(settleFolder(dir));
    expect(message).toMatch(/Unexpected mix of files from two builds.*build again with --force \[unfinished-publish\]/);
    expect(existsSync(path.join(dir, '.ccm-publish.json'))).toBe(true);
  });

  it('sweeps only its own temporaries of runs that are gone', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    const names = [
      '.draft-bill.md.ccm-999999-0123abcd.tmp', // a dead run's: swept
      `.draft-bill.md.ccm-${process.pid}-0123abcd.tmp`, // this process's own (alive): kept
      '.draft-bill.md.0123abcd.tmp', // an earlier version's, for a file being written: swept
      '.notes.txt.0123abcd.tmp', // an earlier version's form, for another file: kept
      'report.tmp', // someone else's: kept
      'draft-bill.md'
    ];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    await sweepTemporaries(dir, [path.join(dir, 'draft-bill.md')]);
    expect(readdirSync(dir).sort()).toEqual(
      [`.draft-bill.md.ccm-${process.pid}-0123abcd.tmp`, '.notes.txt.0123abcd.tmp', 'draft-bill.md', 'report.tmp', 'sub'].sort()
    );
    expect(isTemporaryName('.x.ccm-12-0123abcd.tmp')).toBe(true);
    expect(isTemporaryName('x.tmp')).toBe(false);
  });
});
