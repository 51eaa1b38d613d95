# A thin wrapper around CMake, in the style of neovim's: the Quick start of
# README.md is `make run` and `make test`. Each target installs what is
# missing (Debian packages, with sudo when not root), configures and builds.

BUILD      ?= build
BUILD_SAN  ?= build-sanitize
BUILD_VG   ?= build-valgrind
BUILD_CLANG ?= build-clang
CMAKE_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
# Warnings are errors in CI (.ci/run: make test WERROR=ON), not for users,
# whose newer compiler may warn about what ours did not.
WERROR     ?= OFF
# What a fresh Debian 12 needs to build and to run every test.
PACKAGES   := cmake make gcc pkg-config libcsv-dev libcjson-dev libglpk-dev \
              glpk-utils mandoc valgrind clang libclang-rt-14-dev locales \
              groff poppler-utils chromium libzip-dev libexpat1-dev \
              libxlsxwriter-dev python3-openpyxl gettext \
              libreoffice-calc-nogui
# What the three-way benchmark needs besides (make bench-all).
BENCH_PACKAGES := coinor-cbc python3-pulp time
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         = $(BUILD)/bin

.PHONY: all deps build run test data sanitize valgrind clang install-check bench bench-all clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES) $(EXTRA_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(CMAKE_TYPE) -DBOSETT_WERROR=$(WERROR)

# WERROR given on the command line also changes an existing build.
build: deps $(BUILD)/CMakeCache.txt
	$(if $(filter command line,$(origin WERROR)),cmake -S . -B $(BUILD) -DBOSETT_WERROR=$(WERROR) >/dev/null)
	cmake --build $(BUILD) -j $(JOBS)

# Solve Møre og Romsdal (county 15) on the bundled 2027 table: IMDi's 2027
# requests to the counties are not published, so its 2026 request
# (data/fylke_anmodning.csv) stands in, and standard error says so.
run: build
	$(BIN)/bosett-solve --county 15 -f csv \
	  --columns kommunenr,kommune,population,cap,fair_share,recommended,binding \
	  data/kommuner.json

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Rebuild data/ from the raw files in ../shared/data (data/README.md).
data: build
	sh tests/import/rebuild-data.sh $(BIN) $(CURDIR) $(CURDIR)/../shared write

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B $(BUILD_SAN) -DCMAKE_BUILD_TYPE=Debug -DBOSETT_WERROR=$(WERROR) -DBOSETT_SANITIZE=ON
	cmake --build $(BUILD_SAN) -j $(JOBS)
	cd $(BUILD_SAN) && ctest --output-on-failure -j $(JOBS)

# The CLI cases, the bad-input corpus and the fuzz corpora under valgrind
# memcheck: any error or leak fails the case.
valgrind: deps
	cmake -S . -B $(BUILD_VG) -DCMAKE_BUILD_TYPE=Debug -DBOSETT_WERROR=$(WERROR) -DBOSETT_VALGRIND=ON
	cmake --build $(BUILD_VG) -j $(JOBS)
	cd $(BUILD_VG) && ctest --output-on-failure -j $(JOBS) -L valgrind

# A second compiler: clang builds everything and runs the unit, CLI and API tests;
# then the clang build is installed into the prefix it was configured for
# ($(BUILD_CLANG)/prefix) and checked there (tests/install/check.sh).
clang: deps
	cmake -S . -B $(BUILD_CLANG) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=$(CMAKE_TYPE) \
	  -DBOSETT_WERROR=$(WERROR) -DCMAKE_INSTALL_PREFIX=$(abspath $(BUILD_CLANG))/prefix
	cmake --build $(BUILD_CLANG) -j $(JOBS)
	cd $(BUILD_CLANG) && ctest --output-on-failure -j $(JOBS) -L '^(unit|cli|api)$$'
	rm -rf $(BUILD_CLANG)/prefix
	CC=clang sh tests/install/check.sh $(BUILD_CLANG) $(BUILD_CLANG)/prefix

# Install the build into a temporary prefix and use it as a user would:
# pkg-config, a program against libbosett.so, the installed tools and data.
install-check: build
	sh tests/install/check.sh $(BUILD)

# The county benchmark: every county at its 2025 request (a command, not a test).
bench: build
	$(BUILD)/tests/bench/bench-counties data/kommuner.csv
	$(BUILD)/tests/bench/bench-proofs data/kommuner.csv

# The three-way benchmark of README.md: bosett-solve, glpsol, PuLP + CBC.
bench-all:
	$(MAKE) build EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	sh tests/bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(BUILD_SAN) $(BUILD_VG) $(BUILD_CLANG)
