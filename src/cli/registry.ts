/**
 * The commands, as data. Each loads its module only when run, so start-up
 * cost is paid per command (module loading dominates a short CLI run).
 */
import type {CommandSpec} from './command.js';

const common = {
  help: {type: 'boolean', short: 'h'}
} as const;

/** All commands, in the order `--help` lists them. */
export const commands: CommandSpec[] = [
  {
    name: 'wizard',
    summary: 'answer the Article 9 checklist step by step and build the draft (default in a terminal)',
    usage: 'ccm-draft wizard [--answers <file.yaml>] [--out <dir>] [--force]',
    help: `Walks the Article 9 implementation checklist one item at a time, explains why
each question is asked, saves every answer to the answers file as you go, and
builds the draft bill and gap report at the end. Run it again with the same
--answers file to resume where you stopped.

Options:
  --answers <file>   answers file to create or resume (default: my-answers.yaml)
  --out <dir>        where to write the draft (default: out)
  --force            replace existing output files
  -h, --help         show this help`,
    options: {...common, answers: {type: 'string', short: 'a'}, out: {type: 'string', short: 'o'}, force: {type: 'boolean'}},
    allowPositionals: false,
    load: () => import('./commands/wizard.js')
  },
  {
    name: 'build',
    summary: 'assemble the draft bill (and gap report) from an answers file',
    usage: 'ccm-draft build --answers <file.yaml> [--jurisdiction <id|file>] [--out <dir>] [--force]',
    help: `Assembles the model Cluster Munitions Act with your answers: selects the
clauses that apply, fills the parameters, numbers Parts, sections, subsections
and paragraphs, resolves cross-references and writes <out>/draft-bill.md.
Answers not given take the jurisdiction profile's or the model's defaults and
are listed on stderr.

Options:
  -a, --answers <file>       answers file (YAML; see README "Answers file")
  -j, --jurisdiction <id>    profile id in jurisdictions/ or a profile file (overrides the answers file)
  -o, --out <dir>            output folder (default: out)
      --model <file>         model Act to use (default: the bundled model-law/cluster-munitions-act.md)
      --today <YYYY-MM-DD>   date used for deadlines in the gap report (default: today)
      --force                replace existing output files
  -h, --help                 show this help

Example:
  ccm-draft build --answers examples/generic-small-state.yaml --out out`,
    options: {
      ...common,
      answers: {type: 'string', short: 'a'},
      jurisdiction: {type: 'string', short: 'j'},
      out: {type: 'string', short: 'o'},
      model: {type: 'string'},
      today: {type: 'string'},
      force: {type: 'boolean'}
    },
    allowPositionals: false,
    load: () => import('./commands/build.js')
  },
  {
    name: 'lint',
    summary: 'check the model Act, clause files, checklists, profiles and answers files',
    usage: 'ccm-draft lint [paths…] [--format text|json]',
    help: `Checks model and clause files (unknown directives or attributes, duplicate or
missing ids, undefined or unused parameters, references to unknown ids or to
clauses a condition can remove, conditions naming unknown answers, type
errors), checklists (.yaml with items:), jurisdiction profiles and answers
files. With no paths, checks the bundled model, checklist and profiles.
Messages: file:line:col: reason [rule-id]. Exit code 1 when there are errors.

Options:
  --format <text|json>   output format (default: text)
  -h, --help             show this help`,
    options: {...common, format: {type: 'string', short: 'f'}},
    allowPositionals: true,
    load: () => import('./commands/lint.js')
  },
  {
    name: 'gap',
    summary: 'gap report for answers (a draft made by the tool) or for any Act',
    usage:
      'ccm-draft gap (--answers <file.yaml> | <act>) [--format md|html|csv|docx|json] [--out <file|dir>] [--today YYYY-MM-DD] [--force]',
    help: `With --answers: writes gap-report.md and gap-report.json for the draft the
answers produce (checklist, Convention and strength views, deadlines).
With an Act (Markdown, .txt, .docx, .html or Akoma Ntoso .xml, detected
automatically): reads each provision for what it does and prints the
Convention and strength views, citing sections and quoting evidence.

Options:
  -a, --answers <file>     answers file
  -f, --format <fmt>       output for an Act: md, html, csv, docx (needs --out) or json (default: md)
  -o, --out <file|dir>     write to a file (Act) or folder (answers) instead of stdout
      --today <YYYY-MM-DD> date for deadline status (default: today)
      --force              replace existing output files
  -h, --help               show this help`,
    options: {
      ...common,
      answers: {type: 'string', short: 'a'},
      format: {type: 'string', short: 'f'},
      out: {type: 'string', short: 'o'},
      today: {type: 'string'},
      force: {type: 'boolean'}
    },
    allowPositionals: true,
    load: () => import('./commands/gap.js')
  },
  {
    name: 'compare',
    summary: 'align two Acts or drafts clause by clause and show a redline',
    usage: 'ccm-draft compare [<base>] <other> [--format md|html|json] [--out <file>] [--jurisdiction <id>] [--force]',
    help: `Pairs the sections of two texts (by provenance when both come from the tool,
otherwise by heading and text), classifies each pair (unchanged, renumbered,
moved, modified, added, removed, split, merged) and shows a word-level
redline. With one file, the base is the model Act: for a draft made by the
tool, rendered with its jurisdiction's defaults; for any other Act, the full
model (every optional clause, both joint-operations forms), with sections
paired by what they do. Acts may be Markdown, .txt, .docx, .html or Akoma
Ntoso .xml.

When a text was written by \`ccm-draft build\` and its draft-bill.build.json
sits beside it, each difference from the model says which answer caused it,
and sections edited by hand after the build are marked as such.

Options:
  -f, --format <md|html|json>  output format (default: md); html is one self-contained page
  -o, --out <file>             write to a file instead of stdout
  -j, --jurisdiction <id>      profile for the model base (default: the draft's, else generic)
      --model <file>           model Act for the model base (default: the bundled one)
      --force                  replace an existing output file
  -h, --help                   show this help

Examples:
  ccm-draft compare out/draft-bill.md --format html --out redline.html
  ccm-draft compare old-act.md new-bill.md`,
    options: {
      ...common,
      format: {type: 'string', short: 'f'},
      out: {type: 'string', short: 'o'},
      force: {type: 'boolean'},
      jurisdiction: {type: 'string', short: 'j'},
      model: {type: 'string'}
    },
    allowPositionals: true,
    load: () => import('./commands/compare.js')
  },
  {
    name: 'export',
    summary: 'export a draft bill to Word (.docx), a self-contained HTML page or Akoma Ntoso XML',
    usage: 'ccm-draft export <draft.md> --to docx|html|akn --out <file> [--paper a4|letter] [--date <YYYY-MM-DD>] [--force]',
    help: `Reads a draft bill in the layout \`build\` writes (hand edits are fine while
that layout holds) and writes it as:
  docx   Word: title, long title, enacting formula, arrangement of sections
         linked to each section, Parts and sections as Heading 1 and 2 (the
         navigation pane and a TOC work), hanging indents, page numbers
  html   one printable page with inline styles; the arrangement links to each section
  akn    Akoma Ntoso 3.0 (akomaNtoso/bill) with FRBR metadata, eIds, cross-
         references as <ref>, and links to the model clauses and Convention
         articles (from the .build.json beside the draft, when present)
Numbering and cross-references are kept exactly as in the draft. When the
draft no longer has the expected layout, nothing is written and the problems
are listed as file:line:col.

Options:
  -t, --to <docx|html|akn>   output format
  -o, --out <file>           file to write
      --paper <a4|letter>    paper size for docx (default: a4)
      --date <YYYY-MM-DD>    version date (AKN FRBR dates, Word document properties; default: today for akn, none for docx)
      --country <code>       AKN FRBR country (default: the jurisdiction id in the provenance file)
      --force                replace an existing output file
  -h, --help                 show this help

Example:
  ccm-draft export out/draft-bill.md --to docx --out out/draft-bill.docx`,
    options: {
      ...common,
      to: {type: 'string', short: 't'},
      out: {type: 'string', short: 'o'},
      paper: {type: 'string'},
      date: {type: 'string'},
      country: {type: 'string'},
      force: {type: 'boolean'}
    },
    allowPositionals: true,
    load: () => import('./commands/export.js')
  },
  {
    name: 'report',
    summary: 'prefill the Article 7 transparency report (Form A: national implementation measures)',
    usage: 'ccm-draft report article7 --answers <file.yaml> [--out <dir>] [--status drafted|introduced|enacted] [--force]',
    help: `Prefills Form A of the Article 7 report (national implementation measures)
from the answers file and the draft it builds: the bill and its status,
existing laws relied on, administrative measures and the agencies
responsible, and what the State decided was not needed, each as a
definitive statement. Where the answers say whether the State holds stocks,
retains cluster munitions, has contaminated areas or victims, draft
statements for the other Article 7(1) paragraphs follow, marked for the
government to confirm. Writes <out>/article7-form-a.md and .docx.

Options:
  -a, --answers <file>     answers file
  -j, --jurisdiction <id>  profile id or file (overrides the answers file)
  -o, --out <dir>          output folder (default: out)
      --status <status>    where the bill stands: drafted (default), introduced or enacted
      --date <YYYY-MM-DD>  date of the report (default: today)
      --force              replace existing output files
  -h, --help               show this help

Example:
  ccm-draft report article7 --answers examples/generic-small-state.yaml --out out`,
    options: {
      ...common,
      answers: {type: 'string', short: 'a'},
      jurisdiction: {type: 'string', short: 'j'},
      out: {type: 'string', short: 'o'},
      status: {type: 'string'},
      date: {type: 'string'},
      force: {type: 'boolean'}
    },
    allowPositionals: true,
    load: () => import('./commands/report.js')
  },
  {
    name: 'matrix',
    summary: 'workshop matrix: several Acts against checklist items and strength components',
    usage: 'ccm-draft matrix <act…> [--format md|html|csv|json] [--out <file>] [--force]',
    help: `Tabulates several drafts or Acts against the checklist items and the strength
components, each cell linking to the section that provides it. Drafts made by
the tool are read with their provenance; other Acts through the gap analysis.

Options:
  -f, --format <md|html|csv|json>  output format (default: md)
  -o, --out <file>            write to a file instead of stdout
      --force                 replace an existing output file
  -h, --help                  show this help`,
    options: {...common, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}, force: {type: 'boolean'}},
    allowPositionals: true,
    load: () => import('./commands/matrix.js')
  }
];
