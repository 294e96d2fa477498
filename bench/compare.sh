#!/usr/bin/env bash
# make bench-compare BASE=<rev> [N=10000] [ROUNDS=5]: the code's own effect, on a host whose
# speed moves by tens of percent from one hour to the next, so that two `make bench` rows taken
# apart cannot show it. Builds the release binary of BASE in a temporary clone and of the
# working tree here, runs the two in turn ROUNDS times over the corpus of `make bench N` (the
# whole corpus, then the plain-text layouts alone; 1 worker, the steadiest figure), prints each
# one's best wall and CPU time and the change, and says whether their output is byte for byte
# the same (every .csv.gz and manifest.json of the last run of each).
set -euo pipefail
BASE=${1:-}
if [ -z "$BASE" ]; then
    echo "bench/compare.sh: no base to compare with; pass one, as in 'make bench-compare BASE=b61b9b9'." >&2
    exit 2
fi
N=${2:-10000}
ROUNDS=${3:-5}
cd "$(dirname "$0")/.."
CORPUS=bench/corpus/$N
if [ ! -f "$CORPUS/.complete" ]; then
    echo "bench/compare.sh: there is no corpus in $CORPUS; run 'make bench N=$N' once to generate it." >&2
    exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

git clone --quiet . "$WORK/base"
if ! git -C "$WORK/base" checkout --quiet "$BASE" 2>/dev/null; then
    echo "bench/compare.sh: '$BASE' names no commit of this repository; pass a commit, tag or branch." >&2
    exit 2
fi
# Both sides are built as `make release` builds the binary.
# shellcheck source=release.sh
source bench/release.sh
# build DIR: the release binary, quietly unless the build fails.
build() {
    local log
    if ! log=$(cd "$1" && build_release --product ogi-etl 2>&1); then
        echo "$log" >&2
        echo "bench/compare.sh: the release build in $1 failed (above)." >&2
        exit 1
    fi
}
build "$WORK/base"
build .
cp "$WORK/base/.build/release/ogi-etl" "$WORK/ogi-etl-base"
cp .build/release/ogi-etl "$WORK/ogi-etl-head"

read_all() { find "$CORPUS/reports" -type f -print0 | xargs -0 cat > /dev/null; }

# run SIDE [OPTIONS...] -> "wall_seconds cpu_seconds", output left in $WORK/out-SIDE
run() {
    local side=$1
    shift
    rm -rf "$WORK/out-$side"
    /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$WORK/ogi-etl-$side" ingest "$CORPUS/reports" \
        --out "$WORK/out-$side" --config pipeline.json --workers 1 --quiet "$@"
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$WORK/time"
}

smaller() { awk -v a="$1" -v b="${2:-$1}" 'BEGIN { print (a < b ? a : b) }'; }

# compare LABEL [OPTIONS...]: ROUNDS interleaved runs of each side, best of each.
compare() {
    local label=$1
    shift
    local wall_base="" cpu_base="" wall_head="" cpu_head="" wall cpu
    read_all
    for _ in $(seq "$ROUNDS"); do
        read -r wall cpu < <(run base "$@")
        wall_base=$(smaller "$wall" "$wall_base"); cpu_base=$(smaller "$cpu" "$cpu_base")
        read -r wall cpu < <(run head "$@")
        wall_head=$(smaller "$wall" "$wall_head"); cpu_head=$(smaller "$cpu" "$cpu_head")
    done
    awk -v l="$label" -v wb="$wall_base" -v cb="$cpu_base" -v wh="$wall_head" -v ch="$cpu_head" 'BEGIN {
        printf "  %-19s %.2f s (CPU %.2f s) -> %.2f s (CPU %.2f s): %+.1f%% wall, %+.1f%% CPU\n",
            l ":", wb, cb, wh, ch, (wh / wb - 1) * 100, (ch / cb - 1) * 100 }'
}

digest() { (cd "$1" && find . -type f \( -name '*.csv.gz' -o -name manifest.json \) | sort | xargs sha256sum); }

echo "ogi-etl compare: $BASE ($(git -C "$WORK/base" rev-parse --short HEAD)) -> working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', with changes')), $N reports, best of $ROUNDS interleaved runs, 1 worker"
compare "whole corpus"
whole_output=$(diff <(digest "$WORK/out-base") <(digest "$WORK/out-head") >/dev/null && echo "the same" || echo "different")
compare "plain-text layouts" --formats text,markdown
echo "  output:             $whole_output bytes on the whole corpus (every .csv.gz and manifest.json)"
