#!/usr/bin/env bash
# bench/broken-links.sh [N] [BROKEN]
#
# The broken-links case of issue #16: the shared corpus of N pages (default 16000) with BROKEN (default 2000)
# broken internal links added, half of them typos of a page's URL (its slug without the last letter), half
# links into a folder that moved (/articles/<slug>/). Every broken link gets a "did you mean" hint, so this
# measures what the hints cost. Interleaved, RUNS rounds (default 3, +1 warm-up):
#
#   relevare build, clean corpus      relevare build, broken corpus (exits 1: the links are errors)
#   hugo build, broken corpus         relevare check --site on Hugo's output of the broken corpus
#
# The ratios asked for: build broken / build clean (target <= 1.3) and check --site / hugo build (target <= 0.5).
# relevare is the Native AOT build in $WORK/relevare-aot (bench/run.sh publishes it; RELEVARE=path overrides).
set -euo pipefail
N=${1:-16000}
BROKEN=${2:-2000}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$(cd "$REPO/../shared" && pwd)}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/relevare-bench}
export TZ=UTC LC_ALL=C
mkdir -p "$WORK/trash" "$WORK/logs"
die() { echo "error: $*" >&2; exit 1; }
command -v hugo >/dev/null || die "hugo not found (apt-get install -y hugo)"
env time --version 2>&1 | grep -q GNU || die "GNU time not found (apt-get install -y time)"

RELEVARE=${RELEVARE:-$WORK/relevare-aot/relevare}
if [ ! -x "$RELEVARE" ]; then
  echo "publishing relevare (Native AOT) ..."
  dotnet publish "$REPO/src/Relevare.Static.Cli" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$WORK/relevare-aot" >"$WORK/logs/publish-aot.log" 2>&1 || die "publish failed: $WORK/logs/publish-aot.log"
fi

SEQ=0
trash() { local x; for x in "$@"; do if [ -e "$x" ]; then SEQ=$((SEQ + 1)); mv "$x" "$WORK/trash/$(basename "$x").$$.$SEQ"; fi; done; }

corpus="$WORK/corpus-$N"
"$SHARED/bench/make-corpus.sh" "$N" "$corpus" >/dev/null
clean_site="$WORK/links-clean-$N"; broken_site="$WORK/links-broken-$N"; hugo_site="$WORK/links-hugo-$N"
trash "$clean_site" "$broken_site" "$hugo_site"
mkdir -p "$clean_site" "$broken_site"
cp -r "$HERE/site/." "$clean_site/"; cp -r "$HERE/site/." "$broken_site/"; cp -r "$SHARED/bench/peers/hugo" "$hugo_site"
mkdir -p "$clean_site/content" "$broken_site/content" "$hugo_site/content"
find "$corpus/content" -maxdepth 1 -name '*.md' -exec cp -t "$clean_site/content" {} +

