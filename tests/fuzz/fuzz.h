/* fuzz.h - what the fuzz harnesses share.
 *
 * Each harness is a libFuzzer target (LLVMFuzzerTestOneInput) that drives
 * the library as the command line does, with diagnostics written to
 * /dev/null, and abort()s when an oracle fails.  The same sources build
 * into replay binaries (replay.c supplies main) that `make check` runs over
 * the saved crash inputs and the seed corpora, so every crash found stays
 * a regression test.  tests/fuzz/README.md tells how to run them.
 */
#ifndef RUBRIC_FUZZ_H
#define RUBRIC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Where diagnostics and rendered tables go: they are produced, and so
 * exercised, but not kept. */
static inline FILE *fuzz_sink(void)
{
	static FILE *sink;
	if (!sink)
		sink = fopen("/dev/null", "w");
	if (!sink)
		abort();
	return sink;
}

/* A malloc'd, NUL-terminated copy of data[0..size): the command line reads
 * files the same way. */
static inline char *fuzz_copy(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Fails the run: libFuzzer saves the input that got here. */
#define FUZZ_ASSERT(cond)                                                        \
	do {                                                                     \
		if (!(cond)) {                                                   \
			fprintf(stderr, "%s:%d: fuzz oracle failed: %s\n", __FILE__, \
				__LINE__, #cond);                                \
			abort();                                                 \
		}                                                                \
	} while (0)

#endif
