#!/usr/bin/env bash
# Runs the app: installs what is missing, builds, then serves web/ on http://127.0.0.1:8080
# (--port N to change). Before the web app exists it runs the CLI on a sample posting.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
if [ -x scripts/serve.sh ] && [ -f web/index.html ]; then
  exec scripts/serve.sh "$@"
fi
echo "== talentmatch stats"
build/native/talentmatch stats
echo "== talentmatch match tests/eval/sample_posting.txt"
build/native/talentmatch match tests/eval/sample_posting.txt 2>/dev/null || build/native/talentmatch find 芯片
