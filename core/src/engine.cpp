#include "talentmatch/engine.h"

#include <functional>
#include <map>

#include "engine_state.h"
#include "talentmatch/catalogue_json.h"

namespace talentmatch {

using nlohmann::json;

namespace {

const json& object_args(const std::string& method, const json& args) {
  if (!args.is_object()) throw CallError(method + ": expected an object of arguments, got " + args.type_name());
  return args;
}

std::string text_arg(const std::string& method, const json& args, const char* key) {
  auto it = args.find(key);
  if (it == args.end()) throw CallError(method + ": missing argument '" + key + "'");
  if (!it->is_string())
    throw CallError(method + ": argument '" + key + "' must be a string, got " + std::string(it->type_name()));
  return it->get<std::string>();
}

std::size_t limit_arg(const std::string& method, const json& args, const char* key, std::size_t fallback,
                      std::size_t max) {
  auto it = args.find(key);
  if (it == args.end() || it->is_null()) return fallback;
  if (!it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > static_cast<long long>(max))
    throw CallError(method + ": argument '" + key + "' must be an integer from 1 to " + std::to_string(max));
  return static_cast<std::size_t>(it->get<long long>());
}

using Handler = std::function<json(const Engine::State&, const std::string&, const json&)>;

const std::map<std::string, Handler>& handlers() {
  static const std::map<std::string, Handler> table = {
      {"stats", [](const Engine::State& s, const std::string&, const json&) { return stats_json(*s.catalogue); }},
      {"info", [](const Engine::State& s, const std::string&, const json&) { return info_json(*s.catalogue); }},
      {"tree", [](const Engine::State& s, const std::string&, const json&) { return tree_json(*s.catalogue); }},
      {"occupations",
       [](const Engine::State& s, const std::string&, const json&) { return occupations_tree_json(*s.catalogue); }},
      {"qualifications",
       [](const Engine::State& s, const std::string&, const json&) { return qualifications_list_json(*s.catalogue); }},
      {"services", [](const Engine::State& s, const std::string&, const json&) { return services_list_json(*s.catalogue); }},
      {"record",
       [](const Engine::State& s, const std::string& m, const json& a) {
         return record_json(*s.catalogue, text_arg(m, a, "id"));
       }},
      {"find",
       [](const Engine::State& s, const std::string& m, const json& a) {
         json out = json::array();
         for (const auto& h : s.names.find(text_arg(m, a, "text"), limit_arg(m, a, "limit", 20, 1000)))
           out.push_back({{"id", h.id}, {"kind", h.kind}, {"matched", h.name}, {"exact", h.exact}});
         return out;
       }},
  };
  return table;
}

}  // namespace

Engine::Engine() = default;
Engine::~Engine() = default;

std::vector<LoadError> Engine::load(const std::vector<Source>& sources) {
  LoadResult r = load_catalogue(sources);
  if (r.ok()) state_ = std::make_shared<const State>(r.catalogue);
  return r.errors;
}

bool Engine::loaded() const { return state_ != nullptr; }

const Catalogue& Engine::catalogue() const {
  if (!state_) throw CallError("no catalogue is loaded");
  return *state_->catalogue;
}

json Engine::call(const std::string& method, const json& args) const {
  auto it = handlers().find(method);
  if (it == handlers().end()) throw CallError("unknown method '" + method + "'");
  if (!state_) throw CallError(method + ": no catalogue is loaded");
  return it->second(*state_, method, object_args(method, args));
}

}  // namespace talentmatch
