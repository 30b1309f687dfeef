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
               common/filetype.c
# The thin httpd layer both modules link.
COMMON_HTTPD := $(wildcard common/httpd/*.c)
COMMON_HDRS  := $(wildcard common/*.h common/httpd/*.h)

SIALIP_PURE := mod_sialip/permohonan_rules.c mod_sialip/pemberitahuan_rules.c \
               mod_sialip/keberatan_rules.c

MODULES := $(BUILD)/mod_sialip.so $(BUILD)/mod_inovasi.so
VIEWS   := $(BUILD)/views

.PHONY: all deps run test unit integration browser bench fuzz install clean views
all: $(MODULES) views

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

deps:
	@scripts/deps.sh

# ---- unit tests (cmocka) -------------------------------------------------
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRC))

$(BUILD)/unit/%: tests/unit/%.c $(COMMON_PURE) $(SIALIP_PURE) $(COMMON_HDRS)
	@mkdir -p $(BUILD)/unit
	@echo "  CC   $@"
	@$(CC) -std=gnu11 -O1 -g $(WARN) -Icommon -Imod_sialip $(APR_CFLAGS) -o $@ $< $(COMMON_PURE) $(SIALIP_PURE) $(APR_LIBS) -lcmocka

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

install: all
	scripts/install.sh

clean:
	rm -rf $(BUILD)
