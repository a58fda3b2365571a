// The JSON Schemas in data/schema accept the bundled data and the fixtures, and reject
// documents with one thing wrong, each at the path of that thing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { schemaValidator } from '../../scripts/catalogue-csv/validate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/js/fixtures/catalogue');
const CATALOGUES = ['key_industries', 'skilled_occupations', 'qualifications', 'services'];

const load = (dir, catalogue) => JSON.parse(fs.readFileSync(path.join(dir, `${catalogue}.json`), 'utf8'));

function errorsOf(catalogue, document) {
  const validate = schemaValidator(catalogue);
  return validate(document) ? [] : validate.errors.filter((e) => e.keyword !== 'if');
}

// The document of `catalogue` from the fixtures after `mutate` changed it.
function mutated(catalogue, mutate) {
  const document = load(FIXTURES, catalogue);
  mutate(document);
  return errorsOf(catalogue, document);
}

function assertRejected(errors, instancePath, keyword) {
  assert.ok(errors.length > 0, 'the document was accepted');
  assert.ok(errors.some((e) => e.instancePath === instancePath && e.keyword === keyword),
    `no ${keyword} error at ${instancePath}: ${JSON.stringify(errors.map((e) => [e.instancePath, e.keyword]))}`);
}

describe('valid documents', () => {
  for (const catalogue of CATALOGUES) {
    const bundled = path.join(ROOT, 'data', `${catalogue}.json`);
    test(`the bundled data/${catalogue}.json matches its schema`, { skip: !fs.existsSync(bundled) && `${bundled} is not there yet` }, () => {
      assert.deepEqual(errorsOf(catalogue, load(path.dirname(bundled), catalogue)), []);
    });
    test(`the ${catalogue} fixture matches its schema`, () => {
      assert.deepEqual(errorsOf(catalogue, load(FIXTURES, catalogue)), []);
    });
  }

  test('$schema, counts, part_of_zh and source_note are allowed at the top level', () => {
    assert.deepEqual(mutated('key_industries', (d) => {
      d.$schema = 'schema/key_industries.schema.json';
      d.part_of_zh = '人力资源开发目录(2023年版)';
      d.source_note = 'illustrative';
      d.counts.five_star_fields = 1;
    }), []);
  });

  test('operators may use their own ids', () => {
    assert.deepEqual(mutated('key_industries', (d) => {
      d.industries[0].id = 'ic';
      d.core_fields[0].industry_id = 'ic';
    }), []);
  });
});

describe('key_industries rejects', () => {
  test('a star rating of 6', () => {
    assertRejected(mutated('key_industries', (d) => { d.core_fields[0].stars = 6; }), '/core_fields/0/stars', 'maximum');
  });
  test('a dimension of 0', () => {
    assertRejected(mutated('key_industries', (d) => { d.core_fields[0].dimensions.training = 0; }), '/core_fields/0/dimensions/training', 'minimum');
  });
  test('a salary of zero or with a fraction', () => {
    assertRejected(mutated('key_industries', (d) => { d.positions[0].salary_median = 0; }), '/positions/0/salary_median', 'exclusiveMinimum');
    assertRejected(mutated('key_industries', (d) => { d.positions[0].salary_median = 1.5; }), '/positions/0/salary_median', 'type');
  });
  test('an unknown provenance', () => {
    assertRejected(mutated('key_industries', (d) => { d.industries[0].provenance = 'official'; }), '/industries/0/provenance', 'enum');
  });
  test('a position without a title', () => {
    assertRejected(mutated('key_industries', (d) => { delete d.positions[1].title_zh; }), '/positions/1', 'required');
  });
  test('a blank name', () => {
    assertRejected(mutated('key_industries', (d) => { d.directions[0].name_zh = '  '; }), '/directions/0/name_zh', 'pattern');
  });
  test('illustrative fields on an illustrative record', () => {
    assertRejected(mutated('key_industries', (d) => { d.industries[0].illustrative_fields = ['name_en']; }), '/industries/0/illustrative_fields', 'maxItems');
  });
  test('a key that is not part of the format', () => {
    assertRejected(mutated('key_industries', (d) => { d.positions[0].salary = 1; }), '/positions/0', 'additionalProperties');
    assertRejected(mutated('key_industries', (d) => { d.owner = 'me'; }), '', 'additionalProperties');
  });
  test('a published date that is not a date', () => {
    assertRejected(mutated('key_industries', (d) => { d.published = '2023/09/04'; }), '/published', 'format');
  });
  test('a document of another catalogue', () => {
    assertRejected(errorsOf('key_industries', load(FIXTURES, 'services')), '/catalogue', 'const');
  });
});

describe('skilled_occupations rejects', () => {
  test('an urgency of 4', () => {
    assertRejected(mutated('skilled_occupations', (d) => { d.occupations[0].urgency = 4; }), '/occupations/0/urgency', 'maximum');
  });
  test('a code that is a number', () => {
    assertRejected(mutated('skilled_occupations', (d) => { d.occupations[0].code = 61203; }), '/occupations/0/code', 'type');
  });
  test('a missing list of urgency levels', () => {
    assertRejected(mutated('skilled_occupations', (d) => { delete d.urgency_levels; }), '', 'required');
  });
});

describe('qualifications rejects', () => {
  test('a title equivalent other than intermediate', () => {
    assertRejected(mutated('qualifications', (d) => { d.qualifications[0].title_equivalent = 'senior'; }), '/qualifications/0/title_equivalent', 'enum');
  });
  test('urgent_since on a qualification that is not urgent', () => {
    assertRejected(mutated('qualifications', (d) => { d.qualifications[1].urgent_since = '3.0'; }), '/qualifications/1/urgent_since', 'false schema');
  });
  test('a negative verification count', () => {
    assertRejected(mutated('qualifications', (d) => { d.verification.visits = -1; }), '/verification/visits', 'minimum');
  });
});

describe('services rejects', () => {
  test('an unknown tier, requirement, fact or operator', () => {
    assertRejected(mutated('services', (d) => { d.services[0].tier = 'premium'; }), '/services/0/tier', 'enum');
    assertRejected(mutated('services', (d) => { d.services[0].requires = 'degree'; }), '/services/0/requires', 'enum');
    assertRejected(mutated('services', (d) => { d.services[0].conditions[0].fact = 'income'; }), '/services/0/conditions/0/fact', 'enum');
    assertRejected(mutated('services', (d) => { d.services[0].conditions[1].op = 'lt'; }), '/services/0/conditions/1/op', 'enum');
  });
  test('a nationality that is neither foreign nor chinese', () => {
    assertRejected(mutated('services', (d) => { d.services[0].conditions[0].value = 'martian'; }), '/services/0/conditions/0/value', 'enum');
  });
  test('an age given as text', () => {
    assertRejected(mutated('services', (d) => { d.services[0].conditions[1].value = 'sixty-five'; }), '/services/0/conditions/1/value', 'type');
  });
  test('a relaxed limit on a condition that is not le', () => {
    assertRejected(mutated('services', (d) => { d.services[0].conditions[1].op = 'ge'; }), '/services/0/conditions/1/op', 'const');
  });
  test('a boolean fact compared with a number', () => {
    assertRejected(mutated('services', (d) => { d.services[1].conditions[0].value = 1; }), '/services/1/conditions/0/value', 'type');
  });
});
