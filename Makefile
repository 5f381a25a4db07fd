# Makefile for rubric - a language and interpreter for performance-evaluation
# scoring templates (绩效评价评分表).  Plain GNU make; settings first.
#
#   make                 build $(BUILD)/rubric
#   make check           build everything, run unit + golden tests (tests/run-all)
#   make check-asan      the same tests, built in build-asan/ with ASan + UBSan
#   make check-tsan      the unit tests, built in build-tsan/ with ThreadSanitizer
#   make check-valgrind  the unit, golden, bad-input, atomic-output and
#                        documentation tests under valgrind memcheck
#   make ci              what CI runs: check WERROR=1, check-asan and
#                        check-valgrind (tests/run-ci)
#   make bench           tests/bench/run, if there are benchmarks
#   make scale           the scale suite (tests/scale/): generated templates
#                        and data whose counted work must grow linearly;
#                        make check runs it too
#   make fuzz            build the fuzz harnesses with clang + libFuzzer in
#                        build-fuzz/ and run each for FUZZ_TIME seconds
#   make install         the program, the libraries, rubric.h, rubric.pc,
#                        the catalogues, the man pages and the Python
#                        package under $(DESTDIR)$(PREFIX); make uninstall
#                        removes exactly that
#   make pot             po/rubric.pot: the messages to translate
#   make clean           remove the build directories
#
# Variables (override on the command line, e.g. `make check WERROR=1`):
#   WERROR=1   turn warnings in our code into errors (CI sets it)
#   SAN=1      build with AddressSanitizer + UndefinedBehaviorSanitizer
#   SAN=thread build with ThreadSanitizer
#   BUILD=dir  where everything generated goes (default build/)
#   FUZZ=1     build for libFuzzer (with clang; `make fuzz` sets it)
#   FUZZ_TIME=seconds  how long `make fuzz` runs each harness (default 60)
#   FUZZ_JOBS=n        how many harnesses `make fuzz` runs at once (default 1)
#   SCALE_FLAGS=...    options of `make scale`, e.g. '-f bands -s 100 -k'
#                      (one family, one size, outputs kept: tests/scale/README.md)

# ---- settings ---------------------------------------------------------------

BUILD      = build
WERROR     = 0
SAN        = 0
FUZZ       = 0
FUZZ_TIME  = 60
FUZZ_JOBS  = 1
SCALE_FLAGS =
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
MANDIR     ?= $(PREFIX)/share/man
LOCALEDIR  ?= $(PREFIX)/share/locale
# Where Debian's python3 finds packages: /usr/lib/python3/dist-packages for
# the system's prefix, lib/python3.X/dist-packages under any other.
PYTHONDIR  ?= $(if $(filter /usr,$(PREFIX)),$(PREFIX)/lib/python3/dist-packages,$(PREFIX)/lib/python$(shell python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3)/dist-packages)

CC         ?= cc
HOSTCC     ?= $(CC)
AR         ?= ar
LD         ?= ld
OBJCOPY    ?= objcopy
FLEX       ?= flex
BISON      ?= bison
PKG_CONFIG ?= pkg-config
INSTALL    ?= install
MSGFMT     ?= msgfmt

# Libraries: pkg-config modules, then plain -l flags.
PKGS       = jansson libutf8proc
LIBS       = -lgmp
# libcsv (the CSV reader of rubric eval) has no pkg-config file
CLI_LIBS   = -lcsv -lxlsxwriter -lpthread
TEST_PKGS  = cmocka

OPT        = -O2 -g
STD        = -std=c11 -D_POSIX_C_SOURCE=200809L -DLOCALEDIR='"$(LOCALEDIR)"'
WARN       = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings
# Generated parser/lexer/stdlib code: warnings shown but relaxed, never -Werror.
GEN_WARN   = -Wall -Wno-unused-function -Wno-unused-parameter -Wno-unused-variable \
             -Wno-unused-but-set-variable -Wno-sign-compare -Wno-overlength-strings
SAN_FLAGS  = -fsanitize=address,undefined -fno-omit-frame-pointer -O1
TSAN_FLAGS = -fsanitize=thread -O1
FUZZ_CFLAGS = -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -O2
VALGRIND   = valgrind -q --error-exitcode=99 --leak-check=full

# Extra flags from the user or a packager go into CFLAGS/CPPFLAGS/LDFLAGS.
CFLAGS     ?=
CPPFLAGS   ?=
LDFLAGS    ?=

