#!/usr/bin/env bash
# bench/run.sh N [N...]
#
# Side-by-side clean-build benchmark of relevare against the peers in
# ../shared/bench (Hugo always; Eleventy and Jekyll when installed), on the
# shared generated corpus. Builds are INTERLEAVED (round 1: every tool, round
# 2: every tool, ...) so that machine noise hits all tools alike; only ratios
# measured in one run mean anything on a shared machine.
#
# relevare runs as the Native AOT build (build.ps1 publish); relevare-r2r is
# the ReadyToRun-published, framework-dependent build (what `dotnet tool
# install` gives), for the start-up comparison (R2R=0 leaves it out). Every build is validated the same
# way as ../shared/bench/run-peers.sh does (exactly N pages, slugs, <h2>,
# title/date/tags of a sample page). Nothing is deleted during the run: old
# outputs are renamed into $WORK/trash (see ../shared/bench/README.md on the
# file system's cost of creating files right after deleting many).
#
# The file system is probed before the first round and in every round: the
# system CPU time of creating 2000 folders with a file each in $WORK (what a
# 2000-page build asks of it). Right after a large deletion nearby (ext4
# without a journal skips, and checks one by one, the inodes deleted in the
# last 1-6 minutes) every file any tool creates costs extra kernel time, about
# the same seconds for each tool: the run would then compare the kernel's
# recovery, not the tools. So the run waits (SETTLE_WAIT seconds at most,
# default 600; probing every 10 s) until SETTLE_PROBES probes in a row
# (default 3) each take at most SETTLE_SYS seconds (default 0.15; this
# machine's quiet figure is about 0.08), and the
# summary shows every round's probe and each tool's system CPU time. SETTLE=0
# starts at once (the probes are still shown).
#
# Environment: RUNS (default 5), PEERS (default: those installed of
# "hugo eleventy jekyll"), WORK (default /tmp/relevare-bench),
# SHARED (default ../shared next to the repository), R2R (default 1),
# INSTALL=1 (time the installed tool: build.ps1 pack + dotnet tool install into
# $WORK/tool) or RELEVARE_TOOL=PATH (an installed relevare) instead of a fresh
# Native AOT publish. Hugo: apt-get install -y hugo.
#
# Issue #16's other targets, in the same interleaved rounds (each on by default, 0 leaves it out):
# UNCHECKED=1 adds "relevare-unchecked", the same Native AOT build with RELEVARE_BENCH_UNCHECKED=1 (the page checks
# left out; bench-only, the build says so), for "checks <= 1.3 x a build without them"; CHECK_SITE=1 adds
# "check-site", `relevare check --site public` on Hugo's output of the round (it runs right after Hugo's build), for
# "check --site <= 0.5 x Hugo's build". With several N, a last table gives relevare's time per page at each N
# against the first N (linearity; e.g. PEERS="" R2R=0 bench/run.sh 4000 16000 100000 for the 100,000-page case).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 N [N...]" >&2; exit 2; }

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$(cd "$REPO/../shared" && pwd)}
RUNS=${RUNS:-5}
WORK=${WORK:-/tmp/relevare-bench}
export TZ=UTC LC_ALL=C
mkdir -p "$WORK/trash" "$WORK/logs"

die() { echo "error: $*" >&2; exit 1; }
env time --version 2>&1 | grep -q GNU || die "GNU time not found (apt-get install -y time)"

if [ -z "${PEERS+x}" ]; then
  PEERS=""
  command -v hugo >/dev/null && PEERS="$PEERS hugo"
  [ -f "$WORK/eleventy/node_modules/@11ty/eleventy/cmd.cjs" ] && PEERS="$PEERS eleventy"
  command -v jekyll >/dev/null && PEERS="$PEERS jekyll"
fi

