/**
 * The commands, as data. Each loads its module only when run, so start-up
 * cost is paid per command (module loading dominates a short CLI run). The
 * option specs here both parse the flags and write each command's `--help`
 * (src/cli/command.ts).
 */
import type {CommandSpec, OptionSpec} from './command.js';

const answers: OptionSpec = {type: 'string', short: 'a', value: '<file>', description: 'answers file (YAML; see README "Answers file")'};
const force: OptionSpec = {type: 'boolean', description: 'replace existing output files'};
const today: OptionSpec = {
  type: 'string',
  value: '<YYYY-MM-DD>',
  description: 'date deadlines are judged against (default: today)'
};
const jurisdiction: OptionSpec = {
  type: 'string',
  short: 'j',
  value: '<id|file>',
  description: 'profile id in jurisdictions/ or a profile file (overrides the answers file)'
};
const model: OptionSpec = {
  type: 'string',
  value: '<file>',
  description: 'model Act to use (default: the bundled model-law/cluster-munitions-act.md)'
};

/** `--max-size`: for commands that read answers, profiles or Acts (limits in docs/limits.md). */
const maxSize: OptionSpec = {
  type: 'string',
  value: '<size>',
  description: 'largest file to read, e.g. 50MB (default: 1MB answers, 10MB Acts)'
};

