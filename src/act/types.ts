/**
 * A flat view of a {@link Bill}: its sections in order with their folded
 * text, raw source slice and numbered provisions as a list. Provenance
 * (`src/compare/provenance.ts`) and the workshop matrix read it; new code
 * reads the Bill itself. Built by {@link flatView} (src/act/view.ts).
 */
import type {VFileMessage} from 'vfile-message';
import type {Bill, Section} from '../bill/model.js';

/** A point in the source: 1-based line and column, 0-based offset. */
export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

/** A numbered subdivision inside a section: subsection, paragraph, subparagraph. */
export interface Provision {
  /** Label as printed, e.g. `(1)`, `(a)`, `(ii)`. */
  label: string;
  /** Path of labels from the section down, e.g. `['2', 'b']` for s 9(2)(b). */
  path: string[];
  /** Text of this provision only (without nested provisions), whitespace folded. */
  text: string;
  start: SourcePoint;
  end: SourcePoint;
}

/** A section (or a Criminal Code style numbered provision such as 72.38). */
export interface ActSection {
  /** The section number as printed: `6`, `10A`, `72.38`. */
  number: string;
  /** The heading text ("Offences"), empty when the Act gives none. */
  heading: string;
  /** The Part / Division / Subdivision path the section sits in (headings as printed). */
  containers: string[];
  /** Full body text of the section, whitespace folded (headings excluded). */
  text: string;
  /** The exact source slice of the section (heading included), for redlines. */
  raw: string;
  /** Numbered provisions in document order. */
  provisions: Provision[];
  start: SourcePoint;
  end: SourcePoint;
  /** Clause id when the text came from ccm-drafter and provenance is known. */
  clauseId?: string | undefined;
  /** The section of the Bill this row shows. */
  source?: Section | undefined;
}

/** A schedule at the end of an Act. */
export interface ActSchedule {
  number: string;
  heading: string;
  text: string;
  raw: string;
  start: SourcePoint;
  end: SourcePoint;
}

/** An Act as a flat list of sections. */
export interface ActDocument {
  /** Path as the user gave it. */
  path: string;
  /** The title (first heading or title line), empty when none was found. */
  title: string;
  /** Text before the first section (long title, preamble, enacting words). */
  preamble: string;
  sections: ActSection[];
  schedules: ActSchedule[];
  /** What could not be read, as positioned messages (warnings, or errors when nothing was read). */
  messages: VFileMessage[];
  /** The Bill this view shows (absent for views built by hand in tests). */
  bill?: Bill | undefined;
}