SEQ=0
SETTLE=${SETTLE:-1}; SETTLE_SYS=${SETTLE_SYS:-0.15}; SETTLE_PROBES=${SETTLE_PROBES:-3}; SETTLE_WAIT=${SETTLE_WAIT:-600}
trash() { local x; for x in "$@"; do if [ -e "$x" ]; then SEQ=$((SEQ + 1)); mv "$x" "$WORK/trash/$(basename "$x").$$.$SEQ"; fi; done; }

# relevare: the Native AOT build (build.ps1 publish); relevare-r2r: the framework-dependent ReadyToRun build (what
# `dotnet tool install` gives), measured alongside for the start-up comparison. R2R=0 leaves the second one out.
# INSTALL=1 or RELEVARE_TOOL=PATH: time the relevare that users install instead (dotnet tool install of the packed
# package: the Native AOT build on linux-x64). INSTALL=1 packs (build.ps1 pack) and installs it into $WORK/tool.
if [ "${INSTALL:-0}" = 1 ] && [ -z "${RELEVARE_TOOL:-}" ]; then
  echo "packing and installing the relevare tool (build.ps1 pack, dotnet tool install) ..."
  ( cd "$REPO" && dotnet tool restore && dotnet pwsh -NoProfile -File build.ps1 pack ) >"$WORK/logs/pack.log" 2>&1 \
    || die "pack failed: $WORK/logs/pack.log"
  trash "$WORK/tool"
  dotnet tool install Relevare.Static.Cli --tool-path "$WORK/tool" --add-source "$REPO/artifacts/packages" \
    >"$WORK/logs/install.log" 2>&1 || die "tool install failed: $WORK/logs/install.log"
  RELEVARE_TOOL="$WORK/tool/relevare"
fi
if [ -n "${RELEVARE_TOOL:-}" ]; then
  [ -x "$RELEVARE_TOOL" ] || die "RELEVARE_TOOL=$RELEVARE_TOOL is not an executable"
  RELEVARE="$RELEVARE_TOOL"
  kind="not native (managed)"; [ "$(head -c 4 "$(readlink -f "$RELEVARE")" | od -An -c | tr -d ' ')" = '177ELF' ] \
    && [ ! -e "$(dirname "$(readlink -f "$RELEVARE")")/relevare.dll" ] && kind="native (ELF, no relevare.dll)"
  echo "relevare = the installed tool: $RELEVARE -> $(readlink -f "$RELEVARE"), $kind"
else
  echo "publishing relevare (Release: Native AOT) ..."
  dotnet publish "$REPO/src/Relevare.Static.Cli" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$WORK/relevare-aot" >"$WORK/logs/publish-aot.log" 2>&1 || die "publish failed: $WORK/logs/publish-aot.log"
  RELEVARE="$WORK/relevare-aot/relevare"
fi
if [ "${R2R:-1}" = 1 ]; then
  echo "publishing relevare-r2r (Release: ReadyToRun, framework-dependent) ..."
  dotnet publish "$REPO/src/Relevare.Static.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$WORK/relevare-bin" >"$WORK/logs/publish.log" 2>&1 || die "publish failed: $WORK/logs/publish.log"
  PEERS="relevare-r2r $PEERS"
fi
RELEVARE_R2R="$WORK/relevare-bin/relevare"
TOOLS="relevare $PEERS"
[ "${UNCHECKED:-1}" = 1 ] && TOOLS="$TOOLS relevare-unchecked"
[ "${CHECK_SITE:-1}" = 1 ] && [[ " $PEERS " == *" hugo "* ]] && TOOLS="$TOOLS check-site"

