# SIALIP: mod_sialip and mod_inovasi for Apache httpd 2.4.
# `make run` and `make test` are the two commands a newcomer needs (README.md).

APXS      ?= $(shell command -v apxs 2>/dev/null || echo /usr/bin/apxs)
CC        ?= cc
BUILD     := build
PYTHON    := /usr/bin/python3

APR_CFLAGS := $(shell apr-1-config --cflags --cppflags --includes 2>/dev/null) \
              $(shell apu-1-config --includes 2>/dev/null)
APR_LIBS   := $(shell apr-1-config --link-ld 2>/dev/null) \
              $(shell apu-1-config --link-ld 2>/dev/null)
XML_CFLAGS := $(shell pkg-config --cflags libxslt 2>/dev/null)
XML_LIBS   := $(shell pkg-config --libs libxslt 2>/dev/null)
# zlib: the ZIP writer (common/zip.c) of the e-Monev evidence pack;
# libdeflate: the heavy pages' gzip copies (common/httpd/sl_heavykeep.c).
ZLIB_LIBS  := $(shell pkg-config --libs zlib 2>/dev/null || echo -lz) -ldeflate

WARN      := -Wall -Wextra -Werror -Wno-unused-parameter
# debian/rules passes dpkg-buildflags' hardening in PKG_CFLAGS/PKG_LDFLAGS.
PKG_CFLAGS  ?=
PKG_LDFLAGS ?=
CFLAGS_COMMON := -std=gnu11 -O2 -g $(WARN) -fvisibility=hidden -Icommon $(PKG_CFLAGS)

# ---- how the code is built ------------------------------------------------
# Every source is compiled once, in place, into $(OBJ)/<its path>.o with a
# dependency file (-MMD -MP): compiler errors and gdb name the real files,
# and an edit rebuilds only the objects that include it.  Two static
# libraries of position-independent objects are linked by both modules:
#   $(CORE_LIB)   common/*.c: pure C on APR (calendar, parsers, validation,
#                 the database interface shared with sialip-kirim); also
#                 linked by sialip-kirim and the unit tests;
#   $(HTTPD_LIB)  common/httpd/*.c: the thin httpd layer.
# The modules are linked with plain $(CC) -shared, using the flags apxs
# reports (its CFLAGS/CPPFLAGS, the distribution's hardening, for every
# object; httpd's include directory and defines for the httpd layer and the
# modules; LDFLAGS/SH_LDFLAGS to link):
# apxs -c would run libtool, which wants the sources and objects in one
# directory, adds .la/.lo files nothing here uses, and cannot link a static
# archive into a module without warnings.  Everything is built with
# -fvisibility=hidden, so a module exports its module record alone
# (SL_EXPORT) and each .so keeps its own copy of the libraries' globals;
# the module a copy belongs to is known at run time (sl_module.h).
OBJ       := $(BUILD)/obj
APXS_Q     = $(shell $(APXS) -q $(1) 2>/dev/null)
BUILD_CFLAGS  := $(call APXS_Q,CFLAGS) $(call APXS_Q,CPPFLAGS)
HTTPD_CFLAGS  := $(BUILD_CFLAGS) $(call APXS_Q,NOTEST_CPPFLAGS) \
                 $(call APXS_Q,EXTRA_CPPFLAGS) $(call APXS_Q,EXTRA_CFLAGS) \
                 -I$(call APXS_Q,INCLUDEDIR)
HTTPD_LDFLAGS := $(call APXS_Q,LDFLAGS) $(call APXS_Q,NOTEST_LDFLAGS) \
                 $(call APXS_Q,SH_LDFLAGS)
DEPFLAGS  := -MMD -MP
# `make V=1` shows the commands; otherwise one line per file.
Q          = $(if $(filter 1,$(V)),,@)