# ---- derived flags ----------------------------------------------------------

ifeq ($(WERROR),1)
WARN += -Werror
endif
ifeq ($(SAN),1)
SAN_CFLAGS  = $(SAN_FLAGS)
SAN_LDFLAGS = $(SAN_FLAGS)
endif
ifeq ($(SAN),thread)
SAN_CFLAGS  = $(TSAN_FLAGS)
SAN_LDFLAGS = $(TSAN_FLAGS)
endif
ifeq ($(FUZZ),1)
# A fiftieth of the cost model's base steps (docs/language.md, "Limits"):
# instrumented code is ten to fifty times slower, and a template that takes
# all the steps it may should still take a few milliseconds, far below the
# fuzzer's -timeout, so that the fuzzer runs millions of them
# (tests/fuzz/README.md).
SAN_CFLAGS  = $(FUZZ_CFLAGS) -DCOST_BASE=20000u
SAN_LDFLAGS = $(FUZZ_CFLAGS)
endif

# pkg-config is not needed to clean.
ifeq ($(filter-out clean,$(MAKECMDGOALS)),$(MAKECMDGOALS))
PKG_CFLAGS  := $(shell $(PKG_CONFIG) --cflags $(PKGS))
PKG_LIBS    := $(shell $(PKG_CONFIG) --libs $(PKGS))
TEST_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(TEST_PKGS))
TEST_LIBS   := $(shell $(PKG_CONFIG) --libs $(TEST_PKGS))
endif

INCLUDES   = -Iinterp -I$(BUILD)
DEPFLAGS   = -MMD -MP
# Every object can go into the shared library, which exports only what
# rubric.h marks RUBRIC_API.
LIB_CFLAGS = -fPIC -fvisibility=hidden -DRUBRIC_BUILD
ALL_CFLAGS = $(STD) $(INCLUDES) $(PKG_CFLAGS) $(CPPFLAGS) $(OPT) $(LIB_CFLAGS) $(SAN_CFLAGS) $(DEPFLAGS)
OUR_CFLAGS = $(ALL_CFLAGS) $(WARN) $(CFLAGS)
GEN_CFLAGS = $(ALL_CFLAGS) $(GEN_WARN) $(CFLAGS)
# The library's objects allocate through its allocator hook (alloc.h).
ALLOC_HOOK = -include interp/alloc.h
# The command line is a client of rubric.h: no library flags, no
# RUBRIC_BUILD (tests/run-layout checks that it includes no other header
# of interp/).
CLI_CFLAGS = $(STD) -Icli -Iinterp $(CPPFLAGS) $(OPT) $(SAN_CFLAGS) $(DEPFLAGS) $(WARN) $(CFLAGS)
ALL_LDFLAGS = $(SAN_LDFLAGS) $(LDFLAGS)
ALL_LIBS   = $(PKG_LIBS) $(LIBS)
HOST_CFLAGS = -std=c11 -O2 $(WARN)

# ---- sources ----------------------------------------------------------------

