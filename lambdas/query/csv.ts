/** Events as CSV (RFC 4180) with GDELT-like column names, and as NDJSON. */
import type { EventRecord } from '../core/types';

export const CSV_COLUMNS = [
  'id',
  'date',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Type1Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Type1Code',
  'EventCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'Plover',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'doc',
  'sentence',
  'text',
] as const;

type Cell = string | number | null | undefined;

/** Quotes a field only when it needs it (comma, quote, CR or LF), doubling inner quotes. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(e: EventRecord): Cell[] {
  return [
    e.id,
    e.date,
    e.source.code,
    e.source.name,
    e.source.country,
    e.source.role ?? e.source.org,
    e.target?.code,
    e.target?.name,
    e.target?.country,
    e.target?.role ?? e.target?.org,
    e.action.code,
    e.action.root,
    e.action.quadClass,
    e.action.goldstein,
    e.action.plover,
    e.location?.name,
    e.location?.country,
    e.location?.lat,
    e.location?.lon,
    e.doc,
    e.sentence,
    e.text,
  ];
}

/** A header line and one line per event, CRLF-terminated as RFC 4180 says. */
export function toCsv(events: EventRecord[]): string {
  return [CSV_COLUMNS, ...events.map(row)].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

export function toNdjson(events: EventRecord[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
