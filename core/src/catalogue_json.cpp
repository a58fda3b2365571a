#include "talentmatch/catalogue_json.h"

#include <set>

namespace talentmatch {

using nlohmann::json;

namespace {

void put_record(json& j, const Record& r) {
  j["id"] = r.id;
  j["provenance"] = to_string(r.provenance);
  if (!r.illustrative_fields.empty()) j["illustrative_fields"] = r.illustrative_fields;
}

template <class T>
void count_provenance(const std::vector<T>& items, json& counts) {
  for (const auto& r : items) {
    json& n = counts[to_string(r.provenance)];
    n = n.template get<int>() + 1;
  }
}

json empty_counts() { return json{{"publication", 0}, {"illustrative", 0}}; }

json info(const CatalogueInfo& i) {
  return {{"title_zh", i.title_zh}, {"title_en", i.title_en}, {"edition", i.edition},
          {"published", i.published}, {"publisher_zh", i.publisher_zh}, {"publisher_en", i.publisher_en}};
}

}  // namespace

json stats_json(const Catalogue& c) {
  json s;
  s["industries"] = c.key.industries.size();
  s["core_fields"] = c.key.core_fields.size();
  int five = 0;
  for (const auto& f : c.key.core_fields) five += f.stars == 5;
  s["five_star_fields"] = five;
  s["directions"] = c.key.directions.size();
  s["positions"] = c.key.positions.size();
  s["skilled_categories"] = c.skilled.categories.size();
  s["occupations"] = c.skilled.occupations.size();
  int very = 0;
  for (const auto& o : c.skilled.occupations) very += o.urgency == 3;
  s["very_urgent_occupations"] = very;
  s["qualification_fields"] = c.quals.fields.size();
  s["qualifications"] = c.quals.qualifications.size();
  int urgent = 0;
  std::set<std::string> regions;
  for (const auto& q : c.quals.qualifications) {
    urgent += q.urgent;
    const Region* r = c.region(q.region_id);
    if (r && !r->international) regions.insert(r->id);
  }
  s["urgent_qualifications"] = urgent;
  s["issuer_regions"] = regions.size();

  json prov;
  json k = empty_counts(), sk = empty_counts(), q = empty_counts(), sv = empty_counts();
  count_provenance(c.key.industries, k);
  count_provenance(c.key.core_fields, k);
  count_provenance(c.key.directions, k);
  count_provenance(c.key.positions, k);
  count_provenance(c.skilled.categories, sk);
  count_provenance(c.skilled.occupations, sk);
  count_provenance(c.quals.fields, q);
  count_provenance(c.quals.regions, q);
  count_provenance(c.quals.qualifications, q);
  count_provenance(c.services.services, sv);
  prov["key_industries"] = k;
  prov["skilled_occupations"] = sk;
  prov["qualifications"] = q;
  prov["services"] = sv;
  s["provenance"] = prov;
  return s;
}

json core_field_json(const Catalogue& c, const CoreField& f) {
  json j;
  put_record(j, f);
  j["kind"] = "core_field";
  j["name_zh"] = f.name_zh;
  j["name_en"] = f.name_en;
  j["stars"] = f.stars;
  j["dimensions"] = {{"supply_demand", f.dimensions.supply_demand},
                     {"training", f.dimensions.training},
                     {"transfer", f.dimensions.transfer}};
  const Industry& ind = c.industry_of(f);
  j["industry"] = {{"id", ind.id}, {"name_zh", ind.name_zh}, {"name_en", ind.name_en}};
  return j;
}

json position_json(const Catalogue& c, const Position& p) {
  json j;
  put_record(j, p);
  j["kind"] = "position";
  j["title_zh"] = p.title_zh;
  j["title_en"] = p.title_en;
  j["aliases_zh"] = p.aliases_zh;
  j["aliases_en"] = p.aliases_en;
  j["competencies_zh"] = p.competencies_zh;
  j["competencies_en"] = p.competencies_en;
  j["majors_zh"] = p.majors_zh;
  j["majors_en"] = p.majors_en;
  j["salary_median"] = p.salary_median;
  j["salary_provenance"] = p.is_illustrative("salary_median") ? "illustrative" : "publication";
  const Direction& d = c.direction_of(p);
  j["direction"] = {{"id", d.id}, {"name_zh", d.name_zh}, {"name_en", d.name_en}};
  j["field"] = core_field_json(c, c.field_of(d));
  return j;
}

json occupation_json(const Catalogue& c, const Occupation& o) {
  json j;
  put_record(j, o);
  j["kind"] = "occupation";
  j["name_zh"] = o.name_zh;
  j["name_en"] = o.name_en;
  j["code"] = o.code ? json(*o.code) : json(nullptr);
  j["urgency"] = o.urgency;
  if (const UrgencyLevel* u = c.urgency_level(o.urgency)) {
    j["urgency_zh"] = u->name_zh;
    j["urgency_en"] = u->name_en;
  }
  j["new_in_2023"] = o.new_in_2023;
  j["aliases_zh"] = o.aliases_zh;
  j["aliases_en"] = o.aliases_en;
  j["tasks_zh"] = o.tasks_zh;
  j["tasks_en"] = o.tasks_en;
  j["salary_median"] = o.salary_median;
  j["salary_provenance"] = o.is_illustrative("salary_median") ? "illustrative" : "publication";
  if (const SkilledCategory* cat = c.skilled_category(o.category_id))
    j["category"] = {{"id", cat->id}, {"name_zh", cat->name_zh}, {"name_en", cat->name_en}};
  return j;
}

json qualification_json(const Catalogue& c, const Qualification& q) {
  json j;
  put_record(j, q);
  j["kind"] = "qualification";
  j["name_zh"] = q.name_zh;
  j["name_en"] = q.name_en;
  j["abbr"] = q.abbr;
  j["aliases"] = q.aliases;
  j["issuer_zh"] = q.issuer_zh;
  j["issuer_en"] = q.issuer_en;
  j["urgent"] = q.urgent;
  if (q.urgent) j["urgent_since"] = q.urgent_since;
  j["title_equivalent"] = q.title_equivalent ? json("intermediate") : json(nullptr);
  if (const Region* r = c.region(q.region_id))
    j["region"] = {{"id", r->id}, {"name_zh", r->name_zh}, {"name_en", r->name_en}, {"international", r->international}};
  if (const QualificationField* f = c.qualification_field(q.field_id))
    j["field"] = {{"id", f->id}, {"name_zh", f->name_zh}, {"name_en", f->name_en}};
  return j;
}

json record_json(const Catalogue& c, const std::string& id) {
  if (const Position* p = c.position(id)) return position_json(c, *p);
  if (const CoreField* f = c.core_field(id)) {
    json j = core_field_json(c, *f);
    j["directions"] = json::array();
    for (const auto& d : c.key.directions)
      if (d.field_id == f->id) j["directions"].push_back({{"id", d.id}, {"name_zh", d.name_zh}, {"name_en", d.name_en}});
    return j;
  }
  if (const Direction* d = c.direction(id)) {
    json j;
    put_record(j, *d);
    j["kind"] = "direction";
    j["name_zh"] = d->name_zh;
    j["name_en"] = d->name_en;
    j["field"] = core_field_json(c, c.field_of(*d));
    j["positions"] = json::array();
    for (const auto& p : c.key.positions)
      if (p.direction_id == d->id) j["positions"].push_back({{"id", p.id}, {"title_zh", p.title_zh}, {"title_en", p.title_en}});
    return j;
  }
  if (const Industry* i = c.industry(id)) {
    json j;
    put_record(j, *i);
    j["kind"] = "industry";
    j["name_zh"] = i->name_zh;
    j["name_en"] = i->name_en;
    j["core_fields"] = json::array();
    for (const auto& f : c.key.core_fields)
      if (f.industry_id == i->id)
        j["core_fields"].push_back({{"id", f.id}, {"name_zh", f.name_zh}, {"name_en", f.name_en}, {"stars", f.stars}});
    return j;
  }
  if (const Occupation* o = c.occupation(id)) return occupation_json(c, *o);
  if (const Qualification* q = c.qualification(id)) return qualification_json(c, *q);
  if (const SkilledCategory* s = c.skilled_category(id)) {
    json j;
    put_record(j, *s);
    j["kind"] = "skilled_category";
    j["name_zh"] = s->name_zh;
    j["name_en"] = s->name_en;
    j["occupations"] = json::array();
    for (const auto& o : c.skilled.occupations)
      if (o.category_id == s->id) j["occupations"].push_back({{"id", o.id}, {"name_zh", o.name_zh}, {"urgency", o.urgency}});
    return j;
  }
  if (const QualificationField* f = c.qualification_field(id)) {
    json j;
    put_record(j, *f);
    j["kind"] = "qualification_field";
    j["name_zh"] = f->name_zh;
    j["name_en"] = f->name_en;
    return j;
  }
  if (const Region* r = c.region(id)) {
    json j;
    put_record(j, *r);
    j["kind"] = "region";
    j["name_zh"] = r->name_zh;
    j["name_en"] = r->name_en;
    j["international"] = r->international;
    return j;
  }
  if (const Service* s = c.service(id)) {
    json j;
    put_record(j, *s);
    j["kind"] = "service";
    j["tier"] = s->tier;
    j["requires"] = s->requires;
    j["name_zh"] = s->name_zh;
    j["name_en"] = s->name_en;
    j["text_zh"] = s->text_zh;
    j["text_en"] = s->text_en;
    j["grants_zh"] = s->grants_zh;
    j["grants_en"] = s->grants_en;
    return j;
  }
  return nullptr;
}

json tree_json(const Catalogue& c) {
  json industries = json::array();
  for (const auto& i : c.key.industries) {
    json ij = {{"id", i.id}, {"name_zh", i.name_zh}, {"name_en", i.name_en}, {"provenance", to_string(i.provenance)},
               {"fields", json::array()}};
    for (const auto& f : c.key.core_fields) {
      if (f.industry_id != i.id) continue;
      json fj = core_field_json(c, f);
      fj.erase("industry");
      fj["directions"] = json::array();
      for (const auto& d : c.key.directions) {
        if (d.field_id != f.id) continue;
        json dj = {{"id", d.id}, {"name_zh", d.name_zh}, {"name_en", d.name_en}, {"provenance", to_string(d.provenance)},
                   {"positions", json::array()}};
        for (const auto& p : c.key.positions) {
          if (p.direction_id != d.id) continue;
          dj["positions"].push_back({{"id", p.id}, {"title_zh", p.title_zh}, {"title_en", p.title_en},
                                     {"salary_median", p.salary_median}, {"majors_zh", p.majors_zh},
                                     {"majors_en", p.majors_en}, {"provenance", to_string(p.provenance)}});
        }
        fj["directions"].push_back(std::move(dj));
      }
      ij["fields"].push_back(std::move(fj));
    }
    industries.push_back(std::move(ij));
  }
  return industries;
}

json occupations_tree_json(const Catalogue& c) {
  json levels = json::array();
  for (const auto& u : c.skilled.urgency_levels)
    levels.push_back({{"level", u.level}, {"name_zh", u.name_zh}, {"name_en", u.name_en}, {"provenance", to_string(u.provenance)}});
  json cats = json::array();
  for (const auto& cat : c.skilled.categories) {
    json cj = {{"id", cat.id}, {"name_zh", cat.name_zh}, {"name_en", cat.name_en},
               {"provenance", to_string(cat.provenance)}, {"occupations", json::array()}};
    for (const auto& o : c.skilled.occupations)
      if (o.category_id == cat.id) {
        json oj = occupation_json(c, o);
        oj.erase("category");
        cj["occupations"].push_back(std::move(oj));
      }
    cats.push_back(std::move(cj));
  }
  return {{"urgency_levels", levels}, {"categories", cats}};
}

json qualifications_list_json(const Catalogue& c) {
  json fields = json::array(), regions = json::array(), quals = json::array();
  for (const auto& f : c.quals.fields)
    fields.push_back({{"id", f.id}, {"name_zh", f.name_zh}, {"name_en", f.name_en}, {"provenance", to_string(f.provenance)}});
  for (const auto& r : c.quals.regions)
    regions.push_back({{"id", r.id}, {"name_zh", r.name_zh}, {"name_en", r.name_en}, {"international", r.international},
                       {"provenance", to_string(r.provenance)}});
  for (const auto& q : c.quals.qualifications) quals.push_back(qualification_json(c, q));
  return {{"fields", fields}, {"regions", regions}, {"qualifications", quals}};
}

json services_list_json(const Catalogue& c) {
  json out = json::array();
  for (const auto& s : c.services.services) out.push_back(record_json(c, s.id));
  return out;
}

json info_json(const Catalogue& c) {
  return {{"key_industries", info(c.key.info)},
          {"skilled_occupations", info(c.skilled.info)},
          {"qualifications", info(c.quals.info)},
          {"services", info(c.services.info)}};
}

}  // namespace talentmatch
