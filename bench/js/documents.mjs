// The catalogue as every library indexes it: one flat document per position with the same
// fields our matcher reads (title, aliases, direction, core field + industry, competencies,
// majors; Chinese and English together), and the same relative field weights as our BM25F
// defaults (MatcherTuning in core/include/talentmatch/matcher.h), so no library is handicapped
// by weaker field choices.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CATALOGUE_PATH = path.join(ROOT, 'data/key_industries.json');

export const FIELDS = ['title', 'aliases', 'direction', 'field', 'competencies', 'majors'];
export const BOOST = { title: 6, aliases: 4.5, direction: 2.5, field: 1.5, competencies: 1, majors: 0.8 };

const join = (...parts) => parts.flat().filter(Boolean).join(' ; ');

/** The key-industry catalogue as stored in data/. */
export function loadCatalogue(file = CATALOGUE_PATH) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** One {id, title, aliases, direction, field, competencies, majors} per position. */
export function positionDocuments(catalogue = loadCatalogue()) {
  const byId = (list) => new Map(list.map((r) => [r.id, r]));
  const directions = byId(catalogue.directions);
  const fields = byId(catalogue.core_fields);
  const industries = byId(catalogue.industries);
  return catalogue.positions.map((p) => {
    const direction = directions.get(p.direction_id);
    const field = fields.get(direction.field_id);
    const industry = industries.get(field.industry_id);
    return {
      id: p.id,
      title: join(p.title_zh, p.title_en),
      aliases: join(p.aliases_zh ?? [], p.aliases_en ?? []),
      direction: join(direction.name_zh, direction.name_en),
      field: join(field.name_zh, field.name_en, industry.name_zh, industry.name_en),
      competencies: join(p.competencies_zh, p.competencies_en),
      majors: join(p.majors_zh ?? [], p.majors_en ?? []),
    };
  });
}
