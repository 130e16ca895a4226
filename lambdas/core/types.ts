/**
 * The event record and the shapes the coder works with. See DESIGN.md ("The event record").
 * Everything in lambdas/core is pure: no AWS SDK, no fs, no process.env.
 */

export type DateBasis = 'explicit' | 'relative' | 'document';
export type DatePrecision = 'day' | 'month' | 'year';

export interface ActorRef {
  /** The words in the sentence that named the actor. */
  text: string;
  /** The canonical name (a person's full name, a country's short name). */
  name: string;
  /** CAMEO actor code: country + role (EGYGOV), or the org code (UNO), or role alone (REB). */
  code: string;
  /** ISO 3166-1 alpha-3 (CAMEO country code where it differs); null for an international org. */
  country: string | null;
  /** CAMEO sector (GOV, MIL, REB, ...) or null when only a country is known. */
  role: string | null;
  /** International organisation code (UNO, EUR, NATO, ...) or null. */
  org: string | null;
}

export interface ActionRef {
  text: string;
  code: string;
  root: string;
  label: string;
  quadClass: number;
  goldstein: number;
  plover: string | null;
}

export interface LocationRef {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
}

export interface EventRecord {
  id: string;
  doc: string;
  sentence: number;
  text: string;
  date: string;
  dateBasis: DateBasis;
  datePrecision: DatePrecision;
  source: ActorRef;
  target: ActorRef | null;
  action: ActionRef;
  location: LocationRef | null;
  coder: string;
}

/** One line of the --explain trace: which rule produced or dropped what. */
export interface TraceEntry {
  sentence: number;
  step: string;
  rule: string;
  outcome: 'produced' | 'dropped' | 'note';
  detail: string;
}

export interface CodedDocument {
  doc: string;
  /** Publication date from the `date YYYY-MM-DD` header, or the fallback given by the caller. */
  published: string;
  events: EventRecord[];
  /** Things worth telling the user that did not stop coding (e.g. "no date header"). */
  warnings: string[];
  trace: TraceEntry[];
}

export interface CodeOptions {
  /** The document key (S3 key or file path); goes into every record and its id. */
  doc: string;
  /** Used when the text has no date header (e.g. the object's LastModified day), YYYY-MM-DD. */
  fallbackDate?: string;
  /** What that day is, for the warning an undated text gets: "the file's upload day" unless said. */
  fallbackDateIs?: string;
  /** Collect a trace of rules fired and candidates dropped. */
  explain?: boolean;
}

/** Thrown for input that cannot be coded at all; `code` is a stable reason for the status record. */
export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export type DocumentErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_ENCODING'
  | 'BAD_DATE'
  | 'NO_DATE'
  | 'TOO_LARGE'
  | 'UNREADABLE';
