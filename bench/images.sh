#!/usr/bin/env bash
# bench/images.sh [N]
#
# Image processing side by side with Hugo: N (default 200) generated 12-megapixel JPEGs (4000 × 3000, photo-like,
# bench/images/ImageCorpus), one page per photo with the photo beside it, each published at 480, 960 and 1440 px
# as JPEG and WebP (6 files per photo) — relevare through a Markdown image, Hugo through a page bundle and
# .Resize in a minimal layout (bench/images/hugo). Each tool is timed
#   cold: no image cache (relevare: .relevare-cache/ moved away; Hugo: resources/ moved away), and
#   warm: the cache of the previous build kept, the output moved away (a rebuild after a text edit).
# Builds are interleaved (relevare cold, Hugo cold, relevare warm, Hugo warm, per round) so that machine noise
# hits both alike; medians of RUNS rounds (default 3). Nothing is deleted during the run (renamed into
# $WORK/trash instead; see ../shared/bench/README.md). relevare runs as the Native AOT binary.
#
# Both encode at quality 75 (Hugo's default, JPEG and WebP); Hugo resizes with its default Box filter, relevare with
# a Mitchell cubic (halving steps, JPEGs decoded at a reduced scale). Hugo also publishes each original photo (page
# bundle resources are copied); relevare does not.
#
# Environment: RUNS (default 3), WORK (default /tmp/relevare-image-bench), WIDTH/HEIGHT (default 4000/3000),
# RELEVARE (a relevare binary already published, to skip the Native AOT publish), WARMUP (default 1: one cold
# build of each, not counted, first; 0 skips it, for a long run at N=200).
set -euo pipefail
N=${1:-200}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/relevare-image-bench}
WIDTH=${WIDTH:-4000}
HEIGHT=${HEIGHT:-3000}
export TZ=UTC LC_ALL=C
mkdir -p "$WORK/trash" "$WORK/logs"
die() { echo "error: $*" >&2; exit 1; }
command -v hugo >/dev/null || die "hugo not found (apt-get install -y hugo)"
SEQ=0
trash() { local x; for x in "$@"; do if [ -e "$x" ]; then SEQ=$((SEQ + 1)); mv "$x" "$WORK/trash/$(basename "$x").$$.$SEQ"; fi; done; }

PHOTOS="$WORK/photos-$N-${WIDTH}x$HEIGHT"
if [ ! -f "$PHOTOS/photo-$(printf %03d $((N - 1))).jpg" ]; then
  echo "generating $N photos of ${WIDTH} × ${HEIGHT} ..."
  dotnet run -c Release --project "$HERE/images/ImageCorpus" -- "$PHOTOS" "$N" "$WIDTH" "$HEIGHT" >"$WORK/logs/corpus.log" 2>&1 \
    || die "corpus generation failed: $WORK/logs/corpus.log"
fi

if [ -z "${RELEVARE:-}" ]; then
  echo "publishing relevare (Native AOT) ..."
  dotnet publish "$REPO/src/Relevare.Static.Cli" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$WORK/relevare-aot" >"$WORK/logs/publish-aot.log" 2>&1 || die "publish failed: $WORK/logs/publish-aot.log"
  RELEVARE="$WORK/relevare-aot/relevare"
fi
[ -x "$RELEVARE" ] || die "no relevare binary at $RELEVARE"
[ -f "$(dirname "$RELEVARE")/libSkiaSharp.so" ] || die "libSkiaSharp.so is not beside the native binary"

# The two sites, rebuilt from scratch when N changes.
R="$WORK/site-relevare"; H="$WORK/site-hugo"
trash "$R" "$H"
mkdir -p "$R/content" "$H/content"
cp -r "$HERE/images/relevare/." "$R/"
cp -r "$HERE/images/hugo/." "$H/"
for ((i = 0; i < N; i++)); do
  stem=$(printf 'photo-%03d' "$i")
  cp "$PHOTOS/$stem.jpg" "$R/content/$stem.jpg"
  printf -- '---\ntitle: Photo %d\n---\n![Generated photo number %d](%s.jpg)\n' "$i" "$i" "$stem" >"$R/content/$stem.md"
  mkdir -p "$H/content/$stem"
  cp "$PHOTOS/$stem.jpg" "$H/content/$stem/photo.jpg"
  printf -- '---\ntitle: Photo %d\n---\n' "$i" >"$H/content/$stem/index.md"
done

now() { date +%s.%N; }
run() { # tool mode -> seconds on stdout
  local tool=$1 mode=$2 start end
  case "$tool" in
    relevare)
      trash "$R/_site"; [ "$mode" = cold ] && trash "$R/.relevare-cache"
      start=$(now); (cd "$R" && "$RELEVARE" build >"$WORK/logs/relevare-$mode.log" 2>&1) || die "relevare failed: $WORK/logs/relevare-$mode.log"; end=$(now)
      [ "$(find "$R/_site/img" -name '*.webp' | wc -l)" = $((N * 3)) ] || die "relevare did not write $((N * 3)) WebP files";;
    hugo)
      trash "$H/public"; [ "$mode" = cold ] && trash "$H/resources"
      start=$(now); (cd "$H" && hugo --quiet >"$WORK/logs/hugo-$mode.log" 2>&1) || die "hugo failed: $WORK/logs/hugo-$mode.log"; end=$(now)
      [ "$(find "$H/public" -name '*.webp' | wc -l)" = $((N * 3)) ] || die "hugo did not write $((N * 3)) WebP files";;
  esac
  echo "$end - $start" | bc
}

declare -A TIMES
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "${WARMUP:-1}" != 0 ]; then
  echo "warm-up round (not counted) ..."
  run relevare cold >/dev/null; run hugo cold >/dev/null
fi
RATIOS=""
for ((round = 1; round <= RUNS; round++)); do
  for mode in cold warm; do
    for tool in relevare hugo; do
      t=$(run "$tool" "$mode")
      TIMES[$tool-$mode]="${TIMES[$tool-$mode]:-} $t"
      printf 'round %d %-8s %-4s %8.2f s\n' "$round" "$tool" "$mode" "$t"
      [ "$tool" = relevare ] && last=$t
      [ "$tool" = hugo ] && [ "$mode" = cold ] && RATIOS="$RATIOS $(echo "$last / $t" | bc -l)"
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.2f-%.2f", lo, hi}'; }
echo
echo "N=$N photos of ${WIDTH}x$HEIGHT, $RUNS rounds, $(nproc) cores, load average at the start: $LOAD_START, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %9s %13s %9s %13s %9s\n' tool cold cold-range warm warm-range warm/cold
for tool in relevare hugo; do
  c=$(echo "${TIMES[$tool-cold]}" | median); w=$(echo "${TIMES[$tool-warm]}" | median)
  printf '%-8s %8.2fs %13s %8.2fs %13s %9.3f\n' "$tool" "$c" "$(echo "${TIMES[$tool-cold]}" | range)" "$w" "$(echo "${TIMES[$tool-warm]}" | range)" "$(echo "$w / $c" | bc -l)"
done
printf 'relevare/hugo cold, round by round: median %.3f, range %s\n' "$(echo "$RATIOS" | median)" "$(echo "$RATIOS" | range)"
