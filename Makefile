# A thin wrapper around CMake, in the style of neovim's: the Quick start of
# README.md is `make run` and `make test`. Each target installs what is
# missing (Debian packages, with sudo when not root), configures and builds.

BUILD      ?= build
BUILD_SAN  ?= build-sanitize
BUILD_VG   ?= build-valgrind
CMAKE_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
# What a fresh Debian 12 needs to build and to run every test.
PACKAGES   := cmake make gcc pkg-config libcsv-dev libcjson-dev libglpk-dev \
              glpk-utils mandoc valgrind clang libclang-rt-14-dev locales \
              groff poppler-utils chromium libzip-dev libexpat1-dev \
              libxlsxwriter-dev python3-openpyxl gettext
# What the three-way benchmark needs besides (make bench-all).
BENCH_PACKAGES := coinor-cbc python3-pulp time
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         = $(BUILD)/bin

.PHONY: all deps build run test sanitize valgrind bench bench-all clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES) $(EXTRA_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(CMAKE_TYPE) -DBOSETT_WERROR=ON

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# Solve Møre og Romsdal (county 15) for a total of 300 on the bundled data.
run: build
	$(BIN)/bosett-solve -q 300 --county 15 \
	  --columns kommunenr,kommune,population,cap,fair_share,recommended,binding \
	  data/kommuner.csv

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B $(BUILD_SAN) -DCMAKE_BUILD_TYPE=Debug -DBOSETT_WERROR=ON -DBOSETT_SANITIZE=ON
	cmake --build $(BUILD_SAN) -j $(JOBS)
	cd $(BUILD_SAN) && ctest --output-on-failure -j $(JOBS)

# The CLI cases, the bad-input corpus and the fuzz corpora under valgrind
# memcheck: any error or leak fails the case.
valgrind: deps
	cmake -S . -B $(BUILD_VG) -DCMAKE_BUILD_TYPE=Debug -DBOSETT_WERROR=ON -DBOSETT_VALGRIND=ON
	cmake --build $(BUILD_VG) -j $(JOBS)
	cd $(BUILD_VG) && ctest --output-on-failure -j $(JOBS) -L valgrind

# The county benchmark: every county at its 2021 total (a command, not a test).
bench: build
	$(BUILD)/tests/bench/bench-counties data/kommuner.csv

# The three-way benchmark of README.md: bosett-solve, glpsol, PuLP + CBC.
bench-all:
	$(MAKE) build EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	sh tests/bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(BUILD_SAN) $(BUILD_VG)