/** All commands, in the order `--help` lists them. */
export const commands: CommandSpec[] = [
  {
    name: 'wizard',
    summary: 'answer the Article 9 checklist step by step and build the draft (default in a terminal)',
    usage: 'ccm-draft wizard [--answers <file.yaml>] [--out <dir>] [--force]',
    description: `Walks the Article 9 implementation checklist one item at a time, explains why
each question is asked, saves every answer to the answers file as you go, and
builds the draft bill and gap report at the end. Run it again with the same
--answers file to resume where you stopped.`,
    options: {
      answers: {...answers, description: 'answers file to create or resume (default: my-answers.yaml)'},
      out: {
        type: 'string',
        short: 'o',
        value: '<dir>',
        description: 'where to write the draft (default: asked, suggesting out/<answers file name>)'
      },
      force,
      'max-size': maxSize
    },
    examples: ['ccm-draft wizard --answers my-state.yaml'],
    allowPositionals: false,
    load: () => import('./commands/wizard.js')
  },
  {
    name: 'build',
    summary: 'assemble the draft bill (and gap report) from an answers file',
    usage: 'ccm-draft build --answers <file.yaml> [--jurisdiction <id|file>] [--out <dir>] [--force]',
    description: `Assembles the model Cluster Munitions Act with your answers: selects the
clauses that apply, fills the parameters, numbers Parts, sections, subsections
and paragraphs, resolves cross-references and writes <out>/draft-bill.md.
Answers not given take the jurisdiction profile's or the model's defaults and
are listed on stderr.`,
    options: {
      answers,
      jurisdiction,
      out: {type: 'string', short: 'o', value: '<dir>', description: 'output folder (default: out)'},
      model,
      today: {...today, description: 'date used for deadlines in the gap report (default: today)'},
      force,
      'max-size': maxSize
    },
    examples: ['ccm-draft build --answers examples/generic-small-state.yaml --out out'],
    allowPositionals: false,
    load: () => import('./commands/build.js')
  },
  {
    name: 'lint',
    summary: 'check the model Act, clause files, checklists, profiles and answers files',
    usage: 'ccm-draft lint [paths…] [--format text|json]',
    description: `Checks model and clause files (unknown directives or attributes, duplicate or
missing ids, undefined or unused parameters, references to unknown ids or to
clauses a condition can remove, conditions naming unknown answers, type
errors), checklists (.yaml with items:), jurisdiction profiles and answers
files. A folder is searched recursively for Markdown files with model front
matter and for checklists, profiles and answers files; other files in it are
skipped. With no paths, checks the bundled model, checklist and profiles.
Messages: file:line:col: reason [rule-id]. Exit code 1 when there are errors.`,
    options: {
      format: {type: 'string', short: 'f', value: '<text|json>', description: 'output format (default: text)'},
      'max-size': maxSize
    },
    examples: ['ccm-draft lint', 'ccm-draft lint model-law/ jurisdictions/my-state.yaml'],
    allowPositionals: true,
    load: () => import('./commands/lint.js')
  },
  {
    name: 'gap',
    summary: 'gap report for answers (a draft made by the tool) or for any Act',
    usage:
      'ccm-draft gap (--answers <file.yaml> | <act>) [--format md|html|csv|docx|json] [--out <file|dir>] [--today YYYY-MM-DD] [--force]',
    description: `With --answers: writes gap-report.md and gap-report.json for the draft the
answers produce (checklist, Convention and strength views, deadlines).
With an Act (Markdown, .txt, .docx, .html or Akoma Ntoso .xml, detected
automatically): reads each provision for what it does and prints the
Convention and strength views, citing sections and quoting evidence.`,
    options: {
      answers,
      format: {
        type: 'string',
        short: 'f',
        value: '<fmt>',
        description: 'output for an Act: md, html, csv, docx (needs --out) or json (default: md)'
      },
      out: {type: 'string', short: 'o', value: '<file|dir>', description: 'write to a file (Act) or folder (answers) instead of stdout'},
      today: {...today, description: 'date for deadline status (default: today)'},
      force,
      'max-size': maxSize
    },
    examples: ['ccm-draft gap --answers examples/affected-coalition-state.yaml --out out', 'ccm-draft gap existing-act.md --format md'],
    allowPositionals: true,
    load: () => import('./commands/gap.js')
  },
  {
    name: 'compare',
    summary: 'align two Acts or drafts clause by clause and show a redline',
    usage: 'ccm-draft compare [<base>] <other> [--format md|html|json] [--out <file>] [--jurisdiction <id>] [--force]',
    description: `Pairs the sections of two texts (by provenance when both come from the tool,
otherwise by heading and text), classifies each pair (unchanged, renumbered,
moved, modified, added, removed, split, merged) and shows a word-level
redline. With one file, the base is the model Act: for a draft made by the
tool, rendered with its jurisdiction's defaults; for any other Act, the full
model (every optional clause, both joint-operations forms), with sections
paired by what they do. Acts may be Markdown, .txt, .docx, .html or Akoma
Ntoso .xml.

When a text was written by \`ccm-draft build\` and its draft-bill.build.json
sits beside it, each difference from the model says which answer caused it,
and sections edited by hand after the build are marked as such.`,
    options: {
      format: {
        type: 'string',
        short: 'f',
        value: '<md|html|json>',
        description: 'output format (default: md); html is one self-contained page'
      },
      out: {type: 'string', short: 'o', value: '<file>', description: 'write to a file instead of stdout'},
      jurisdiction: {...jurisdiction, value: '<id>', description: "profile for the model base (default: the draft's, else generic)"},
      model: {...model, description: 'model Act for the model base (default: the bundled one)'},
      force: {...force, description: 'replace an existing output file'},
      'max-size': maxSize
    },
    examples: ['ccm-draft compare out/draft-bill.md --format html --out redline.html', 'ccm-draft compare old-act.md new-bill.md'],
    allowPositionals: true,
    load: () => import('./commands/compare.js')
  },
  {
    name: 'export',
    summary: 'export a draft bill to Word (.docx), a self-contained HTML page or Akoma Ntoso XML',
    usage:
      'ccm-draft export <draft.md> --to docx|html|akn --out <file> [--paper a4|letter] [--date <YYYY-MM-DD>] [--country <code>] [--force]',
    description: `Reads a draft bill in the layout \`build\` writes (hand edits are fine while
that layout holds) and writes it as:
  docx   Word: the front matter in the jurisdiction's house style (arrangement
         of sections linked to each section, title, long title, enacting
         formula), Parts and sections as Heading 1 and 2 (the navigation pane
         and a TOC work), hanging indents, page numbers, the bill's title in
         the header and the document language set
  html   one printable page with inline styles; the arrangement links to each section
  akn    Akoma Ntoso 3.0 (akomaNtoso/bill, or act for an Act as passed) with
         FRBR identifiers by the naming convention, eIds, cross-references as
         <ref>, the schedules as attachments, and links to the model clauses
         and Convention articles (from the .build.json beside the draft);
         valid against the OASIS schema
Numbering and cross-references are kept exactly as in the draft. When the
draft no longer has the expected layout, nothing is written and the problems
are listed as file:line:col.`,
    options: {
      to: {type: 'string', short: 't', value: '<docx|html|akn>', description: 'output format'},
      out: {type: 'string', short: 'o', value: '<file>', description: 'file to write'},
      paper: {type: 'string', value: '<a4|letter>', description: 'paper size for docx (default: a4)'},
      date: {
        type: 'string',
        value: '<YYYY-MM-DD>',
        description: 'version date (AKN FRBR dates, Word document properties; default: today for akn, none for docx)'
      },
      country: {
        type: 'string',
        value: '<code>',
        description: "ISO 3166-1 alpha-2 country code for AKN identifiers (default: the profile's `country`, from the .build.json)"
      },
      force: {...force, description: 'replace an existing output file'},
      'max-size': maxSize
    },
    examples: [
      'ccm-draft export out/draft-bill.md --to docx --out out/draft-bill.docx',
      'ccm-draft export out/draft-bill.md --to akn --out out/draft-bill.xml --date 2027-03-01'
    ],
    allowPositionals: true,
    load: () => import('./commands/export.js')
  },
  {
    name: 'report',
    summary: 'prefill the Article 7 transparency report (Form A: national implementation measures)',
    usage:
      'ccm-draft report article7 --answers <file.yaml> [--out <dir>] [--status drafted|introduced|enacted] [--today <YYYY-MM-DD>] [--force]',
    description: `Prefills Form A of the Article 7 report (national implementation measures)
from the answers file and the draft it builds: the bill and its status,
existing laws relied on, administrative measures and the agencies
responsible, and what the State decided was not needed, each as a
definitive statement. Where the answers say whether the State holds stocks,
retains cluster munitions, has contaminated areas or victims, draft
statements for the other Article 7(1) paragraphs follow, marked for the
government to confirm. Writes <out>/article7-form-a.md and .docx.`,
    options: {
      answers,
      jurisdiction: {...jurisdiction, description: 'profile id or file (overrides the answers file)'},
      out: {type: 'string', short: 'o', value: '<dir>', description: 'output folder (default: out)'},
      status: {
        type: 'string',
        value: '<status>',
        description: 'where the bill stands: drafted, introduced or enacted (default: enacted for a text printed as an Act, else drafted)'
      },
      today: {...today, description: 'date of the report, and the day its deadlines are judged against (default: today)'},
      date: {type: 'string', value: '<YYYY-MM-DD>', description: 'another name for --today'},
      force,
      'max-size': maxSize
    },
    examples: ['ccm-draft report article7 --answers examples/generic-small-state.yaml --out out'],
    allowPositionals: true,
    load: () => import('./commands/report.js')
  },
  {
    name: 'matrix',
    summary: 'workshop matrix: several Acts against checklist items and strength components',
    usage: 'ccm-draft matrix <act…> [--format md|html|csv|json] [--out <file>] [--force]',
    description: `Tabulates several drafts or Acts against the checklist items and the strength
components, each cell linking to the section that provides it. Drafts made by
the tool are read with their provenance; other Acts through the gap analysis.`,
    options: {
      format: {type: 'string', short: 'f', value: '<md|html|csv|json>', description: 'output format (default: md)'},
      out: {type: 'string', short: 'o', value: '<file>', description: 'write to a file instead of stdout'},
      force: {...force, description: 'replace an existing output file'},
      'max-size': maxSize
    },
    examples: ['ccm-draft matrix draft-a/draft-bill.md draft-b/draft-bill.md existing-act.md --format html --out matrix.html'],
    allowPositionals: true,
    load: () => import('./commands/matrix.js')
  },
  {
    name: 'workshop',
    summary: "training room: each participant's bill, gap report and feedback sheet, and the matrix (also: init, exercises)",
    usage:
      'ccm-draft workshop <folder> [--today <YYYY-MM-DD>] [--force]\n       ccm-draft workshop init <folder> (--participants <n> | --states "Aland,Borduria,…") [--jurisdiction <id|file>] [--force]\n       ccm-draft workshop exercises <out-folder> --seed <n> [--count <n>] [--force]',
    description: `workshop <folder>: the folder holds one answers file per participant
(<name>.yaml) and, optionally, the folder of a draft the wizard wrote for them
and they edited by hand (<name>/draft-bill.md with its draft-bill.build.json).
Builds every draft that needs building (outputs of the last run are reused
when the answers, profile, model, tool and date are unchanged), reads edited
drafts as they are, and writes into <folder>/out/: <name>/ (the bill, its
build record, explanatory note, gap report, and a one-page feedback sheet as
feedback.html and feedback.docx) and the room's matrix (matrix.html, .md,
.csv). One line per participant, then a summary. A participant whose files
are wrong is reported with file:line:col and the others go on.
Exit codes: 0 all done; 1 some participants failed (the others and the
matrix are written); 2 bad usage, or nothing could be built.
A re-run replaces the files the workshop wrote and nobody changed since;
any other file in the way is only replaced with --force.

workshop init <folder>: writes one answers file per participant (named by
State with --states) from a jurisdiction profile, and README.md telling the
participants, in plain words, how to fill in their file with the wizard and
hand it back.

workshop exercises <out-folder>: a pack of spot-the-gap exercises: short
bills made from the model with one or two provisions removed or replaced by
a near miss, a sheet per exercise and the trainer's answer key. The same
--seed gives the same pack, byte for byte.`,
    options: {
      today: {...today, description: 'date deadlines are judged against (default: today)'},
      participants: {type: 'string', short: 'n', value: '<n>', description: 'init: how many participants (default: as many as --states)'},
      states: {type: 'string', value: '<"A,B,…">', description: "init: the participants' States, separated by commas (names the files)"},
      jurisdiction: {...jurisdiction, description: 'init: profile id in jurisdictions/ or a profile file (default: generic)'},
      seed: {type: 'string', value: '<n>', description: 'exercises: which pack (a whole number; the same seed, the same pack)'},
      count: {type: 'string', value: '<n>', description: 'exercises: how many exercises (default: 6)'},
      force: {...force, description: 'replace files the command did not write, or that were changed since'},
      'max-size': maxSize
    },
    examples: [
      'ccm-draft workshop init room --states "Aland,Borduria,Carpathia,Dorvia,Elbonia,Freedonia"',
      'ccm-draft workshop room',
      'ccm-draft workshop exercises room/exercises --seed 7'
    ],
    allowPositionals: true,
    load: () => import('./commands/workshop.js')
  }
];