# Pure C: no httpd headers; unit-tested on their own.
COMMON_PURE  := $(wildcard common/*.c)
# The thin httpd layer both modules link.
COMMON_HTTPD := $(wildcard common/httpd/*.c)
COMMON_HDRS  := $(wildcard common/*.h common/httpd/*.h)
CORE_LIB     := $(BUILD)/libsialip_core.a
HTTPD_LIB    := $(BUILD)/libsialip_httpd.a

SIALIP_PURE := mod_sialip/permohonan_rules.c mod_sialip/pemberitahuan_rules.c \
               mod_sialip/keberatan_rules.c mod_sialip/statistik_hitung.c \
               mod_sialip/laporan_rules.c mod_sialip/survei_hitung.c \
               mod_sialip/arsip_rules.c
SIALIP_PURE += mod_sialip/profil_rules.c
SIALIP_PURE += mod_sialip/dip_kata.c
INOVASI_PURE := mod_inovasi/capaian.c mod_inovasi/iid_hitung.c
# sialip-kirim (tools/): the pure parts are unit-tested like the modules'.
TOOLS_PURE := tools/kirim_conf.c tools/kirim_conf_file.c tools/mime.c \
              tools/smtp_proto.c \
              tools/jadwal.c tools/pengingat_isi.c
KIRIM      := $(BUILD)/sialip-kirim
PENGGUNA   := $(BUILD)/sialip-pengguna

MODULES := $(BUILD)/mod_sialip.so $(BUILD)/mod_inovasi.so
VIEWS   := $(BUILD)/views

obj = $(patsubst %.c,$(OBJ)/%.o,$(1))

.PHONY: all deps run test unit integration browser bench fuzz install clean views
all: $(MODULES) views $(KIRIM) $(PENGGUNA)

# Compiling.  The core sees APR and apr-util only; the httpd layer and the
# modules also httpd, libxml2 and libxslt; tools/ APR and the core.
$(OBJ)/common/httpd/%.o: common/httpd/%.c
	@mkdir -p $(@D)
	@echo "  CC   $<"
	$(Q)$(CC) $(HTTPD_CFLAGS) $(CFLAGS_COMMON) -fPIC $(DEPFLAGS) -Icommon/httpd \
	    $(APR_CFLAGS) $(XML_CFLAGS) -c -o $@ $<
$(OBJ)/common/%.o: common/%.c
	@mkdir -p $(@D)
	@echo "  CC   $<"
	$(Q)$(CC) $(BUILD_CFLAGS) $(CFLAGS_COMMON) -fPIC $(DEPFLAGS) $(APR_CFLAGS) -c -o $@ $<
$(OBJ)/mod_%.o: mod_%.c
	@mkdir -p $(@D)
	@echo "  CC   $<"
	$(Q)$(CC) $(HTTPD_CFLAGS) $(CFLAGS_COMMON) -fPIC $(DEPFLAGS) -Icommon/httpd \
	    $(APR_CFLAGS) $(XML_CFLAGS) -c -o $@ $<
$(OBJ)/tools/%.o: tools/%.c
	@mkdir -p $(@D)
	@echo "  CC   $<"
	$(Q)$(CC) $(BUILD_CFLAGS) $(CFLAGS_COMMON) -fPIC $(DEPFLAGS) -Itools $(APR_CFLAGS) -c -o $@ $<

$(CORE_LIB): $(call obj,$(COMMON_PURE))
	@rm -f $@
	@echo "  AR   $@"
	$(Q)$(AR) rcs $@ $^
$(HTTPD_LIB): $(call obj,$(COMMON_HTTPD))
	@rm -f $@
	@echo "  AR   $@"
	$(Q)$(AR) rcs $@ $^

# One shared object per module: its own objects, then the httpd layer and
# the core (in that order: an archive only supplies what is still missing).
define module_rule
$(BUILD)/mod_$(1).so: $(call obj,$(wildcard mod_$(1)/*.c)) $(HTTPD_LIB) $(CORE_LIB)
	@echo "  LD   $$@"
	$(Q)$(CC) -shared -fPIC $(HTTPD_LDFLAGS) $(PKG_LDFLAGS) -o $$@ $(call obj,$(wildcard mod_$(1)/*.c)) \
	    $(HTTPD_LIB) $(CORE_LIB) $(XML_LIBS) $(ZLIB_LIBS)
endef
$(eval $(call module_rule,sialip))
$(eval $(call module_rule,inovasi))

-include $(shell find $(OBJ) -name '*.d' 2>/dev/null)

# `make routes`: each module's route table as the dispatcher walks it, in
# $(BUILD)/rute/<module>.tsv (scripts/rute.c), read by the access and menu
# tests.  The program links the module's own objects; httpd's functions,
# which it never calls, are stubbed.
ROUTES := $(BUILD)/rute/sialip.tsv $(BUILD)/rute/inovasi.tsv
.PHONY: routes
routes: $(ROUTES)
define routes_rule
$(BUILD)/rute/$(1).tsv: scripts/rute.c $(call obj,$(wildcard mod_$(1)/*.c)) $(HTTPD_LIB) $(CORE_LIB)
	@mkdir -p $$(@D)
	@echo "  GEN  $$@"
	$(Q)nm -u $(call obj,$(wildcard mod_$(1)/*.c)) $(HTTPD_LIB) $(CORE_LIB) \
	    | awk '$$$$1 == "U" && $$$$2 ~ /^ap_/ {print "void " $$$$2 "(void) {}"}' \
	    | sort -u > $$(@D)/stub-$(1).c
	$(Q)$(CC) $(HTTPD_CFLAGS) $(CFLAGS_COMMON) -Icommon/httpd $(APR_CFLAGS) $(XML_CFLAGS) \
	    -DRUTE_TABEL=$(1)_routes -o $$(@D)/rute-$(1) scripts/rute.c $$(@D)/stub-$(1).c \
	    $(call obj,$(wildcard mod_$(1)/*.c)) $(HTTPD_LIB) $(CORE_LIB) $(XML_LIBS) \
	    $(ZLIB_LIBS) $(APR_LIBS)
	$(Q)$$(@D)/rute-$(1) > $$@.tmp && mv $$@.tmp $$@
endef
$(eval $(call routes_rule,sialip))
$(eval $(call routes_rule,inovasi))

# The view tree Apache reads: VIEWS/sialip and VIEWS/inovasi hold the
# shared views (layout, error, login) beside each module's own; VIEWS/aset
# the stylesheet; VIEWS/skema the public XSDs (served at /ppid/skema/).
views:
	@rm -rf $(VIEWS) && mkdir -p $(VIEWS)/sialip $(VIEWS)/inovasi $(VIEWS)/aset
	cp common/views/*.xsl mod_sialip/views/*.xsl $(VIEWS)/sialip/
	cp common/views/*.xsl mod_inovasi/views/*.xsl $(VIEWS)/inovasi/
	cp common/views/aset/* $(VIEWS)/aset/
	@mkdir -p $(VIEWS)/skema
	cp mod_sialip/schema/*.xsd mod_inovasi/schema/*.xsd $(VIEWS)/skema/

# The outbox delivery program: the core library, APR and apr-util's DBD
# API, OpenSSL for STARTTLS; no httpd.
$(KIRIM): $(call obj,$(wildcard tools/*.c)) $(CORE_LIB)
	@echo "  LD   $@"
	$(Q)$(CC) $(CFLAGS_COMMON) -o $@ $(call obj,$(wildcard tools/*.c)) $(CORE_LIB) \
	    $(PKG_LDFLAGS) $(APR_LIBS) -lssl -lcrypto

# Creates a user or resets its password (README "first admin"): the
# modules' bcrypt cost, sialip-kirim's configuration and database layer.
PENGGUNA_SRC := tools/pengguna/sialip_pengguna.c tools/db.c tools/kirim_conf.c \
                tools/kirim_conf_file.c
$(PENGGUNA): $(call obj,$(PENGGUNA_SRC)) $(CORE_LIB)
	@echo "  LD   $@"
	$(Q)$(CC) $(CFLAGS_COMMON) -o $@ $(call obj,$(PENGGUNA_SRC)) \
	    $(CORE_LIB) $(PKG_LDFLAGS) $(APR_LIBS)

deps: tests/browser/node_modules/axe-core/axe.min.js
	@scripts/deps.sh

# axe-core for the accessibility browser test, from the exact version in
# tests/browser/package-lock.json (npm ci); never committed.
tests/browser/node_modules/axe-core/axe.min.js: tests/browser/package-lock.json
	@scripts/deps.sh
	cd tests/browser && npm ci --no-audit --no-fund
	@touch $@

# ---- unit tests (cmocka) -------------------------------------------------
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRC))

# Each test program links the objects of the pure parts of the modules and
# tools and the core library, all compiled once for the whole build.
UNIT_PURE_OBJ := $(call obj,$(SIALIP_PURE) $(INOVASI_PURE) $(TOOLS_PURE))
$(BUILD)/unit/%: tests/unit/%.c $(UNIT_PURE_OBJ) $(CORE_LIB)
	@mkdir -p $(BUILD)/unit
	@echo "  CC   $@"
	@$(CC) -std=gnu11 -O1 -g $(WARN) $(DEPFLAGS) -Icommon -Imod_sialip -Imod_inovasi -Itools $(APR_CFLAGS) -o $@ $< $(UNIT_PURE_OBJ) $(CORE_LIB) $(APR_LIBS) $(ZLIB_LIBS) -lcmocka

-include $(wildcard $(BUILD)/unit/*.d)

unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; $$t; done

# ---- integration and browser tests (real Apache, real MariaDB) -----------
integration: all routes
	$(PYTHON) -m pytest -q tests/integration

browser: all routes tests/browser/node_modules/axe-core/axe.min.js
	$(PYTHON) -m pytest -q tests/browser

# `make test` compiles on every core unless told -jN.
TEST_JOBS = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(shell nproc 2>/dev/null || echo 1))

# One make for the three: each run of make reads this file again and asks
# apxs for its flags (seconds on a loaded machine).
# The tests mostly wait (for servers, pages, mail, timeouts), so two
# pytest-xdist workers halve the wall time on two cores.  A test file
# runs whole on one worker (its module fixtures start once); each worker
# has its own MariaDB and Apache, on ports of its own (harness.free_port).
TEST_WORKERS ?= 2

test: deps
	$(MAKE) $(TEST_JOBS) all routes unit
	$(PYTHON) scripts/lognum.py --check
	$(PYTHON) scripts/usertext.py --check
	$(PYTHON) scripts/includes.py --check
	$(PYTHON) -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist loadfile \
	    tests/integration tests/browser

run: deps
	$(MAKE) all
	$(PYTHON) scripts/run.py

# ---- the cluster (README "Cluster"): 3 Galera nodes, 2 Apache, HAProxy --
# Not part of `make test`: three database nodes are heavy for a shared
# machine; `make test-cluster` runs the fault tests (tests/cluster/).
.PHONY: cluster test-cluster
cluster: deps
	$(MAKE) all
	$(PYTHON) tests/cluster/harness_cluster.py

test-cluster: deps
	$(MAKE) all
	$(PYTHON) -m pytest -q -p no:cacheprovider tests/cluster

# ---- benchmark (not part of `make test`; BENCHMARKS.md) -------------------
# The trivial handler the scenarios are compared with is built here only.
bench: all
	@scripts/deps.sh
	@rm -rf $(BUILD)/bench && mkdir -p $(BUILD)/bench/obj
	cp tests/bench/mod_bench_nol.c $(BUILD)/bench/obj/
	cd $(BUILD)/bench/obj && $(APXS) -c -o mod_bench_nol.so \
	    -Wc,"-std=gnu11 -O2 $(WARN)" mod_bench_nol.c >build.log 2>&1 || { cat build.log; exit 1; }
	cp $(BUILD)/bench/obj/.libs/mod_bench_nol.so $(BUILD)/bench/
	$(PYTHON) tests/bench/run_bench.py

# The cluster against one Apache on one MariaDB, and the time to recover
# from each fault (tests/bench/run_bench_cluster.py; BENCHMARKS.md "Cluster").
.PHONY: bench-cluster
bench-cluster: deps
	$(MAKE) all
	$(PYTHON) tests/bench/run_bench_cluster.py

# Only what a server needs (scripts/deps.sh runtime), never the test tools.
install:
	@scripts/deps.sh runtime
	$(MAKE) all
	scripts/install.sh

# ---- Debian packages (debian/; README "With the Debian packages") ---------
# Built from a copy of the tracked files in build/deb/src, so the source
# tree gets no debian/tmp or build products; the .deb files and lintian's
# report land in build/deb/.
DEB_DIR := $(BUILD)/deb
.PHONY: deb
deb:
	@scripts/deps.sh deb
	@command -v dpkg-buildpackage >/dev/null && command -v lintian >/dev/null && command -v dh_apache2 >/dev/null \
	    || { echo "deb: needs dpkg-dev, debhelper, apache2-dev and lintian (scripts/deps.sh deb)"; exit 1; }
	@rm -rf $(DEB_DIR) && mkdir -p $(DEB_DIR)/src/sialip
	git ls-files -z | xargs -0 cp --parents -t $(DEB_DIR)/src/sialip
	cd $(DEB_DIR)/src/sialip && dpkg-buildpackage -us -uc -b >../../build.log 2>&1 \
	    || { tail -n 40 $(CURDIR)/$(DEB_DIR)/build.log; exit 1; }
	mv $(DEB_DIR)/src/*.deb $(DEB_DIR)/src/*.changes $(DEB_DIR)/src/*.buildinfo $(DEB_DIR)/
	rm -rf $(DEB_DIR)/src
	@status=0; lintian --fail-on error $(DEB_DIR)/*.changes >$(DEB_DIR)/lintian.txt 2>&1 || status=$$?; \
	    cat $(DEB_DIR)/lintian.txt; [ $$status -eq 0 ] || { echo "deb: lintian reports errors"; exit 1; }
	@ls -1 $(DEB_DIR)/*.deb

# Installs the packages into this machine (root), serves a request from the
# packaged files on a private port, purges them (tests/deb/).
.PHONY: test-deb
test-deb: deb
	$(PYTHON) -m pytest -q -p no:cacheprovider tests/deb

clean:
	rm -rf $(BUILD)

# ---- security checks (README "Security checks"); not part of `make test` --
.PHONY: test-asan sqlmap

# libFuzzer harnesses (tests/fuzz/), built with clang into build/fuzz/ and
# run FUZZ_SECONDS each on a copy of their seed corpus (build/fuzz/corpus-*,
# which keeps what earlier runs found); any crash fails.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_NAMES   := multipart urlencoded validate calendar route
FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_BIN     := $(patsubst %,$(FUZZ_DIR)/fuzz_%,$(FUZZ_NAMES))
# The harnesses compile what they test with clang's instrumentation (not
# the gcc-built core library); the database interface is not fuzzed.
FUZZ_SRC     := $(filter-out common/dbi.c common/dbrow.c,$(COMMON_PURE)) mod_sialip/permohonan_rules.c
FUZZ_CFLAGS  := -std=gnu11 -g -O1 $(WARN) -fno-omit-frame-pointer \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
                -Icommon -Imod_sialip -Itests/fuzz $(APR_CFLAGS)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_support.c tests/fuzz/fuzz_support.h $(FUZZ_SRC) $(COMMON_HDRS)
	@mkdir -p $(FUZZ_DIR)
	@echo "  FUZZ $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -rdynamic -o $@ $< tests/fuzz/fuzz_support.c $(FUZZ_SRC) $(APR_LIBS) $(ZLIB_LIBS) -ldl

fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@failed=""; for t in $(FUZZ_NAMES); do \
	    case $$t in multipart|urlencoded) extra="-dict=tests/fuzz/form.dict -max_len=8192";; *) extra="";; esac; \
	    mkdir -p $(FUZZ_DIR)/corpus-$$t && cp tests/fuzz/corpus/$$t/* $(FUZZ_DIR)/corpus-$$t/; \
	    echo "== fuzz_$$t: $(FUZZ_SECONDS)s, log $(FUZZ_DIR)/fuzz_$$t.log"; \
	    if $(FUZZ_DIR)/fuzz_$$t $$extra -max_total_time=$(FUZZ_SECONDS) -timeout=25 \
	        -artifact_prefix=$(FUZZ_DIR)/crash-$$t- $(FUZZ_DIR)/corpus-$$t \
	        >$(FUZZ_DIR)/fuzz_$$t.log 2>&1; then \
	        grep -E '^Done [0-9]+ runs' $(FUZZ_DIR)/fuzz_$$t.log; \
	    else \
	        failed="$$failed $$t"; \
	        grep -E 'ERROR|SUMMARY|invariant failed|runtime error|Test unit written' $(FUZZ_DIR)/fuzz_$$t.log | head -n 8; \
	    fi; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: FAILED:$$failed (reproduce: build/fuzz/fuzz_NAME build/fuzz/crash-NAME-...)"; exit 1; fi; \
	echo "fuzz: no crashes"

# Everything `all` builds (both modules, the views, sialip-kirim), built
# again with AddressSanitizer and UBSan (gcc) into build/asan/, and the
# integration suite run against it.  Every apache2 the tests start is found
# through PATH as build/asan/bin/apache2 (tests/security/apache2-asan.sh),
# which preloads the sanitizer runtimes and keeps any report in
# build/asan/logs/; any report fails.  Leak checking is off: Apache does not
# free its pools at exit.
ASAN_DIR      := $(BUILD)/asan
ASAN_CFLAGS   := -O1 -fsanitize=address,undefined -fno-omit-frame-pointer
ASAN_RUNTIME  ?= $(shell gcc -print-file-name=libasan.so 2>/dev/null)
UBSAN_RUNTIME ?= $(shell gcc -print-file-name=libubsan.so 2>/dev/null)
APACHE2       ?= /usr/sbin/apache2
ASAN_LOGS     := $(CURDIR)/$(ASAN_DIR)/logs
ASAN_RUN_OPTIONS  ?= detect_leaks=0:abort_on_error=0:log_path=$(ASAN_LOGS)/asan
UBSAN_RUN_OPTIONS ?= print_stacktrace=1
# Tests that measure Apache's resident memory cannot hold under ASan (shadow
# memory, redzones, the quarantine of freed blocks): left out here.
ASAN_PYTEST_ARGS  ?= -k 'not memory_does_not_grow'

test-asan: deps
	@case "$(ASAN_RUNTIME) $(UBSAN_RUNTIME)" in /*" "/*) ;; *) echo "test-asan: gcc's libasan.so or libubsan.so not found"; exit 1;; esac
	$(MAKE) --no-print-directory BUILD=$(ASAN_DIR) CFLAGS_COMMON="$(CFLAGS_COMMON) $(ASAN_CFLAGS)" all
	@mkdir -p $(ASAN_DIR)/bin && rm -rf $(ASAN_LOGS) && mkdir -p $(ASAN_LOGS) && chmod 1777 $(ASAN_LOGS)
	@ln -sfn $(CURDIR)/tests/security/apache2-asan.sh $(ASAN_DIR)/bin/apache2
	@status=0; PATH="$(CURDIR)/$(ASAN_DIR)/bin:$$PATH" SIALIP_BUILD_DIR="$(CURDIR)/$(ASAN_DIR)" \
	    SIALIP_ASAN_PRELOAD="$(ASAN_RUNTIME) $(UBSAN_RUNTIME)" SIALIP_ASAN_LOGS="$(ASAN_LOGS)" \
	    SIALIP_APACHE2="$(APACHE2)" ASAN_OPTIONS='$(ASAN_RUN_OPTIONS)' UBSAN_OPTIONS='$(UBSAN_RUN_OPTIONS)' \
	    $(PYTHON) -m pytest -q -p no:cacheprovider $(ASAN_PYTEST_ARGS) tests/integration || status=1; \
	sleep 2; \
	if ls $(ASAN_LOGS)/asan.* >/dev/null 2>&1; then \
	    for f in $(ASAN_LOGS)/asan.*; do \
	        echo "==== $$f"; grep -E 'ERROR|SUMMARY|runtime error|^    #[0-9]+ ' "$$f" | head -n 30; done; \
	    echo "test-asan: sanitizer reports in $(ASAN_LOGS)"; exit 1; \
	fi; \
	if [ $$status -ne 0 ]; then echo "test-asan: integration tests failed"; exit 1; fi; \
	echo "test-asan: no sanitizer reports"

# sqlmap against every public form and parameter and the staff filters, on a
# private MariaDB and Apache (tests/security/); any injectable parameter
# fails.
sqlmap: deps
	$(MAKE) all
	tests/security/sqlmap.sh
