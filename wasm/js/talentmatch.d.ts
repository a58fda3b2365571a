// Type declarations for talentmatch.js (the JavaScript API over the WebAssembly core).

export type Provenance = 'publication' | 'illustrative';

/** Options of createTalentMatch; any other key is an error. */
export interface TalentMatchOptions {
  /** The catalogue: a URL, a bundle {key_industries, skilled_occupations, qualifications, services},
   *  a single document, File/Blob objects, or an array of those. Default: the bundled catalogue.json. */
  catalogue?: string | URL | Blob | object | Array<string | URL | Blob | object>;
  /** The .wasm bytes, when the host cannot fetch them (e.g. some bundlers). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find talentmatch_core.wasm, as with any Emscripten module. */
  locateFile?: (path: string, prefix: string) => string;
}

/** A posting: free text (title on the first line) or structured fields. */
export type Posting = string | {
  id?: string | number;
  text?: string;
  title?: string;
  description?: string;
  requirements?: string;
  salary?: string;
  location?: string;
  industry?: string;
};

/** UTF-8 byte offsets [start, end) and UTF-16 offsets [start_u16, end_u16) (for String.prototype.slice) into a posting field. */
export interface TextSpan {
  field: string; start: number; end: number; start_u16: number; end_u16: number;
}

export interface PositionMatch {
  id: string; title_zh: string; title_en: string;
  direction_id: string; direction_zh: string; direction_en: string;
  field_id: string; field_zh: string; field_en: string;
  industry_id: string; industry_zh: string; industry_en: string;
  stars: number; dimensions?: { supply_demand: number; training: number; transfer: number };
  salary_median: number; salary_provenance: Provenance;
  score: number; confidence: number; provenance: Provenance;
  [key: string]: unknown;
}

export interface MatchResult {
  id?: string | number | null;
  best: { kind: 'position' | 'occupation' | 'none'; id: string | null; name_zh: string | null; name_en: string | null; confidence: number };
  positions: PositionMatch[];
  fallback: null | { level: 'direction' | 'core_field' | 'industry'; id: string; name_zh: string; name_en: string };
  occupations: Array<{ id: string; name_zh: string; name_en: string; urgency: number; score: number; confidence: number; [key: string]: unknown }>;
  salary: null | { text: string; annual_cny: [number, number]; median: number; ratio_to_median: number | null; verdict: 'below' | 'around' | 'above' | '' | null; offsets: TextSpan; [key: string]: unknown };
  qualifications: Array<{ id: string; abbr: string; name_zh: string; name_en: string; urgent: boolean; matched: string; offsets: TextSpan[]; [key: string]: unknown }>;
  /** Why: the terms that counted for each listed position and the best occupation, with offsets. */
  explanation: { reason: string; title?: TextSpan; normalisations: string[]; positions: unknown[]; occupation?: unknown; [key: string]: unknown };
  notice?: string;
  [key: string]: unknown;
}

/** In matchMany's results, in place of a posting that could not be matched. */
export interface MatchError {
  /** The posting's position in the array given to matchMany. */
  index: number;
  /** The posting's id, when it had one. */
  id?: string | number | null;
  error: string;
}

export interface ServiceStatus {
  id: string; name_zh: string; name_en: string;
  status: 'applies' | 'does_not_apply' | 'needs_information';
  reason_zh: string; reason_en: string;
  [key: string]: unknown;
}

export interface Profile {
  qualifications: string[];
  nationality?: 'foreign' | 'chinese';
  age?: number;
  high_tech?: boolean;
  public_institution?: boolean;
}

export interface QualificationHit {
  id: string; abbr: string; name_zh: string; name_en: string; aliases: string[];
  urgent: boolean; provenance: Provenance;
  /** 0..1; 1 = exact name, abbreviation, alias or id. */
  score: number;
  match: 'exact' | 'contains' | 'contained' | 'typo' | 'filter';
  matched: string; matched_on: string; why: string;
  /** What holding it gives: the services whose qualification requirement it meets. */
  gains: { convenience: number; upgraded: number; summary_zh: string; summary_en: string; services: object[] };
  [key: string]: unknown;
}

export interface MajorHit {
  position_id: string; title_zh: string; title_en: string;
  field: { id: string; name_zh: string; name_en: string; stars: number };
  salary_median: number; salary_provenance: Provenance;
  matched_major: string; language: 'zh' | 'en';
  match: 'exact' | 'contains' | 'contained' | 'typo'; score: number;
}

export interface TalentMatch {
  /** Replaces the catalogue; on any error throws TalentMatchError (details.errors) and keeps the old one. */
  load(catalogue?: TalentMatchOptions['catalogue']): Promise<void>;
  stats(): Record<string, number | object>;
  info(): object;
  get(id: string): object | null;
  find(text: string, options?: { limit?: number }): Array<{ id: string; kind: string; matched: string; exact: boolean }>;
  /**
   * `explain: false` skips the per-term explanation: `explanation.positions` is [] and
   * `explanation.occupation` null (reason, title, normalisations and salary_note stay); every
   * other key and value is the same. Several times faster; default true.
   */
  match(posting: Posting, options?: { top?: number; explain?: boolean }): MatchResult;
  /** Results in input order; crosses into wasm once per chunk (chunkSize postings, default 250, at most 2 MB of text). `explain` as for match(). */
  matchMany(postings: Posting[], options?: { top?: number; explain?: boolean; chunkSize?: number; onProgress?: (done: number, total: number) => void }): Array<MatchResult | MatchError>;
  /** `text` may be '' when a filter is given. field/region: id or name; urgent: only the urgent list. */
  findQualification(text: string, filters?: { field?: string; region?: string; urgent?: boolean; limit?: number }): QualificationHit[];
  check(profile: Profile): { profile: object; services: ServiceStatus[]; verification: object; [key: string]: unknown };
  positionsForMajor(text: string, options?: { limit?: number }): MajorHit[];
  catalogue: {
    tree(): object[];
    occupations(): object;
    qualifications(): object;
    services(): object[];
    get(id: string): object | null;
  };
  heapBytes(): number;
  /** Blocks the engine has allocated and not freed: the same after the same work, so a leak shows exactly. */
  liveAllocations(): number;
  dispose(): void;
}

/** Every error the API throws: bad input (the message names the call and the argument), an
 *  invalid catalogue (details.errors lists every problem), a call after dispose(), a failed engine. */
export class TalentMatchError extends Error {
  name: 'TalentMatchError';
  details?: { errors?: string[] };
}

export function createTalentMatch(options?: TalentMatchOptions): Promise<TalentMatch>;
export default createTalentMatch;