version_of() {
  case "$1" in
    relevare|relevare-unchecked|check-site) "$RELEVARE" --version;;
    relevare-r2r) "$RELEVARE_R2R" --version;;
    hugo) hugo version | awk '{print $2}';;
    eleventy) node "$WORK/eleventy/node_modules/@11ty/eleventy/cmd.cjs" --version;;
    jekyll) jekyll --version | awk '{print $2}';;
  esac
}
content_dir() { case "$1" in relevare|relevare-r2r|relevare-unchecked|hugo) echo content;; jekyll) echo _articles;; eleventy) echo src/posts;; esac; }
out_dir() { case "$1" in hugo) echo public;; *) echo _site;; esac; }
clean() {
  local s=$1
  case "$2" in
    relevare|relevare-r2r|relevare-unchecked) trash "$s/_site" "$s/._site.lock";;
    check-site) ;; # Hugo's output of this round, left in place by hugo's build just before
    hugo) trash "$s/public" "$s/resources" "$s/.hugo_build.lock";;
    jekyll) trash "$s/_site" "$s/.jekyll-cache" "$s/.jekyll-metadata";;
    eleventy) trash "$s/_site" "$s/.cache";;
  esac
}
build() {
  case "$1" in
    relevare) "$RELEVARE" build --source . ;;
    relevare-r2r) "$RELEVARE_R2R" build --source . ;;
    relevare-unchecked) RELEVARE_BENCH_UNCHECKED=1 "$RELEVARE" build --source . ;;
    check-site) "$RELEVARE" check --site public >/dev/null ;;
    hugo) hugo --quiet --cleanDestinationDir;;
    jekyll) jekyll build --quiet;;
    eleventy) node "$WORK/eleventy/node_modules/@11ty/eleventy/cmd.cjs" --quiet;;
  esac
}
export -f build; export RELEVARE RELEVARE_R2R WORK

# timed <dir> <tool> : "wall cpu peak_kib rc sys" (wall from a ns clock, cpu (user + system), peak RSS and system CPU
# from GNU time)
timed() {
  local tf rc=0 t0 t1; tf=$(mktemp)
  t0=$(date +%s.%N)
  ( cd "$1" && env time -f '%e %U %S %M' -o "$tf" bash -c "build $2" ) >>"$WORK/logs/$2.log" 2>&1 || rc=$?
  t1=$(date +%s.%N)
  tail -n 1 "$tf" | awk -v rc="$rc" -v t0="$t0" -v t1="$t1" '{printf "%.3f %.3f %s %s %.2f\n", t1 - t0, $2 + $3, $4, rc, $3}'
  rm -f "$tf"
}

validate() {  # validate <out dir> <N> <corpus dir> <slugs file>
  local o=$1 n=$2 corpus=$3 slugs=$4 html pages first f t d tag
  html=$(find "$o" -type f -name '*.html' | wc -l)
  pages=$(find "$o" -mindepth 2 -maxdepth 2 -type f -name index.html | wc -l)
  [ "$html" -eq "$n" ] && [ "$pages" -eq "$n" ] || { echo "found $html html files / $pages pages, expected $n"; return 1; }
  find "$o" -mindepth 2 -maxdepth 2 -type f -name index.html -printf '%h\n' | sed 's#.*/##' | sort | cmp -s - "$slugs" \
    || { echo "page slugs differ from the corpus"; return 1; }
  [ "$(find "$o" -mindepth 2 -maxdepth 2 -name index.html -print0 | xargs -0 grep -L '<h2' | wc -l)" -eq 0 ] || { echo "pages without <h2>"; return 1; }
  first=$(head -n 1 "$slugs"); f="$corpus/$first.md"
  t=$(sed -n 's/^title: "\(.*\)"$/\1/p' "$f"); d=$(sed -n 's/^date: //p' "$f")
  grep -q "<h1>$t</h1>" "$o/$first/index.html" && grep -q "datetime=\"$d\"" "$o/$first/index.html" || { echo "sample page lacks title/date"; return 1; }
  for tag in $(sed -n 's/^  - //p' "$f"); do grep -q "<li>$tag</li>" "$o/$first/index.html" || { echo "sample page lacks tag $tag"; return 1; }; done
}

