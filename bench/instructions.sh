#!/usr/bin/env bash
# make bench-instructions [COUNT=1000] [N=10000]: instructions per report, stage by stage, which
# this host's timings cannot show (the same run moves by tens of percent from one minute to the
# next, the instruction count by less than 0.1%). Builds the harness in bench/instructions (the
# pipeline's stages on one thread, reached with @testable import), runs it under callgrind over
# the first COUNT reports of the corpus of `make bench N`, prints each stage's instructions per
# report and appends them to bench/instructions.md. Needs valgrind; gzip and the emitter are not
# in it (callgrind cannot follow the pipeline's dispatch threads), and under valgrind the CPU
# shows no AVX-512, so SHA-256 runs its AVX2 lanes.
set -euo pipefail
COUNT=${1:-1000}
N=${2:-10000}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPUS=bench/corpus/$N
if [ ! -f "$CORPUS/.complete" ]; then
    echo "bench/instructions.sh: there is no corpus in $CORPUS; run 'make bench N=$N' once to generate it." >&2
    exit 2
fi
for tool in valgrind callgrind_annotate python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench/instructions.sh: '$tool' is not installed; on Debian, 'apt-get install valgrind python3'." >&2
        exit 2
    fi
done

# The harness names the main package by the folder it is in; a link called ogi-etl gives it that
# name wherever the repository was cloned. Build products stay in .build-instructions.
BUILD=$ROOT/.build-instructions
mkdir -p "$BUILD/harness"
ln -sfn "$ROOT" "$BUILD/ogi-etl"
rm -rf "$BUILD/harness/Sources"
cp -R bench/instructions/Sources "$BUILD/harness/"
sed "s#path: \"../..\"#path: \"$BUILD/ogi-etl\"#" bench/instructions/Package.swift > "$BUILD/harness/Package.swift"
if ! log=$(swift build -c release -Xswiftc -enable-testing --package-path "$BUILD/harness" --scratch-path "$BUILD/scratch" 2>&1); then
    echo "$log" >&2
    echo "bench/instructions.sh: the harness did not build (above)." >&2
    exit 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# valgrind cannot read this toolchain's debug information; the symbols are enough.
strip --strip-debug -o "$WORK/harness" "$BUILD/scratch/release/ogi-etl-instructions"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind" "$WORK/harness" "$CORPUS/reports" "$COUNT" > "$WORK/out" 2> "$WORK/valgrind"
reports=$(awk '{ print $1 }' "$WORK/out")
callgrind_annotate --inclusive=yes --threshold=100 "$WORK/callgrind" > "$WORK/annotated" 2>/dev/null
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift || echo "+dirty")

python3 - "$WORK/annotated" "$reports" "$COUNT" "$N" "$commit" <<'PY'
import re, sys, datetime
annotated, reports, count, corpus, commit = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
inclusive = {}
for line in open(annotated, errors="replace"):
    match = re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*?:(\S+)", line)
    if match:
        name, cost = match.group(2), int(match.group(1).replace(",", ""))
        inclusive[name] = max(cost, inclusive.get(name, 0))
# (label, indent, a piece of the stage's mangled name, or pieces separated by |); the largest
# inclusive count that matches.
stages = [
    ("whole", 0, "11measuredRun_"),
    ("reading files", 1, "SourceReaderO4read_8maxBytes5tools"),
    ("SHA-256", 2, "SHA256V10hexDigests_"),
    ("converting to text (HTML, UTF-8 check)", 2, "DocumentConverterO4text2of"),
    ("reading the tables", 1, "ReportNormalizerV9normalize10wellFormed"),
    ("cell tokenizer", 2, "CellTokenizerV5cells2of5lines"),
    ("section splitting", 2, "SectionSplitterV5split"),
    ("requests table", 2, "ApplicationsParserV5parse"),
    ("proactive table", 2, "ActiveDisclosureParserV5parse"),
    ("appeals table", 2, "ReviewsParserV5parse"),
    ("title", 2, "ReportNormalizerV9readTitle"),
    ("repairs", 1, "IdentityRepairO6repair"),
    ("identities", 1, "AccountingIdentitiesO8findings3for"),
    ("CSV rows and batch record", 1, "EncodedReportV_8position15protectFormulas"),
    # Since ReportTally the report is freed as its rows are made, inside the step above.
    ("freeing a report", 1, "EncodedReportVwxx|ProcessedReportVwxx"),
]
rows = []
for label, indent, piece in stages:
    costs = [cost for name, cost in inclusive.items() if any(alternative in name for alternative in piece.split("|"))]
    rows.append((label, indent, max(costs) // reports if costs else None))
print(f"ogi-etl instructions (callgrind): the first {reports} reports of bench/corpus/{corpus}, code of {commit}, one thread")
for label, indent, cost in rows:
    figure = "not found (renamed?)" if cost is None else f"{cost:,} a report"
    print(f"  {'  ' * indent}{label}: {figure}")
path = "bench/instructions.md"
try:
    open(path).close()
except FileNotFoundError:
    with open(path, "w") as table:
        table.write("# Instructions per report\n\nAppended by `make bench-instructions` (bench/instructions.sh): callgrind's count of the\n"
                    "instructions each stage takes per report, on one thread, over the first reports of a `make bench`\n"
                    "corpus. gzip and the emitter are not counted; under valgrind SHA-256 runs its AVX2 lanes.\n\n"
                    "| date | commit | reports | " + " | ".join(label for label, _, _ in stages) + " |\n"
                    "|---|---|---|" + "---|" * len(stages) + "\n")
with open(path, "a") as table:
    cells = ["" if cost is None else f"{cost:,}" for _, _, cost in rows]
    table.write(f"| {datetime.date.today()} | {commit} | {reports} | " + " | ".join(cells) + " |\n")
PY
