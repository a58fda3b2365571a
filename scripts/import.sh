#!/usr/bin/env bash
# Replaces the bundled catalogue data with an operator's CSV tables (docs/IMPORT.md).
#
#   scripts/import.sh [options] DIR      import every catalogue whose CSV files are in DIR into data/
#   scripts/import.sh --templates DIR    write the current data/*.json as CSV templates into DIR
#
# Options (passed on to scripts/import-csv.mjs): --encoding gbk, --provenance publication,
# --max-errors N, --edition/--published/--title-zh/... VALUE. --data DIR imports into DIR
# instead of data/.
#
# All or nothing: each catalogue is built in a staging folder inside the data folder and checked
# against its JSON Schema and by the native loader (build/native/talentmatch, built if missing),
# together with the other documents so ids stay unique. Only when every catalogue passes are the
# files moved into place; otherwise data/ is left untouched and every error is printed as
# FILE:LINE: column NAME: message.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
catalogues=(key_industries skilled_occupations qualifications services)
declare -A csv_files=(
  [key_industries]="industries.csv core_fields.csv directions.csv positions.csv"
  [skilled_occupations]="skilled_categories.csv occupations.csv urgency_levels.csv"
  [qualifications]="qualification_fields.csv regions.csv qualifications.csv"
  [services]="services.csv service_conditions.csv"
)

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

die() {
  echo "import: $*" >&2
  exit 1
}

require_node_modules() {
  [[ -d "$repo/node_modules/csv-parse" && -d "$repo/node_modules/ajv" ]] ||
    die "node_modules is missing: run 'npm ci' in $repo first"
}

# The native validator ($TALENTMATCH_CLI or build/native/talentmatch, built when missing).
ensure_cli() {
  local cli="${TALENTMATCH_CLI:-$repo/build/native/talentmatch}"
  if [[ ! -x "$cli" && -z "${TALENTMATCH_CLI:-}" ]]; then
    echo "building the native validator ($cli) ..." >&2
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$repo" -B "$repo/build/native" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$repo/build/native" --target talentmatch >/dev/null
  fi
  echo "$cli"
}

# Catalogues with at least one of their CSV files in $1.
present_catalogues() {
  local dir="$1" c f
  for c in "${catalogues[@]}"; do
    for f in ${csv_files[$c]}; do
      if [[ -f "$dir/$f" ]]; then
        echo "$c"
        break
      fi
    done
  done
}

write_templates() {
  local out="$1"
  require_node_modules
  node "$repo/scripts/export-csv.mjs" --data "$data_dir" --dir "$out"
  echo "edit the CSV files (UTF-8) and import them with: scripts/import.sh $out"
}

data_dir="$repo/data"
pass=()
templates=""
source_dir=""
while (($#)); do
  case "$1" in
    -h | --help) usage ;;
    --templates) templates="${2:?--templates needs a DIR}"; shift 2 ;;
    --data) data_dir="${2:?--data needs a DIR}"; shift 2 ;;
    --encoding | --provenance | --max-errors | --edition | --published | \
      --title-zh | --title-en | --publisher-zh | --publisher-en)
      pass+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    -*) echo "import: unknown option $1" >&2; usage ;;
    *) [[ -z "$source_dir" ]] || usage; source_dir="$1"; shift ;;
  esac
done

if [[ -n "$templates" ]]; then
  write_templates "$templates"
  exit 0
fi
[[ -n "$source_dir" ]] || usage
[[ -d "$source_dir" ]] || die "$source_dir is not a folder"
require_node_modules

mapfile -t todo < <(present_catalogues "$source_dir")
if ((${#todo[@]} == 0)); then
  die "no catalogue CSV files in $source_dir (expected e.g. positions.csv, occupations.csv, qualifications.csv, services.csv; see docs/IMPORT.md or scripts/import.sh --templates DIR)"
fi
cli="$(ensure_cli)"
[[ -x "$cli" ]] || die "the native validator $cli does not exist (scripts/build.sh builds it)"
mkdir -p "$data_dir"
staging="$(mktemp -d "$data_dir/.import.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

is_todo() {
  local c
  for c in "${todo[@]}"; do [[ "$c" == "$1" ]] && return 0; done
  return 1
}

# Documents a catalogue is checked against: the ones staged so far, and the current files of
# catalogues this run does not replace. Later catalogues check against this one in turn.
companions() {
  local self="$1" c
  for c in "${catalogues[@]}"; do
    [[ "$c" == "$self" ]] && continue
    if [[ -f "$staging/$c.json" ]]; then
      printf '%s\n' --also "$staging/$c.json"
    elif ! is_todo "$c" && [[ -f "$data_dir/$c.json" ]]; then
      printf '%s\n' --also "$data_dir/$c.json"
    fi
  done
}

failed=()
for c in "${todo[@]}"; do
  mapfile -t also < <(companions "$c")
  if ! node "$repo/scripts/import-csv.mjs" --catalogue "$c" --dir "$source_dir" --out "$staging/$c.json" \
    --cli "$cli" "${also[@]}" "${pass[@]}"; then
    failed+=("$c")
  fi
done
if ((${#failed[@]})); then
  die "failed: ${failed[*]}; nothing in $data_dir was changed"
fi

# Last check on the complete set, exactly as it will be installed.
final=()
for c in "${catalogues[@]}"; do
  if [[ -f "$staging/$c.json" ]]; then final+=("$staging/$c.json"); elif [[ -f "$data_dir/$c.json" ]]; then final+=("$data_dir/$c.json"); fi
done
if ! "$cli" validate "${final[@]}" >/dev/null; then
  die "the imported documents conflict with each other (see above); nothing in $data_dir was changed"
fi

for c in "${todo[@]}"; do
  mv -f "$staging/$c.json" "$data_dir/$c.json"
done
echo "imported ${todo[*]} into $data_dir"
