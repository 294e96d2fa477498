# ogi-etl: build, test, ingest.  `make help` lists the targets.
SWIFT ?= swift
DIR ?= samples
OUT ?= out
CONFIG ?= pipeline.json
WORKERS ?=
BIN := .build/release/ogi-etl

.PHONY: help build release test sanitize ingest bench bench-compare bench-scale bench-instructions fuzz clean

help:
	@echo "make build                      debug build"
	@echo "make test                       run the test suite"
	@echo "make sanitize                   the test suite under AddressSanitizer"
	@echo "make ingest DIR=... [OUT=out]   release build, then ingest every report under DIR into OUT"
	@echo "make bench [N=10000]            time ingest on N generated reports against the read+gzip floor, best of BENCH_ROUNDS=3"
	@echo "make bench-compare BASE=<rev>   time BASE against the working tree, interleaved [N=10000 ROUNDS=5]"
	@echo "make bench-scale                 ingest the 10,000 and 100,000 corpora in turn: does throughput hold? [SCALE_ROUNDS=5]"
	@echo "make bench-instructions          instructions per report, stage by stage, under callgrind [COUNT=1000 N=10000]"
	@echo "make fuzz [FUZZ_SECONDS=300]    fuzz the normalize stage with libFuzzer + AddressSanitizer"
	@echo "make clean                      remove build products and ./out"

build:
	$(SWIFT) build

# The release binary carries the Swift runtime and Foundation: it starts in 4 ms rather than 8 (no
# symbols to look up across a dozen shared libraries), its calls into the runtime skip the PLT,
# and it runs on a machine without the toolchain (README, Performance). The toolchain's lld links
# it: gold warns that the static Foundation calls mktemp. Exported for the bench scripts, which
# build the binary they time the same way.
export RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -use-ld=lld

release:
	$(SWIFT) build $(RELEASE_FLAGS)

test:
	$(SWIFT) test --disable-swift-testing

# The tests under AddressSanitizer, built in a folder of their own. Leak checking is off:
# Foundation's FileManager leaks a path buffer per call (swift-corelibs-foundation), which would
# fail every run; run with ASAN_OPTIONS=detect_leaks=1 to read the leaks by hand. The toolchain's
# lld links the build: gold, the default, warns 564 times that it cannot export the sanitizer's
# local check symbols. ThreadSanitizer is not run: on Linux it does not see the ordering
# Synchronization.Mutex gives, and reports accesses under one as races (README, Quick start).
sanitize:
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan --disable-swift-testing -Xswiftc -use-ld=lld

ingest: release
	$(BIN) ingest "$(DIR)" --out "$(OUT)" --config "$(CONFIG)" $(if $(WORKERS),--workers $(WORKERS),) $(ARGS)

N ?= 10000

BENCH_ROUNDS ?= 3

bench:
	ROUNDS=$(BENCH_ROUNDS) bench/run.sh $(N)

BASE ?=
ROUNDS ?= 5

bench-compare:
	bench/compare.sh "$(BASE)" $(N) $(ROUNDS)

SMALL ?= 10000
LARGE ?= 100000
SCALE_ROUNDS ?= 5

bench-scale:
	bench/scale.sh $(SMALL) $(LARGE) $(SCALE_ROUNDS)

COUNT ?= 1000

bench-instructions:
	bench/instructions.sh $(COUNT) $(N)

FUZZ_SECONDS ?= 300
FUZZ_BUILD := .build-fuzz

# Crashing inputs land in fuzz/crashers/; add each as a case in FuzzRegressionTests.
fuzz:
	$(SWIFT) build -c release --sanitize=fuzzer --sanitize=address --product ogi-etl-fuzz --scratch-path $(FUZZ_BUILD) \
		-Xswiftc -sanitize=fuzzer
	mkdir -p $(FUZZ_BUILD)/corpus fuzz/crashers
	cp samples/* $(FUZZ_BUILD)/corpus/
	python3 fuzz/dictionary.py pipeline.json > $(FUZZ_BUILD)/labels.dict
	$(FUZZ_BUILD)/release/ogi-etl-fuzz $(FUZZ_BUILD)/corpus -dict=$(FUZZ_BUILD)/labels.dict \
		-max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 -artifact_prefix=fuzz/crashers/ -print_final_stats=1

clean:
	rm -rf .build $(FUZZ_BUILD) .build-instructions .build-asan out
