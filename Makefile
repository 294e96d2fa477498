# ogi-etl: build, test, ingest.  `make help` lists the targets.
SWIFT ?= swift
DIR ?= samples
OUT ?= out
CONFIG ?= pipeline.json
WORKERS ?=
BIN := .build/release/ogi-etl

.PHONY: help build release test ingest clean

help:
	@echo "make build                      debug build"
	@echo "make test                       run the test suite"
	@echo "make ingest DIR=... [OUT=out]   release build, then ingest every report under DIR into OUT"
	@echo "make clean                      remove build products and ./out"

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

test:
	$(SWIFT) test --disable-swift-testing

ingest: release
	$(BIN) ingest "$(DIR)" --out "$(OUT)" --config "$(CONFIG)" $(if $(WORKERS),--workers $(WORKERS),) $(ARGS)

clean:
	rm -rf .build out
