# Briefing — the two set-up commands are `make run` and `make test`; both install what is missing.
SHARED ?= ../shared
CONFIG ?= debug
BIN := .build/$(CONFIG)/briefing
PIPELINE ?= Pipelines/us-japan.yml

.PHONY: all deps build run test test-asan fuzz fuzz-properties eval eval-verbose bench catalog clean

all: build

deps:
	@scripts/install-deps

build: deps
	swift build -c $(CONFIG) --product briefing

## Run the sample pipeline into Output/.
run: build
	$(BIN) run $(PIPELINE)

## Unit, integration and end-to-end tests; the dev evaluation gate; the sample pipeline read back with openpyxl.
test: deps
	swift build --build-tests
	@bash -c 'set -o pipefail; swift test --skip-build --xunit-output .build/test-results.xml 2>&1 | tee .build/test.log; status=$$?; scripts/error-matrix-summary .build/test-results-swift-testing.xml || true; exit $$status'
	@scripts/eval-check $(BIN) $(SHARED)
	@scripts/check-sample $(abspath $(BIN))

## The whole test suite again under AddressSanitizer, in its own build folder (.build-asan). Leak reports are off:
## Foundation, libcurl and XCTest keep allocations alive at exit, which LeakSanitizer reports and turns into failures.
test-asan: deps
	swift build --build-tests -Xswiftc -sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 swift test --skip-build --scratch-path .build-asan

## libFuzzer on the extractor, the pipeline-file loader and the document loader (Fuzz/, release + AddressSanitizer,
## build in .build-fuzz): FUZZ_RUNS inputs each from a copy of Fuzz/Corpus; fails on a crash, a broken invariant or a hang.
FUZZ_RUNS ?= 1000000
fuzz: deps
	FUZZ_RUNS=$(FUZZ_RUNS) scripts/fuzz

## The robustness properties (ExtractorRobustnessTests, PipelineFileFuzzTests) at FUZZ_COUNT generated inputs each, in a
## release build of the tests (.build-release-tests; -enable-testing for the suites' @testable imports).
FUZZ_COUNT ?= 1000000
fuzz-properties: deps
	swift build --build-tests -c release -Xswiftc -enable-testing --scratch-path .build-release-tests
	BRIEFING_FUZZ_COUNT=$(FUZZ_COUNT) swift test --skip-build -c release --scratch-path .build-release-tests \
		--filter 'ExtractorRobustnessTests|PipelineFileFuzzTests'

## Score the extractor on ../shared/eval (dev gold, links, peer suites).
eval: build
	@scripts/eval.sh $(BIN) $(SHARED)

eval-verbose: build
	@scripts/eval.sh $(BIN) $(SHARED) --verbose

clean:
	rm -rf .build .build-asan .build-fuzz .build-release-tests Output/*.xlsx Output/*.md Output/*.sqlite Output/*.json

## Benchmarks (release build; not part of `make test`): prints a table, writes Output/bench.json.
bench: deps
	swift build -c release --product briefing
	swift build -c release --product briefing-bench
	@scripts/bench.py

## Copy Pipelines/metrics.yml into the built-in catalog after editing it.
catalog:
	@scripts/embed-catalog
