#!/usr/bin/env bash
# make bench-scale [SMALL=10000 LARGE=100000 ROUNDS=3]: does throughput hold as the corpus grows
# tenfold? Two `make bench` rows taken minutes apart cannot say: on this shared virtual machine
# the same run has taken from 2.6 to 3.5 s within the hour. So the two corpora are ingested in
# turn, ROUNDS times each (2 workers, warm page cache), and each one's best run is compared.
# CPU time per report is printed beside wall time: it tells a run that waited from one that
# worked harder. Appends a row to bench/scale-results.md.
set -euo pipefail
SMALL=${1:-10000}
LARGE=${2:-100000}
ROUNDS=${3:-3}
cd "$(dirname "$0")/.."
BIN=.build/release
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for n in "$SMALL" "$LARGE"; do
    if [ ! -f "bench/corpus/$n/.complete" ]; then
        echo "bench/scale.sh: there is no corpus in bench/corpus/$n; run 'make bench N=$n' once to generate it." >&2
        exit 2
    fi
done
swift build -c release --product ogi-etl >/dev/null
# Taken now, with the binary just built: the tree may change while the rounds run.
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift || echo "+dirty")

read_all() { find "bench/corpus/$1/reports" -type f -print0 | xargs -0 cat > /dev/null; }

# run N -> "wall_seconds cpu_seconds max_rss_kb", the page cache warmed first.
run() {
    read_all "$1"
    rm -rf "$WORK/out"
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$BIN/ogi-etl" ingest "bench/corpus/$1/reports" --out "$WORK/out" \
        --config pipeline.json --workers 2 --quiet
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$WORK/time"
}

# best N: the round with the least wall time, as "wall cpu rss".
: > "$WORK/rounds"
for round in $(seq "$ROUNDS"); do
    for n in "$SMALL" "$LARGE"; do
        read -r wall cpu rss < <(run "$n")
        echo "$n $wall $cpu $rss" >> "$WORK/rounds"
        echo "  round $round: $n reports in $wall s (CPU $cpu s)" >&2
    done
done
best() { awk -v n="$1" '$1 == n' "$WORK/rounds" | sort -k2,2g | head -1 | cut -d' ' -f2-; }
read -r small_wall small_cpu small_rss <<< "$(best "$SMALL")"
read -r large_wall large_cpu large_rss <<< "$(best "$LARGE")"

figures=$(awk -v s="$SMALL" -v l="$LARGE" -v sw="$small_wall" -v lw="$large_wall" -v sc="$small_cpu" -v lc="$large_cpu" \
    -v sr="$small_rss" -v lr="$large_rss" 'BEGIN {
        srate = s / sw; lrate = l / lw
        scpu = 1000 * sc / s; lcpu = 1000 * lc / l
        change = 100 * (lrate / srate - 1)
        printf "%.0f|%.0f|%+.1f|%.3f|%.3f|%+.1f|%.0f|%.0f|%s", srate, lrate, change, scpu, lcpu, 100 * (lcpu / scpu - 1),
            sr / 1024, lr / 1024, (change >= -10 ? "within 10%" : "more than 10% slower")
    }')
IFS='|' read -r small_rate large_rate change small_per large_per cpu_change small_mb large_mb verdict <<< "$figures"

cat <<REPORT
ogi-etl scale check: $SMALL and $LARGE reports in turn, best of $ROUNDS rounds each, 2 workers
  $SMALL: $small_wall s ($small_rate reports/s), CPU $small_per s per 1000 reports, peak RSS $small_mb MB
  $LARGE: $large_wall s ($large_rate reports/s), CPU $large_per s per 1000 reports, peak RSS $large_mb MB
  throughput at $LARGE against $SMALL: $change% ($verdict); CPU per report $cpu_change%
REPORT

if [ ! -f bench/scale-results.md ]; then
    cat > bench/scale-results.md <<'HEADER'
# Scale results

Appended by `make bench-scale` (bench/scale.sh): the small and the large corpus are ingested in
turn, 2 workers, warm page cache, and each one's best round is kept, so that the host's drift
from one minute to the next does not pass for an effect of the corpus's size. Throughput change
is the large corpus's reports/s against the small one's; the target is within 10%.

| date | commit | machine | rounds | small | small s | small reports/s | large | large s | large reports/s | change | CPU ms/report small | CPU ms/report large | peak RSS MB small / large |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
HEADER
fi
machine="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "| $(date -u +%Y-%m-%d) | $commit | $machine | $ROUNDS | $SMALL | $small_wall | $small_rate | $LARGE | $large_wall | $large_rate | $change% | $small_per | $large_per | $small_mb / $large_mb |" >> bench/scale-results.md
