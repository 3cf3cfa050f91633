#!/usr/bin/env bash
# Edit-to-reload benchmark of 'relevare serve' on the benchmark corpus:
#   bench/serve-latency.sh [PAGES] [EDITS] [body|title|template]
# Generates PAGES corpus pages with ../shared/bench/make-corpus.sh (once, into $BENCH_DIR, default
# /tmp/relevare-serve-bench), adds bench/site's site.yml and templates, builds relevare in Release, runs
# 'relevare serve' on it and times EDITS edits of one page (see ServeLatency/Program.cs). Prints the median.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pages="${1:-4000}"
edits="${2:-30}"
kind="${3:-body}"
corpus_script="${CORPUS_SCRIPT:-../shared/bench/make-corpus.sh}"
dir="${BENCH_DIR:-/tmp/relevare-serve-bench}/$pages"

if [ ! -d "$dir/content" ]; then
  mkdir -p "$dir"
  bash "$corpus_script" "$pages" "$dir" > /dev/null
fi
cp bench/site/site.yml "$dir/site.yml"
rm -rf "$dir/templates" && cp -r bench/site/templates "$dir/templates"

dotnet build src/Relevare.Static.Cli -c Release -v q -nologo > /dev/null
dotnet build bench/ServeLatency -c Release -v q -nologo > /dev/null
echo "relevare serve, $pages pages, $edits edits ($kind), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/ServeLatency/bin/Release/net10.0/ServeLatency.dll src/Relevare.Static.Cli/bin/Release/net10.0/relevare "$dir" "$edits" "$kind"
