// Type declarations for talentmatch.js (the JavaScript API over the WebAssembly core).

export type Provenance = 'publication' | 'illustrative';

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

export interface PositionMatch {
  id: string; title_zh: string; title_en: string;
  direction_zh: string; field_zh: string; industry_zh: string;
  stars: number; score: number; confidence: number; provenance: Provenance;
  [key: string]: unknown;
}

export interface MatchResult {
  id?: string | number | null;
  best: { kind: 'position' | 'occupation' | 'none'; id: string | null; name_zh: string | null; name_en: string | null; confidence: number };
  positions: PositionMatch[];
  fallback: null | { level: 'direction' | 'core_field' | 'industry'; id: string; name_zh: string; name_en: string };
  occupations: Array<{ id: string; name_zh: string; name_en: string; urgency: number; confidence: number }>;
  salary: null | { annual_cny: [number, number]; ratio_to_median: number | null; verdict: 'below' | 'around' | 'above' | null; [key: string]: unknown };
  qualifications: Array<{ id: string; abbr: string; name_en: string; urgent: boolean; [key: string]: unknown }>;
  explanation: unknown;
  [key: string]: unknown;
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

export interface TalentMatch {
  /** Replaces the catalogue; on any error throws TalentMatchError (details.errors) and keeps the old one. */
  load(catalogue?: TalentMatchOptions['catalogue']): Promise<void>;
  stats(): Record<string, number | object>;
  info(): object;
  get(id: string): object | null;
  find(text: string, options?: { limit?: number }): Array<{ id: string; kind: string; matched: string; exact: boolean }>;
  match(posting: Posting, options?: { top?: number }): MatchResult;
  matchMany(postings: Posting[], options?: { top?: number; chunkSize?: number; onProgress?: (done: number, total: number) => void }): Array<MatchResult | { index: number; error: string }>;
  findQualification(text: string, filters?: { field?: string; region?: string; urgent?: boolean; limit?: number }): object[];
  check(profile: Profile): { services: ServiceStatus[]; verification: object; [key: string]: unknown };
  positionsForMajor(text: string, options?: { limit?: number }): object[];
  catalogue: {
    tree(): object[];
    occupations(): object;
    qualifications(): object;
    services(): object[];
    get(id: string): object | null;
  };
  heapBytes(): number;
  dispose(): void;
}

export class TalentMatchError extends Error {
  details?: { errors?: string[] };
}

export function createTalentMatch(options?: TalentMatchOptions): Promise<TalentMatch>;
export default createTalentMatch;
