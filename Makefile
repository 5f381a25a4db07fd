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
#   make install         $(DESTDIR)$(PREFIX)/bin/rubric (+ man page, catalogues)
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
MANDIR     ?= $(PREFIX)/share/man
LOCALEDIR  ?= $(PREFIX)/share/locale

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
SAN_CFLAGS  = $(FUZZ_CFLAGS)
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

# The unit tests (test_threads loads and scores on several threads) under
# ThreadSanitizer, built in build-tsan/.
check-tsan:
	TSAN_OPTIONS=halt_on_error=1 RUBRIC_SUITES=unit \
		$(MAKE) --no-print-directory BUILD=build-tsan SAN=thread check

check-valgrind: $(BIN) $(MO_FILES) $(TEST_BINS)
	@command -v valgrind >/dev/null || { echo "check-valgrind: valgrind is not installed (tools/setup installs it)" >&2; exit 2; }
	RUBRIC_WRAP="$(VALGRIND)" RUBRIC_TEST_TIMEOUT=300 RUBRIC_SUITES="unit golden bad atomic docs" \
		sh tests/run-all $(BUILD)

# Everything CI runs; the last line sums the three runs.
ci:
	sh tests/run-ci

bench: $(BIN)
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

install: $(BIN) $(MO_FILES)
	$(INSTALL) -d $(DESTDIR)$(BINDIR)
	$(INSTALL) -m 755 $(BIN) $(DESTDIR)$(BINDIR)/rubric
	@if [ -f docs/rubric.1 ]; then set -x; \
		$(INSTALL) -d $(DESTDIR)$(MANDIR)/man1 && \
		$(INSTALL) -m 644 docs/rubric.1 $(DESTDIR)$(MANDIR)/man1/rubric.1; \
	fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rubric $(DESTDIR)$(MANDIR)/man1/rubric.1
	rm -f $(PO_FILES:po/%.po=$(DESTDIR)$(LOCALEDIR)/%/LC_MESSAGES/rubric.mo)

clean:
	rm -rf build build-asan build-tsan build-fuzz $(filter-out . .. / ./ build build-asan build-tsan build-fuzz,$(BUILD))

# ---- rules ------------------------------------------------------------------

$(BIN): $(CLI_OBJS) $(PUBLIC_LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJS) $(PUBLIC_LIB) $(ALL_LIBS)

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
	$(CC) $(ALL_LDFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(ALL_LIBS)

$(BUILD)/fuzz/replay_%: $(BUILD)/fuzz/fuzz_%.o $(BUILD)/fuzz/replay.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(BUILD)/fuzz/replay.o $(LIB) $(ALL_LIBS)

$(BUILD)/fuzz/%.o: tests/fuzz/%.c $(FLAGS_STAMP) | $(GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -DFUZZ_ROOT='"$(CURDIR)"' -c -o $@ $<

# Our code: strict warnings.  Every object waits for the generated headers,
# since any of them may include parser.h or lexer.h.
$(BUILD)/interp/%.o: interp/%.c $(FLAGS_STAMP) | $(GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -c -o $@ $<

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
	$(CC) $(GEN_CFLAGS) -c -o $@ $<

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
	@echo '$(CC) $(OUR_CFLAGS) | $(GEN_CFLAGS) | $(CLI_CFLAGS) | $(ALL_LDFLAGS) $(ALL_LIBS)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

$(SRCS_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(LIB_SRCS) | $(GEN_OBJS) | $(STDLIB_SRCS)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

FORCE:

-include $(wildcard $(BUILD)/interp/*.d $(BUILD)/cli/*.d $(BUILD)/tests/*.d $(BUILD)/fuzz/*.d $(BUILD)/*.d)
