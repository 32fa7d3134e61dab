# ndc - build, install, test and benchmark entry points.
#
#   make            release build (target/release/libndc.{so,a})
#   make deps       install the Debian packages the build and tests need
#   make install    install into $(PREFIX) (default /usr/local; DESTDIR honoured)
#   make demo       install into build/prefix and run examples/c/tour.c
#   make test       the whole suite; ends with "N passed, M failed"
#   make bench      criterion benchmarks

SHELL := /bin/bash
.DEFAULT_GOAL := all

CARGO  ?= cargo
PREFIX ?= /usr/local
DESTDIR ?=

# Debian packages needed to build, install and test (C tests, valgrind,
# CMake and pkg-config consumers, static links with OpenBLAS).
DEB_PACKAGES := libopenblas-dev liblapacke-dev pkg-config cmake \
                libgfortran-12-dev valgrind gcc g++
# Python packages used only to regenerate test fixtures (never by the tests).
PY_PACKAGES := numpy ml_dtypes

DEMO_PREFIX := $(CURDIR)/build/prefix

.PHONY: all build deps deps-python install demo test bench bench-compare clean

all: build

build:
	$(CARGO) build --release

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then \
	  echo "deps: all Debian packages present"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	else \
	  echo "deps: missing Debian packages:$$missing" >&2; \
	  echo "deps: run as root:  apt-get update && apt-get install -y --no-install-recommends$$missing" >&2; \
	  exit 1; \
	fi
	@if command -v rustup >/dev/null 2>&1; then \
	  for c in rustfmt clippy; do \
	    if ! rustup component list --installed 2>/dev/null | grep -q "^$$c"; then \
	      echo "deps: rustup component add $$c"; rustup component add "$$c"; \
	    fi; \
	  done; \
	fi

# NumPy, the oracle: regenerates fixtures and runs the property tests that
# compare random cases with it.
deps-python:
	@if python3 -c "import numpy, ml_dtypes" >/dev/null 2>&1; then \
	  echo "deps-python: numpy and ml_dtypes present"; \
	else \
	  python3 -m pip --version >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q python3-pip; }; \
	  python3 -m pip install -q $(PY_PACKAGES); \
	fi

install: build
	CARGO="$(CARGO)" DESTDIR="$(DESTDIR)" scripts/install.sh "$(PREFIX)"

demo: deps build
	CARGO="$(CARGO)" scripts/install.sh "$(DEMO_PREFIX)"
	scripts/demo.sh "$(DEMO_PREFIX)"

test: deps deps-python
	@CARGO="$(CARGO)" scripts/test.sh

bench:
	$(CARGO) bench

# The same operations in NumPy and in ndc, one run per area, ratios
# (numpy time / ndc time; above 1 means ndc is faster). One area:
# `make bench-compare AREAS=linalg`.
AREAS ?= numpy index manip reduce sort linalg lapack
bench-compare: build deps-python
	@for a in $(AREAS); do \
	  if [ -f benches/compare_$$a.py ]; then \
	    echo "== benches/compare_$$a.py"; python3 benches/compare_$$a.py || exit 1; \
	  fi; \
	done

clean:
	$(CARGO) clean
	rm -rf build