# The library is interp/; the command line, cli/, is built on rubric.h alone.
LIB_SRCS     = $(sort $(wildcard interp/*.c))
CLI_SRCS     = $(sort $(wildcard cli/*.c))
STDLIB_SRCS  = $(sort $(wildcard stdlib/*.rubric))
TEST_SRCS    = $(sort $(wildcard tests/unit/test_*.c))
PO_FILES     = $(sort $(wildcard po/*.po))

# The grammar is optional while it is being written: what exists is built.
GEN_HDRS     = $(if $(wildcard grammar/parser.y),$(BUILD)/parser.h) \
               $(if $(wildcard grammar/lexer.l),$(BUILD)/lexer.h)
GEN_OBJS     = $(if $(wildcard grammar/parser.y),$(BUILD)/parser.o) \
               $(if $(wildcard grammar/lexer.l),$(BUILD)/lexer.o) \
               $(BUILD)/stdlib.o

LIB_OBJS     = $(LIB_SRCS:%.c=$(BUILD)/%.o)
CLI_OBJS     = $(CLI_SRCS:%.c=$(BUILD)/%.o)
TEST_OBJS    = $(TEST_SRCS:tests/unit/%.c=$(BUILD)/tests/%.o)
TEST_BINS    = $(TEST_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
# Fuzz harnesses: libFuzzer binaries (FUZZ=1 builds only) and replay
# binaries, the same harness with a main() that reads files.
FUZZ_SRCS    = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS    = $(FUZZ_SRCS:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/fuzz_%)
REPLAY_BINS  = $(FUZZ_SRCS:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)

# The library three ways: the archive of every object, which the tests
# and fuzz harnesses link to reach inside; and, for programs, the shared
# library and a static archive of one object whose only global symbols are
# rubric.h's.  The rubric binary links that public archive: it can reach
# nothing else.
LIB          = $(BUILD)/librubric-internal.a
SONAME       = librubric.so.0
SHLIB        = $(BUILD)/$(SONAME)
PUBLIC_LIB   = $(BUILD)/librubric.a
BIN          = $(BUILD)/rubric
# The message catalogues, where the binary looks first: locale/ beside it.
MO_FILES     = $(PO_FILES:po/%.po=$(BUILD)/locale/%/LC_MESSAGES/rubric.mo)
EMBED        = $(BUILD)/embed

# Stamps whose content is the compile command and the source lists: they
# change (and force a rebuild) only when those do, e.g. WERROR=1 after a
# plain build, or a file removed from interp/.
FLAGS_STAMP  = $(BUILD)/flags.stamp
SRCS_STAMP   = $(BUILD)/sources.stamp

# ---- targets ----------------------------------------------------------------

.PHONY: all check check-asan check-tsan check-valgrind ci bench scale fuzz fuzz-build install uninstall clean pot FORCE
.DELETE_ON_ERROR:
.SUFFIXES:

all: $(BIN) $(MO_FILES) $(SHLIB) $(PUBLIC_LIB)

# Everything, then every unit and golden test; the last line printed is
# "N passed, N failed".
check: $(BIN) $(MO_FILES) $(SHLIB) $(PUBLIC_LIB) $(TEST_BINS) $(REPLAY_BINS)
	sh tests/run-all $(BUILD)

# The same tests on a sanitized build in its own directory.
check-asan:
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
		$(MAKE) --no-print-directory BUILD=build-asan SAN=1 check

# The unit tests (test_threads and test_api_threads load and score on
# several threads; the latter 4 x 100 000 units from one template) under
# ThreadSanitizer, built in build-tsan/.
check-tsan:
	TSAN_OPTIONS=halt_on_error=1 RUBRIC_SUITES="unit jobs" RUBRIC_API_ROUNDS=100000 RUBRIC_TEST_TIMEOUT=1800 \
		$(MAKE) --no-print-directory BUILD=build-tsan SAN=thread check

check-valgrind: $(BIN) $(MO_FILES) $(TEST_BINS)
	@command -v valgrind >/dev/null || { echo "check-valgrind: valgrind is not installed (tools/setup installs it)" >&2; exit 2; }
	RUBRIC_WRAP="$(VALGRIND)" RUBRIC_TEST_TIMEOUT=300 RUBRIC_SUITES="unit golden bad atomic docs" \
		sh tests/run-all $(BUILD)

# Everything CI runs; the last line sums the three runs.
ci:
	sh tests/run-ci

bench: $(BIN) $(LIB) $(SHLIB)
	@if [ -f tests/bench/run ]; then sh tests/bench/run $(BUILD); else echo "no benchmarks yet"; fi

# Generated families of templates and data at sizes x1, x10 and x100: the
# work and bytes counted (RUBRIC_STATS=1) must grow linearly.
scale: $(BIN)
	sh tests/scale/run $(SCALE_FLAGS) $(BUILD)

# libFuzzer needs clang (Debian's clang-14 has it); the build is separate.
FUZZ_BUILD = build-fuzz
fuzz:
	$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang FUZZ=1 fuzz-build
	sh tests/fuzz/run -t $(FUZZ_TIME) -j $(FUZZ_JOBS) $(FUZZ_BUILD)

fuzz-build: $(FUZZ_BINS) $(REPLAY_BINS)

# Everything install puts in place, relative to $(DESTDIR); uninstall
# removes exactly these (and the directories they leave empty of ours).
MAN_PAGES    = $(wildcard docs/man/rubric.[135])
PY_FILES     = $(sort $(wildcard bindings/python/rubric/*.py))
INSTALLED    = $(BINDIR)/rubric $(LIBDIR)/$(SONAME) $(LIBDIR)/librubric.so $(LIBDIR)/librubric.a \
               $(INCLUDEDIR)/rubric.h $(PKGCONFIGDIR)/rubric.pc \
               $(PO_FILES:po/%.po=$(LOCALEDIR)/%/LC_MESSAGES/rubric.mo) \
               $(foreach m,$(MAN_PAGES),$(MANDIR)/man$(subst .,,$(suffix $(m)))/$(notdir $(m))) \
               $(PY_FILES:bindings/python/%=$(PYTHONDIR)/%)

# rubric.pc for pkg-config, with this install's directories.
$(BUILD)/rubric.pc: rubric.pc.in $(FLAGS_STAMP)
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(LIBDIR)|g' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' -e 's|@VERSION@|'"$$(sed -n 's/^#define RUBRIC_VERSION "\(.*\)"/\1/p' interp/rubric.h)"'|g' \
	    -e 's|@PRIVATE_LIBS@|$(PKG_LIBS) -lgmp -lpthread|g' rubric.pc.in >$@

install: $(BIN) $(MO_FILES) $(SHLIB) $(PUBLIC_LIB) $(BUILD)/rubric.pc
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR)
	$(INSTALL) -m 755 $(BIN) $(DESTDIR)$(BINDIR)/rubric
	$(INSTALL) -m 755 $(SHLIB) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/librubric.so
	$(INSTALL) -m 644 $(PUBLIC_LIB) $(DESTDIR)$(LIBDIR)/librubric.a
	$(INSTALL) -m 644 interp/rubric.h $(DESTDIR)$(INCLUDEDIR)/rubric.h
	$(INSTALL) -m 644 $(BUILD)/rubric.pc $(DESTDIR)$(PKGCONFIGDIR)/rubric.pc
	for mo in $(MO_FILES); do \
		lang=$${mo#$(BUILD)/locale/}; lang=$${lang%%/*}; \
		$(INSTALL) -d $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES && \
		$(INSTALL) -m 644 $$mo $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/rubric.mo || exit 1; \
	done
	for m in $(MAN_PAGES); do \
		sec=$${m##*.}; \
		$(INSTALL) -d $(DESTDIR)$(MANDIR)/man$$sec && \
		$(INSTALL) -m 644 $$m $(DESTDIR)$(MANDIR)/man$$sec/$${m##*/} || exit 1; \
	done
	if [ -n "$(PY_FILES)" ]; then \
		$(INSTALL) -d $(DESTDIR)$(PYTHONDIR)/rubric && \
		$(INSTALL) -m 644 $(PY_FILES) $(DESTDIR)$(PYTHONDIR)/rubric/; \
	fi

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	rm -rf $(DESTDIR)$(PYTHONDIR)/rubric/__pycache__
	-rmdir $(DESTDIR)$(PYTHONDIR)/rubric 2>/dev/null

clean:
	rm -rf build build-asan build-tsan build-fuzz $(filter-out . .. / ./ build build-asan build-tsan build-fuzz,$(BUILD))

# ---- rules ------------------------------------------------------------------

$(BIN): $(CLI_OBJS) $(PUBLIC_LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJS) $(PUBLIC_LIB) $(ALL_LIBS) $(CLI_LIBS)

# Rebuilt from scratch so that objects of deleted sources do not linger.
$(LIB): $(LIB_OBJS) $(GEN_OBJS) $(SRCS_STAMP)
	@rm -f $@
	$(AR) rcs $@ $(LIB_OBJS) $(GEN_OBJS)

$(SHLIB): $(LIB_OBJS) $(GEN_OBJS) $(SRCS_STAMP)
	$(CC) $(ALL_LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,--no-undefined -o $@ \
		$(LIB_OBJS) $(GEN_OBJS) $(ALL_LIBS) -lpthread
	ln -sf $(SONAME) $(BUILD)/librubric.so

# One relocatable object of everything, its hidden symbols made local, so
# that a program linking the archive meets no name of ours but rubric_*.
$(PUBLIC_LIB): $(LIB_OBJS) $(GEN_OBJS) $(SRCS_STAMP)
	@rm -f $@
	$(LD) -r -o $(BUILD)/librubric.o $(LIB_OBJS) $(GEN_OBJS)
	$(OBJCOPY) --localize-hidden $(BUILD)/librubric.o
	$(AR) rcs $@ $(BUILD)/librubric.o

$(TEST_BINS): $(BUILD)/tests/%: $(BUILD)/tests/%.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(ALL_LIBS) $(TEST_LIBS)

# kept: they are intermediate files of two chains of pattern rules
.SECONDARY: $(FUZZ_SRCS:tests/fuzz/%.c=$(BUILD)/fuzz/%.o) $(BUILD)/fuzz/replay.o

$(BUILD)/fuzz/fuzz_%: $(BUILD)/fuzz/fuzz_%.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_EXTRA) $(LIB) $(ALL_LIBS) $(CLI_LIBS)

$(BUILD)/fuzz/replay_%: $(BUILD)/fuzz/fuzz_%.o $(BUILD)/fuzz/replay.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(BUILD)/fuzz/replay.o $(FUZZ_EXTRA) $(LIB) $(ALL_LIBS) $(CLI_LIBS)

# fuzz_batch compiles cli/batch.c in: the reports it writes come with it
BATCH_REPORT_OBJS = $(BUILD)/cli/report.o $(BUILD)/cli/html.o $(BUILD)/cli/markdown.o $(BUILD)/cli/xlsx.o
$(BUILD)/fuzz/fuzz_batch $(BUILD)/fuzz/replay_batch: FUZZ_EXTRA = $(BATCH_REPORT_OBJS)
$(BUILD)/fuzz/fuzz_batch $(BUILD)/fuzz/replay_batch: $(BATCH_REPORT_OBJS)

$(BUILD)/fuzz/%.o: tests/fuzz/%.c $(FLAGS_STAMP) | $(GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -DFUZZ_ROOT='"$(CURDIR)"' -c -o $@ $<

# Our code: strict warnings.  Every object waits for the generated headers,
# since any of them may include parser.h or lexer.h.
$(BUILD)/interp/%.o: interp/%.c $(FLAGS_STAMP) | $(GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) $(if $(filter $<,$(filter-out interp/alloc.c,$(LIB_SRCS))),$(ALLOC_HOOK)) -c -o $@ $<

# The command line: warnings as strict, no library flags.
$(BUILD)/cli/%.o: cli/%.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(CLI_CFLAGS) -c -o $@ $<

$(TEST_OBJS): $(BUILD)/tests/%.o: tests/unit/%.c $(FLAGS_STAMP) | $(GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) $(TEST_CFLAGS) -Itests/unit -c -o $@ $<

# Generated code: relaxed warnings.  lexer.c includes parser.h, and the
# parser's %code may include lexer.h, so both objects need both headers.
$(BUILD)/parser.c $(BUILD)/parser.h &: grammar/parser.y
	@mkdir -p $(@D)
	$(BISON) -Wall -Wcounterexamples --header=$(BUILD)/parser.h -o $(BUILD)/parser.c $<

$(BUILD)/lexer.c $(BUILD)/lexer.h &: grammar/lexer.l
	@mkdir -p $(@D)
	$(FLEX) --header-file=$(BUILD)/lexer.h -o $(BUILD)/lexer.c $<

$(BUILD)/parser.o $(BUILD)/lexer.o: $(GEN_HDRS)

$(BUILD)/parser.o $(BUILD)/lexer.o $(BUILD)/stdlib.o: $(BUILD)/%.o: $(BUILD)/%.c $(FLAGS_STAMP)
	$(CC) $(GEN_CFLAGS) $(ALLOC_HOOK) -c -o $@ $<

# stdlib/*.rubric, embedded as rubric_stdlib / rubric_stdlib_len.
$(BUILD)/stdlib.c: $(STDLIB_SRCS) $(EMBED) $(SRCS_STAMP)
	$(EMBED) -o $@ rubric_stdlib $(STDLIB_SRCS)

# Message catalogues: po/LANG.po compiled (msgfmt checks the formats).
$(BUILD)/locale/%/LC_MESSAGES/rubric.mo: po/%.po
	@mkdir -p $(@D)
	$(MSGFMT) --check -o $@ $<

# po/rubric.pot: every translatable message of the sources, for translators
# (`make pot`, then msgmerge the .po files); tests/run-po checks that the
# catalogues translate all of them.
pot:
	sh po/update-pot

# A host tool, built without sanitizers.
$(EMBED): tools/embed.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $<

$(FLAGS_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(OUR_CFLAGS) | $(GEN_CFLAGS) | $(ALLOC_HOOK) | $(CLI_CFLAGS) | $(ALL_LDFLAGS) $(ALL_LIBS)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

$(SRCS_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(LIB_SRCS) | $(GEN_OBJS) | $(STDLIB_SRCS)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

FORCE:

-include $(wildcard $(BUILD)/interp/*.d $(BUILD)/cli/*.d $(BUILD)/tests/*.d $(BUILD)/fuzz/*.d $(BUILD)/*.d)
