# etl: see README.md. `make demo` and `make test` work on a fresh machine.
GO      ?= go
BIN     := bin/etl
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build demo test test-unit testdb bench fmt vet clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/etl

# The main job on the bundled sample of messy legacy users (no database).
demo: build
	@rm -rf out/demo
	ETL_OUT=$(CURDIR)/out/demo $(BIN) run --config configs/demo.yaml
	@run=$$(ls -d out/demo/*/ | tail -n1); \
	  echo "batches, rejects.jsonl and manifest.json are in $$run"; \
	  $(BIN) check $$run

# Every test: unit tests, and integration tests against real MariaDB and
# PostgreSQL (started, or installed and started, by scripts/testdb.sh), with
# the race detector on (the end-to-end tests build the binary with it too).
# The allocation budget runs once more without it: the race detector's
# runtime changes allocation counts. cmd/etl's end-to-end tests of four
# kinds, killed and resumed, take more than go test's default 10 minutes
# under the race detector on a 2-core machine.
test: testdb
	$(GO) vet ./...
	$(GO) vet -tags etl_passthrough ./cmd/etl
	$(GO) test -race -count=1 -timeout 30m ./...
	$(GO) test -count=1 -run '^TestAllocs$$' ./transforms

# Unit tests only (no database servers).
test-unit:
	$(GO) test -count=1 -short ./...

testdb:
	@scripts/testdb.sh

# Speed and memory against the databases' own clients (see README).
# bin/etl-passthrough is bin/etl without the normalization rules, for
# their cost in a whole run (internal/passthrough, cmd/etl/passthrough.go).
bench: testdb build
	$(GO) build -tags etl_passthrough -o bin/etl-passthrough ./cmd/etl
	$(GO) run ./scripts/bench
	$(GO) test -run '^$$' -bench 'Ledger|Transform' ./pipeline/state ./transforms ./kinds/address

fmt:
	gofmt -w $$(git ls-files '*.go')

vet:
	$(GO) vet ./...

clean:
	rm -rf bin out .etl-state