# fs_probe: the system CPU seconds of creating 2000 folders, each with an index.html, in a new folder of $WORK (the
# folder then goes to the trash like the outputs).
fs_probe() {
  local d="$WORK/fs-probe.$$.$SEQ.$RANDOM" t
  mkdir "$d"
  t=$(env time -f '%S' bash -c 'cd "$1" && mkdir $(seq 1 2000) && touch $(seq -f "%g/index.html" 1 2000)' _ "$d" 2>&1 >/dev/null | tail -n 1)
  trash "$d"
  echo "$t"
}
# settle: wait until the file system creates files at its quiet cost (see the top of this file): SETTLE_PROBES
# probes in a row, 10 s apart, each at most SETTLE_SYS.
settle() {
  local start=$SECONDS p quiet=0 seen=""
  while :; do
    p=$(fs_probe); seen="$seen $p"
    if awk -v p="$p" -v m="$SETTLE_SYS" 'BEGIN {exit !(p <= m)}'; then quiet=$((quiet + 1)); else quiet=0; fi
    if [ "$quiet" -ge "$SETTLE_PROBES" ]; then
      echo "file system: $SETTLE_PROBES probes in a row at most SETTLE_SYS=$SETTLE_SYS s of system time, after $((SECONDS - start)) s (probes:$seen)"
      return
    fi
    if [ $((SECONDS - start)) -ge "$SETTLE_WAIT" ]; then
      echo "warning: the file system did not settle in $SETTLE_WAIT s (probes:$seen; SETTLE_SYS=$SETTLE_SYS):" \
        "something on the machine is deleting or creating many files; the builds below pay the kernel's extra work"
      return
    fi
    sleep 10
  done
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "host: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); runs=$RUNS (+1 warm-up), interleaved"
[ "$SETTLE" = 1 ] && settle
for tool in $TOOLS; do echo "$tool: $(version_of "$tool")"; done

for N in "$@"; do
  corpus="$WORK/corpus-$N"
  "$SHARED/bench/make-corpus.sh" "$N" "$corpus" >/dev/null
  slugs="$WORK/slugs-$N.txt"
  find "$corpus/content" -maxdepth 1 -name '*.md' -printf '%f\n' | sed 's/\.md$//' | sort > "$slugs"
  declare -A site=()
  for tool in $TOOLS; do
    [ "$tool" = check-site ] && continue
    s="$WORK/$tool-$N"; trash "$s"
    if [[ "$tool" == relevare* ]]; then mkdir -p "$s"; cp -r "$HERE/site/." "$s/"; else cp -r "$SHARED/bench/peers/$tool" "$s"; fi
    mkdir -p "$s/$(content_dir "$tool")"
    find "$corpus/content" -maxdepth 1 -name '*.md' -exec cp -t "$s/$(content_dir "$tool")" {} +
    site[$tool]=$s
  done
  [[ " $TOOLS " == *" check-site "* ]] && site[check-site]=${site[hugo]}
  results="$WORK/results-$N.tsv"; : > "$results"
  for round in $(seq 0 "$RUNS"); do
    p=$(fs_probe); [ "$round" -eq 0 ] || echo "fs-probe 0 0 0 $p" >> "$results"
    for tool in $TOOLS; do
      s=${site[$tool]}; clean "$s" "$tool"
      read -r w c m rc sys <<< "$(timed "$s" "$tool")"
      if [ "$tool" = check-site ]; then
        # Findings in Hugo's output (exit 1) are the checks' answer, not a failure of the run.
        [ "$rc" -le 1 ] || die "check --site exited $rc at N=$N (see $WORK/logs/$tool.log)"
      else
        [ "$rc" -eq 0 ] || die "$tool exited $rc at N=$N (see $WORK/logs/$tool.log)"
        why=$(validate "$s/$(out_dir "$tool")" "$N" "$corpus/content" "$slugs") || die "$tool INVALID at N=$N: $why"
      fi
      [ "$round" -eq 0 ] || echo "$tool $w $c $m $sys" >> "$results"
    done
  done
  echo
  echo "N=$N: medians of $RUNS clean builds (wall s, cpu s, peak RSS MiB), ratio = tool / hugo"
  hugo_wall=$(awk '$1=="hugo" {print $2}' "$results" | median 2>/dev/null || true)
  hugo_mem=$(awk '$1=="hugo" {print $4}' "$results" | median 2>/dev/null || true)
  printf '%-18s %8s %8s %8s %8s %10s %10s %8s\n' tool wall_med wall_min wall_max cpu_med peak_mib wall/hugo us/page
  for tool in $TOOLS; do
    w=$(awk -v t="$tool" '$1==t {print $2}' "$results" | median)
    wmin=$(awk -v t="$tool" '$1==t {print $2}' "$results" | sort -g | head -1)
    wmax=$(awk -v t="$tool" '$1==t {print $2}' "$results" | sort -g | tail -1)
    c=$(awk -v t="$tool" '$1==t {print $3}' "$results" | median)
    m=$(awk -v t="$tool" '$1==t {print $4}' "$results" | median)
    ratio=-; [ -n "$hugo_wall" ] && ratio=$(awk -v a="$w" -v b="$hugo_wall" 'BEGIN {printf "%.2f", a / b}')
    printf '%-18s %8s %8s %8s %8s %10.1f %10s %8.0f\n' "$tool" "$w" "$wmin" "$wmax" "$c" "$(awk -v m="$m" 'BEGIN {print m / 1024}')" "$ratio" "$(awk -v w="$w" -v n="$N" 'BEGIN {print w * 1e6 / n}')"
  done
  [ -n "$hugo_mem" ] && echo "peak memory relevare/hugo: $(awk -v a="$(awk '$1=="relevare" {print $4}' "$results" | median)" -v b="$hugo_mem" 'BEGIN {printf "%.2f", a / b}')"
  med() { awk -v t="$1" '$1==t {print $2}' "$results" | median; }
  [ -n "$hugo_wall" ] && echo "relevare / hugo wall, round by round: $(paste -d' ' <(awk '$1=="relevare" {print $2}' "$results") <(awk '$1=="hugo" {print $2}' "$results") | awk '{printf "%s%.2f", (NR > 1 ? ", " : ""), $1 / $2}') (target <= 0.5 in every round)"
  [[ " $TOOLS " == *" relevare-unchecked "* ]] && echo "checks on / off (relevare / relevare-unchecked): $(awk -v a="$(med relevare)" -v b="$(med relevare-unchecked)" 'BEGIN {printf "%.2f", a / b}') (target <= 1.3)"
  [[ " $TOOLS " == *" check-site "* ]] && echo "check --site on Hugo's output / hugo build: $(awk -v a="$(med check-site)" -v b="$hugo_wall" 'BEGIN {printf "%.2f", a / b}') (target <= 0.5)"
  echo "file-system probe, round by round (s of system time to create 2000 folders and files; quiet <= $SETTLE_SYS): $(awk '$1=="fs-probe" {printf "%s%s", (n++ ? ", " : ""), $5}' "$results")"
  echo "system CPU (medians, s): $(for tool in $TOOLS; do printf '%s %s; ' "$tool" "$(awk -v t="$tool" '$1==t {print $5}' "$results" | median)"; done | sed 's/; $//')"
  echo "per-run samples: $results (tool, wall s, cpu s, peak KiB, system cpu s)"
  echo "$N $(med relevare) $(awk '$1=="relevare" {print $4}' "$results" | median)" >> "$WORK/scaling.$$"
done
if [ "$(wc -l < "$WORK/scaling.$$")" -gt 1 ]; then
  echo
  echo "relevare's scaling (medians): pages, wall s, us per page, per-page time / the first N's, peak MiB (target at 100,000 pages: <= 1536 MiB)"
  awk 'NR == 1 {base = $2 / $1} {printf "%8d %9.3f %8.0f %6.2f %9.1f\n", $1, $2, $2 * 1e6 / $1, ($2 / $1) / base, $3 / 1024}' "$WORK/scaling.$$"
fi
rm -f "$WORK/scaling.$$"
echo
echo "old outputs were moved to $WORK/trash; remove it when done (then let the disk rest a few minutes): rm -rf $WORK/trash"
