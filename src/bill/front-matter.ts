/**
 * House styles of a bill's front matter: the order of the arrangement of
 * sections, the title, the long title, recitals and the enacting formula,
 * and where a printed bill starts a new page. A jurisdiction profile names
 * its style (`front_matter:`); the Markdown draft, Word, HTML and Akoma
 * Ntoso all follow it, so the front matter reads the same in every format.
 *
 * Pure data, importable from every layer.
 */

/** One block of front matter. `preamble` is any recitals ("WHEREAS …"). */
export type FrontMatterBlock = 'arrangement' | 'title' | 'longTitle' | 'preamble' | 'enactingFormula';

/** How one house style lays out the front matter. */
export interface FrontMatterStyle {
  /** What the house style calls the arrangement of sections. */
  arrangementHeading: string;
  /** The blocks in order, grouped by printed page: each group after the first starts a new page. */
  pages: readonly (readonly FrontMatterBlock[])[];
  /** Whether Part 1 (the body) starts a new page, or follows the last group on its page. */
  bodyOnNewPage: boolean;
}

/**
 * The styles:
 * - `westminster`: the arrangement of sections first, on its own page(s);
 *   then the title, long title, recitals and enacting formula together; Part 1
 *   on a new page (Commonwealth Caribbean, African and Pacific bills print the
 *   arrangement before the bill's first page).
 * - `nz`: the title and long title; the Contents on their own page(s); the
 *   enacting formula at the head of the page where Part 1 begins, as New
 *   Zealand bills and Acts print it.
 */
export const frontMatterStyles = {
  westminster: {
    arrangementHeading: 'Arrangement of sections',
    pages: [['arrangement'], ['title', 'longTitle', 'preamble', 'enactingFormula']],
    bodyOnNewPage: true
  },
  nz: {
    arrangementHeading: 'Contents',
    pages: [['title', 'longTitle'], ['arrangement'], ['preamble', 'enactingFormula']],
    bodyOnNewPage: false
  }
} as const satisfies Record<string, FrontMatterStyle>;

/** The name of a house style. */
export type FrontMatterStyleName = keyof typeof frontMatterStyles;

/** The style names, for validation and messages. */
export const frontMatterStyleNames = Object.keys(frontMatterStyles) as FrontMatterStyleName[];

/** The style used when neither the profile nor the document says. */
export const defaultFrontMatterStyle: FrontMatterStyleName = 'westminster';

/** The blocks of a style in order. */
export function frontMatterOrder(style: FrontMatterStyleName = defaultFrontMatterStyle): FrontMatterBlock[] {
  return frontMatterStyles[style].pages.flat();
}

/** What a bill holds of its front matter (the fields of `Bill` that decide which blocks print). */
export interface FrontMatterContent {
  body: readonly unknown[];
  schedules: readonly unknown[];
  longTitle?: unknown;
  preamble: readonly unknown[];
  enactingFormula?: unknown;
}

/** Whether a bill prints a block: every format asks the same question, so every format prints the same blocks. */
export function frontMatterPresent(bill: FrontMatterContent): (block: FrontMatterBlock) => boolean {
  return (block) =>
    block === 'arrangement'
      ? bill.body.length > 0 || bill.schedules.length > 0
      : block === 'title'
        ? true
        : block === 'longTitle'
          ? bill.longTitle !== undefined
          : block === 'preamble'
            ? bill.preamble.length > 0
            : bill.enactingFormula !== undefined;
}

/**
 * For each block present, whether it starts a new printed page: the first
 * present block of every page group after the first group that has anything
 * on it.
 */
export function frontMatterPageStarts(style: FrontMatterStyleName, present: (block: FrontMatterBlock) => boolean): Set<FrontMatterBlock> {
  const starts = new Set<FrontMatterBlock>();
  let printedBefore = false;
  for (const page of frontMatterStyles[style].pages) {
    const first = page.find(present);
    if (!first) continue;
    if (printedBefore) starts.add(first);
    printedBefore = true;
  }
  return starts;
}
