/**
 * `export` as a library function: read a draft bill, link it to its
 * provenance, render one format. Nothing is written here; the caller writes
 * the returned file atomically.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {readTextFile, type SizeLimit} from '../util/files.js';
import type {Bill} from '../bill/model.js';
import {readText} from '../read/index.js';
import {assignAknEIds} from './eids.js';
import {aknCountryPattern, placeholderCountry} from './akn.js';
import {linkReferences} from './references.js';
import {readLinks} from './provenance.js';
import type {OutputFile as ExportFile} from '../util/files.js';

/** The formats `export` writes. */
export const exportFormats = ['docx', 'html', 'akn'] as const;
/** One of {@link exportFormats}. */
export type ExportFormat = (typeof exportFormats)[number];

/** Options for {@link exportDraft}; `maxBytes` limits the draft and its build record (the CLI's `--max-size`). */
export interface ExportOptions extends SizeLimit {
  /** The draft (Markdown), resolved against `cwd`. */
  draft: string;
  cwd: string;
  to: ExportFormat;
  /** Output file, resolved against `cwd`. */
  out: string;
  paper?: 'a4' | 'letter' | undefined;
  /** Version date (`YYYY-MM-DD`): AKN FRBR dates (required for `akn`), DOCX document properties (optional). */
  date?: string | undefined;
  /**
   * ISO 3166-1 alpha-2 country code for the AKN identifiers, lower case
   * (default: the profile's `country`, recorded in the `.build.json`).
   */
  country?: string | undefined;
}

/** What an export produced. */
export interface ExportResult {
  bill: Bill;
  file: ExportFile;
  /** Warnings (hand edits, unresolved references, provenance drift). */
  messages: VFileMessage[];
}

/** The language of exports when the build record does not give the profile's. */
const defaultLanguage = 'en-GB';

/** ISO 639-2 codes (AKN FRBR) of the languages a bill can be written in: English only today. */
const iso639_2: Record<string, string> = {en: 'eng'};

/**
 * Read a draft in the layout `build` writes with the one reader in strict
 * mode (positioned errors when the layout is broken), with its
 * cross-references linked.
 */
export function readDraft(text: string, path: string): Bill {
  const bill = readText(text, path, {mode: 'strict'});
  linkReferences(bill);
  return bill;
}

/** Export a draft. Raises InputError with positioned messages when the draft cannot be read faithfully. */
export async function exportDraft(options: ExportOptions): Promise<ExportResult> {
  const draftPath = path.resolve(options.cwd, options.draft);
  const display = path.isAbsolute(options.draft) ? draftPath : path.relative(options.cwd, draftPath) || options.draft;
  if (options.country !== undefined && !aknCountryPattern.test(options.country))
    throw new InputError(
      diagnostic(
        `Unexpected country \`${options.country}\`, expected an ISO 3166-1 alpha-2 code in lower case such as \`nz\` (or a user-assigned code such as \`xe\`)`,
        {file: display, ruleId: 'bad-country', source: 'export'}
      )
    );
  // `maxBytes` (the CLI's `--max-size`) limits the draft and its build record alike.
  const text = await readTextFile(draftPath, {source: 'export', maxBytes: options.maxBytes});
  const bill = readDraft(text, display);
  // One set of ids for every format: HTML anchors, Word bookmarks and AKN eIds agree.
  assignAknEIds(bill);
  const links = await readLinks(draftPath, display, bill, options);
  const out = path.resolve(options.cwd, options.out);
  const messages = [...bill.messages, ...links.messages];
  const language = links.jurisdiction?.language ?? defaultLanguage;
  let contents: string | Uint8Array;
  if (options.to === 'docx') {
    contents = await (await import('./docx.js')).renderDocx(bill, {paper: options.paper, date: options.date, language});
  } else if (options.to === 'html') {
    contents = (await import('./html.js')).renderHtml(bill, {links, language});
  } else {
    const [{renderAkn}, {checkAkn}] = await Promise.all([import('./akn.js'), import('./check-akn.js')]);
    if (!options.date)
      throw new InputError(
        diagnostic('Missing the version date, expected `date` (YYYY-MM-DD) for the FRBR dates', {
          file: display,
          ruleId: 'missing-date',
          source: 'export'
        })
      );
    let country = options.country ?? links.jurisdiction?.country;
    if (country === undefined || !aknCountryPattern.test(country)) {
      messages.push(
        diagnostic(
          `No ISO 3166-1 country code for this draft (set \`country\` in the jurisdiction profile, or pass --country); the Akoma Ntoso identifiers use the placeholder \`${placeholderCountry}\``,
          {file: display, ruleId: 'no-country', source: 'export', fatal: false}
        )
      );
      country = placeholderCountry;
    }
    contents = renderAkn(bill, {
      date: options.date,
      country,
      language: iso639_2[language.split('-')[0]!.toLowerCase()] ?? 'mul',
      links
    });
    const problems = checkAkn(contents);
    if (problems.length > 0) {
      // A broken rule here is the exporter's fault, not the draft's: say so rather than write a bad file.
      throw new InputError(
        problems.slice(0, 10).map((p) =>
          diagnostic(`Internal error: the Akoma Ntoso output breaks a structure rule: ${p.reason} (output line ${p.line})`, {
            file: display,
            ruleId: 'akn-structure',
            source: 'export'
          })
        )
      );
    }
  }
  return {bill, file: {path: out, contents}, messages};
}
