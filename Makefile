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

WARN      := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS_COMMON := -std=gnu11 -O2 -g $(WARN) -fvisibility=hidden -Icommon

# Pure C: no httpd headers; unit-tested on their own.
COMMON_PURE := common/calendar.c common/validate.c common/escape.c \
               common/trackcode.c common/sha256.c common/multipart.c \
               common/form.c common/route.c common/roles.c \
               common/filetype.c common/ratelimit.c common/password.c
# The thin httpd layer both modules link.
COMMON_HTTPD := $(wildcard common/httpd/*.c)
COMMON_HDRS  := $(wildcard common/*.h common/httpd/*.h)

SIALIP_PURE := mod_sialip/permohonan_rules.c mod_sialip/pemberitahuan_rules.c \
               mod_sialip/keberatan_rules.c mod_sialip/statistik_hitung.c
INOVASI_PURE := mod_inovasi/capaian.c
# sialip-kirim (tools/): the pure parts are unit-tested like the modules'.
TOOLS_PURE := tools/kirim_conf.c tools/mime.c tools/smtp_proto.c \
              tools/jadwal.c tools/pengingat_isi.c
KIRIM      := $(BUILD)/sialip-kirim
PENGGUNA   := $(BUILD)/sialip-pengguna

MODULES := $(BUILD)/mod_sialip.so $(BUILD)/mod_inovasi.so
VIEWS   := $(BUILD)/views

.PHONY: all deps run test unit integration browser bench fuzz install clean views
all: $(MODULES) views $(KIRIM) $(PENGGUNA)

# One shared object per module with common/ compiled in (SL_MODULE names the
# module whose log index the shared code uses); only the module record is
# exported.  Any compiler warning fails the build.
define module_rule
$(BUILD)/mod_$(1).so: $(COMMON_PURE) $(COMMON_HTTPD) $(COMMON_HDRS) $(wildcard mod_$(1)/*.c mod_$(1)/*.h)
	@rm -rf $(BUILD)/$(1) && mkdir -p $(BUILD)/$(1)
	cp $(COMMON_PURE) $(COMMON_HTTPD) $(wildcard mod_$(1)/*.c) $(BUILD)/$(1)/
	cd $(BUILD)/$(1) && $(APXS) -c -o mod_$(1).so \
	    -Wc,"$(CFLAGS_COMMON) -DSL_MODULE=$(1) -I$(CURDIR)/common -I$(CURDIR)/common/httpd -I$(CURDIR)/mod_$(1) $(XML_CFLAGS)" \
	    $(XML_LIBS) *.c >build.log 2>&1 || { grep -v -e '^libtool' -e 'build/libtool' build.log; exit 1; }
	@if grep -q 'warning:' $(BUILD)/$(1)/build.log; then grep -v -e '^libtool' -e 'build/libtool' $(BUILD)/$(1)/build.log; exit 1; fi
	cp $(BUILD)/$(1)/.libs/mod_$(1).so $$@
endef
$(eval $(call module_rule,sialip))
$(eval $(call module_rule,inovasi))

# The view tree Apache reads: VIEWS/sialip and VIEWS/inovasi hold the
# shared views (layout, error, login) beside each module's own; VIEWS/aset
# the stylesheet.
views:
	@rm -rf $(VIEWS) && mkdir -p $(VIEWS)/sialip $(VIEWS)/inovasi $(VIEWS)/aset
	cp common/views/*.xsl mod_sialip/views/*.xsl $(VIEWS)/sialip/
	cp common/views/*.xsl mod_inovasi/views/*.xsl $(VIEWS)/inovasi/
	cp common/views/aset/* $(VIEWS)/aset/

# The outbox delivery program: common/ pure C, APR and apr-util's DBD API,
# OpenSSL for STARTTLS; no httpd.
$(KIRIM): $(wildcard tools/*.c tools/*.h) common/calendar.c common/escape.c \
          common/validate.c $(COMMON_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS_COMMON) -Itools $(APR_CFLAGS) -o $@ $(wildcard tools/*.c) \
	    common/calendar.c common/escape.c common/validate.c $(APR_LIBS) -lssl -lcrypto

# Creates a user or resets its password (README "first admin"): the
# modules' bcrypt cost, sialip-kirim's configuration and database layer.
$(PENGGUNA): tools/pengguna/sialip_pengguna.c tools/db.c tools/kirim_conf.c \
             common/password.c common/roles.c common/validate.c $(COMMON_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS_COMMON) -Itools $(APR_CFLAGS) -o $@ $(filter %.c,$^) $(APR_LIBS)

deps:
	@scripts/deps.sh

# ---- unit tests (cmocka) -------------------------------------------------
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRC))

$(BUILD)/unit/%: tests/unit/%.c $(COMMON_PURE) $(SIALIP_PURE) $(INOVASI_PURE) $(TOOLS_PURE) $(COMMON_HDRS)
	@mkdir -p $(BUILD)/unit
	@echo "  CC   $@"
	@$(CC) -std=gnu11 -O1 -g $(WARN) -Icommon -Imod_sialip -Imod_inovasi -Itools $(APR_CFLAGS) -o $@ $< $(COMMON_PURE) $(SIALIP_PURE) $(INOVASI_PURE) $(TOOLS_PURE) $(APR_LIBS) -lcmocka

unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; $$t; done

# ---- integration and browser tests (real Apache, real MariaDB) -----------
integration: all
	$(PYTHON) -m pytest -q tests/integration

browser: all
	$(PYTHON) -m pytest -q tests/browser

test: deps
	$(MAKE) all
	$(MAKE) unit
	$(PYTHON) -m pytest -q -p no:cacheprovider tests/integration tests/browser

run: deps
	$(MAKE) all
	$(PYTHON) scripts/run.py

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

install: all
	scripts/install.sh

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
FUZZ_SRC     := $(COMMON_PURE) mod_sialip/permohonan_rules.c
FUZZ_CFLAGS  := -std=gnu11 -g -O1 $(WARN) -fno-omit-frame-pointer \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
                -Icommon -Imod_sialip -Itests/fuzz $(APR_CFLAGS)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_support.c tests/fuzz/fuzz_support.h $(FUZZ_SRC) $(COMMON_HDRS)
	@mkdir -p $(FUZZ_DIR)
	@echo "  FUZZ $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -rdynamic -o $@ $< tests/fuzz/fuzz_support.c $(FUZZ_SRC) $(APR_LIBS) -ldl

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
