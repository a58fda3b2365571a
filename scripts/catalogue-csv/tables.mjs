// The CSV layout of the four catalogue documents: one table (CSV file) per array, one column
// per record key, plus meta.csv for the top-level keys. Shared by the importer and the exporter
// so the two stay exact inverses. docs/IMPORT.md documents the same tables for operators.

// Column kinds: how a cell becomes a JSON value (cells.mjs).
//   text       a string; an empty cell leaves the key out
//   nullable   a string; an empty cell becomes null
//   integer    a whole number; an empty cell leaves the key out
//   boolean    true/false/是/否/1/0; an empty cell leaves the key out
//   list       strings separated by | (or ；/;); an empty cell becomes []
//   tags       like list, but an empty cell leaves the key out (illustrative_fields)
//   provenance publication/illustrative; an empty cell or a missing column takes the default
//
// `required`: the header must have the column. `path`: where the value goes inside the record
// when it is not the column's own name (the three dimension columns).

const col = (name, kind, options = {}) => ({ name, kind, required: false, path: [name], ...options });
const req = (name, kind) => col(name, kind, { required: true });

// Every record ends with these two columns.
const recordTail = [col('provenance', 'provenance'), col('illustrative_fields', 'tags')];

const namedRecord = (parentColumn) => [
  req('id', 'text'),
  ...(parentColumn ? [req(parentColumn, 'text')] : []),
  req('name_zh', 'text'),
  req('name_en', 'text'),
];

// Levels used when an import has no urgency_levels.csv (as in the 2023 publication).
export const DEFAULT_URGENCY_LEVELS = [
  { level: 3, name_zh: '非常急需紧缺', name_en: 'Very urgently needed', provenance: 'publication' },
  { level: 2, name_zh: '比较急需紧缺', name_en: 'Fairly urgently needed', provenance: 'illustrative' },
  { level: 1, name_zh: '急需紧缺', name_en: 'Needed', provenance: 'illustrative' },
];

