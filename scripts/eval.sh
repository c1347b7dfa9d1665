#!/usr/bin/env bash
# Scores `briefing extract` on the shared dev corpus (score.py, with links) and on the peer suites.
# usage: scripts/eval.sh BRIEFING_BINARY SHARED_DIR [--verbose]
set -euo pipefail
bin=$1; shared=$2; verbose=${3:-}
eval_dir="$shared/eval"
[ -f "$eval_dir/score.py" ] || { echo "eval: $eval_dir/score.py not found (set SHARED=path/to/shared)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$eval_dir/corpus/index.jsonl" > "$tmp/docs.tsv" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        print(d["id"] + "\t" + d.get("date", ""))
PY
: > "$tmp/pred.jsonl"
while IFS=$'\t' read -r id date; do
  "$bin" extract "$eval_dir/corpus/$id.txt" --format jsonl ${date:+--date "$date"} >> "$tmp/pred.jsonl"
done < "$tmp/docs.tsv"
echo "== dev set ($(wc -l < "$tmp/docs.tsv") documents): score.py"
python3 "$eval_dir/score.py" --gold "$eval_dir/gold/dev.jsonl" --pred "$tmp/pred.jsonl" \
  --links "$eval_dir/gold/dev.links.jsonl" ${verbose:+--verbose}
echo
echo "== peer suites: run_peer.py + score_peer.py"
python3 "$eval_dir/peer/run_peer.py" --cmd "$bin extract --format jsonl" --out "$tmp/peer.jsonl"
python3 "$eval_dir/peer/score_peer.py" "$tmp/peer.jsonl" ${verbose:+--misses 5}