# The broken corpus: every (N / BROKEN)-th file gets one more paragraph with a broken link to the next file's page.
python3 - "$corpus/content" "$broken_site/content" "$BROKEN" <<'PY'
import os, sys
src, dest, broken = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = sorted(f for f in os.listdir(src) if f.endswith(".md"))
step = max(1, len(names) // broken)
added = 0
for i, name in enumerate(names):
    text = open(os.path.join(src, name), encoding="utf-8").read()
    if i % step == 0 and added < broken:
        slug = names[(i + 1) % len(names)][:-3]
        url = "/%s/" % slug[:-1] if added % 2 == 0 else "/articles/%s/" % slug
        text += "\nRead [the next article](%s) too.\n" % url
        added += 1
    open(os.path.join(dest, name), "w", encoding="utf-8").write(text)
if added != broken:
    sys.exit("only %d broken links added" % added)
PY
find "$broken_site/content" -maxdepth 1 -name '*.md' -exec cp -t "$hugo_site/content" {} +

# timed <dir> <command...> : "wall cpu peak_kib rc"
timed() {
  local dir=$1 tf rc=0 t0 t1; shift; tf=$(mktemp)
  t0=$(date +%s.%N)
  ( cd "$dir" && env time -f '%e %U %S %M' -o "$tf" "$@" ) >>"$WORK/logs/broken-links.log" 2>&1 || rc=$?
  t1=$(date +%s.%N)
  tail -n 1 "$tf" | awk -v rc="$rc" -v t0="$t0" -v t1="$t1" '{printf "%.3f %.3f %s %s\n", t1 - t0, $2 + $3, $4, rc}'
  rm -f "$tf"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "host: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); N=$N, broken links=$BROKEN, runs=$RUNS (+1 warm-up), interleaved"
results="$WORK/results-links-$N.tsv"; : > "$results"
for round in $(seq 0 "$RUNS"); do
  trash "$clean_site/_site" "$broken_site/_site" "$hugo_site/public" "$hugo_site/resources" "$hugo_site/.hugo_build.lock"
  read -r w c m rc <<< "$(timed "$clean_site" "$RELEVARE" build --source .)"
  [ "$rc" -eq 0 ] || die "relevare failed on the clean corpus (see $WORK/logs/broken-links.log)"
  [ "$round" -eq 0 ] || echo "build-clean $w $c $m" >> "$results"
  read -r w c m rc <<< "$(timed "$broken_site" "$RELEVARE" build --source .)"
  [ "$rc" -eq 1 ] || die "relevare exited $rc on the broken corpus, expected 1 (see $WORK/logs/broken-links.log)"
  [ "$round" -eq 0 ] || echo "build-broken $w $c $m" >> "$results"
  read -r w c m rc <<< "$(timed "$hugo_site" hugo --quiet --cleanDestinationDir)"
  [ "$rc" -eq 0 ] || die "hugo failed (see $WORK/logs/broken-links.log)"
  [ "$round" -eq 0 ] || echo "hugo $w $c $m" >> "$results"
  out=$(mktemp)
  read -r w c m rc <<< "$(timed "$hugo_site" bash -c "\"$RELEVARE\" check --site public >$out 2>&1")"
  [ "$rc" -eq 1 ] || die "check --site exited $rc, expected 1 (see $out)"
  found=$(grep -c 'RS0701' "$out" || true)
  [ "$found" -ge "$BROKEN" ] || die "check --site reported $found broken links, expected $BROKEN (see $out)"
  hints=$(grep -c "hint: did you mean '/" "$out" || true)
  rm -f "$out"
  [ "$round" -eq 0 ] || echo "check-site $w $c $m" >> "$results"
done

echo
echo "medians of $RUNS (wall s, cpu s, peak RSS MiB); 'did you mean' hints in the last check --site: $hints"
printf '%-14s %8s %8s %8s %8s\n' case wall_med wall_max cpu_med peak_mib
for case in build-clean build-broken hugo check-site; do
  w=$(awk -v t="$case" '$1==t {print $2}' "$results" | median)
  wmax=$(awk -v t="$case" '$1==t {print $2}' "$results" | sort -g | tail -1)
  c=$(awk -v t="$case" '$1==t {print $3}' "$results" | median)
  m=$(awk -v t="$case" '$1==t {print $4}' "$results" | median)
  printf '%-14s %8s %8s %8s %8.1f\n' "$case" "$w" "$wmax" "$c" "$(awk -v m="$m" 'BEGIN {print m / 1024}')"
done
med() { awk -v t="$1" '$1==t {print $2}' "$results" | median; }
echo "build broken / build clean: $(awk -v a="$(med build-broken)" -v b="$(med build-clean)" 'BEGIN {printf "%.2f", a / b}') (target <= 1.3)"
echo "check --site / hugo build:  $(awk -v a="$(med check-site)" -v b="$(med hugo)" 'BEGIN {printf "%.2f", a / b}') (target <= 0.5)"
echo "per-run samples: $results; old outputs were moved to $WORK/trash"