// `parent`: rows of this table are attached to records of another table instead of forming a
// top-level array (service_conditions.csv → services[].conditions, placed after `requires`).
export const CATALOGUES = {
  key_industries: {
    tables: [
      { file: 'industries.csv', array: 'industries', columns: [...namedRecord(), ...recordTail] },
      {
        file: 'core_fields.csv',
        array: 'core_fields',
        columns: [
          ...namedRecord('industry_id'),
          req('stars', 'integer'),
          col('supply_demand', 'integer', { required: true, path: ['dimensions', 'supply_demand'] }),
          col('training', 'integer', { required: true, path: ['dimensions', 'training'] }),
          col('transfer', 'integer', { required: true, path: ['dimensions', 'transfer'] }),
          ...recordTail,
        ],
      },
      { file: 'directions.csv', array: 'directions', columns: [...namedRecord('field_id'), ...recordTail] },
      {
        file: 'positions.csv',
        array: 'positions',
        columns: [
          req('id', 'text'),
          req('direction_id', 'text'),
          req('title_zh', 'text'),
          req('title_en', 'text'),
          col('aliases_zh', 'list'),
          col('aliases_en', 'list'),
          req('competencies_zh', 'text'),
          col('competencies_en', 'text'),
          req('majors_zh', 'list'),
          col('majors_en', 'list'),
          req('salary_median', 'integer'),
          ...recordTail,
        ],
      },
    ],
  },
  skilled_occupations: {
    tables: [
      {
        file: 'urgency_levels.csv',
        array: 'urgency_levels',
        optional: true,
        defaultRecords: DEFAULT_URGENCY_LEVELS,
        columns: [req('level', 'integer'), req('name_zh', 'text'), req('name_en', 'text'), ...recordTail],
      },
      { file: 'skilled_categories.csv', array: 'categories', columns: [...namedRecord(), ...recordTail] },
      {
        file: 'occupations.csv',
        array: 'occupations',
        columns: [
          ...namedRecord('category_id'),
          col('code', 'nullable'),
          req('urgency', 'integer'),
          col('new_in_2023', 'boolean'),
          col('aliases_zh', 'list'),
          col('aliases_en', 'list'),
          req('salary_median', 'integer'),
          ...recordTail,
          // Added after the first release: last, so that older tables keep their column order.
          col('tasks_zh', 'text'),
          col('tasks_en', 'text'),
        ],
      },
    ],
  },
  qualifications: {
    tables: [
      { file: 'qualification_fields.csv', array: 'fields', columns: [...namedRecord(), ...recordTail] },
      {
        file: 'regions.csv',
        array: 'regions',
        columns: [...namedRecord(), col('international', 'boolean'), ...recordTail],
      },
      {
        file: 'qualifications.csv',
        array: 'qualifications',
        columns: [
          ...namedRecord('field_id'),
          col('abbr', 'text'),
          col('aliases', 'list'),
          col('issuer_zh', 'text'),
          req('issuer_en', 'text'),
          req('region_id', 'text'),
          col('title_equivalent', 'nullable'),
          req('urgent', 'boolean'),
          col('urgent_since', 'text'),
          ...recordTail,
        ],
      },
    ],
  },
  services: {
    tables: [
      {
        file: 'services.csv',
        array: 'services',
        columns: [
          req('id', 'text'),
          req('tier', 'text'),
          req('name_zh', 'text'),
          req('name_en', 'text'),
          req('text_zh', 'text'),
          req('text_en', 'text'),
          col('grants_zh', 'list'),
          col('grants_en', 'list'),
          req('requires', 'text'),
          col('discretionary', 'boolean'),
          col('notes_zh', 'text'),
          col('notes_en', 'text'),
          ...recordTail,
        ],
      },
      {
        file: 'service_conditions.csv',
        array: 'conditions',
        parent: { array: 'services', key: 'service_id', after: 'requires' },
        columns: [
          req('service_id', 'text'),
          req('fact', 'text'),
          req('op', 'text'),
          col('value', 'fact_value', { required: true }),
          col('relaxed_if_fact', 'text', { path: ['relaxed_if', 'fact'] }),
          col('relaxed_if_value', 'number', { path: ['relaxed_if', 'value'] }),
        ],
      },
    ],
  },
};

export const CATALOGUE_NAMES = Object.keys(CATALOGUES);
export const META_FILE = 'meta.csv';
export const META_COLUMNS = ['catalogue', 'key', 'value'];

// meta.csv values that are not plain text, by key (`counts.*`: every key under counts).
const META_KINDS = {
  first_edition_year: 'integer',
  'counts.*': 'integer',
  'verification.free': 'boolean',
  'verification.uses_zh': 'list',
  'verification.uses_en': 'list',
  'verification.visits': 'integer',
  'verification.verifications': 'integer',
  'verification.employers_served': 'integer',
  'verification.professionals_introduced_or_evaluated': 'integer',
};

export function metaKind(key) {
  const [head] = key.split('.');
  return META_KINDS[key] ?? META_KINDS[`${head}.*`] ?? 'text';
}

// Top-level keys set from command-line flags (--edition, --title-zh, ...).
export const META_FLAGS = ['edition', 'published', 'title_zh', 'title_en', 'publisher_zh', 'publisher_en'];

// A fact's value in service_conditions.csv: nationality is text, age a number, the rest booleans.
export function factValueKind(fact) {
  if (fact === 'age') return 'number';
  if (fact === 'high_tech' || fact === 'public_institution') return 'boolean';
  return 'text';
}

// The column that holds a key path inside a record of `table`, e.g. ['dimensions', 'training']
// → training; null when no column does.
export function columnForPath(table, path) {
  for (const c of table.columns) {
    if (c.path.length <= path.length && c.path.every((k, i) => k === path[i])) return c.name;
  }
  // A whole nested object (dimensions, relaxed_if): name all its columns.
  const inside = table.columns.filter((c) => c.path.length > path.length && path.every((k, i) => k === c.path[i]));
  return inside.length ? inside.map((c) => c.name).join(', ') : null;
}
