/* fmt.h - templates in one canonical layout (rubric fmt); fmt.c tells how.
 *
 * fmt_parse reads a template and records its tokens; fmt_format writes
 * them again in the canonical layout.  The fuzz harness tests/fuzz/fuzz_fmt.c
 * uses both to check that formatting never changes what a template means.
 */
#ifndef RUBRIC_FMT_H
#define RUBRIC_FMT_H

#include <stddef.h>

#include "parse.h"

/* How keywords are spelt in the output. */
enum fmt_spelling {
	FMT_AS_WRITTEN, /* as in the template */
	FMT_ENGLISH,    /* every keyword in English */
	FMT_CHINESE,    /* every keyword as its first Chinese synonym */
};

/* Parses the template in src, recording its tokens and comments into rec
 * (which starts empty, or zeroed; the caller frees rec->tokens); reports
 * every error to d, as `rubric check` would, and returns their number. */
int fmt_parse(struct source *src, struct diag *d, struct parse_record *rec);

/* Formats the template text whose tokens and comments rec holds (as
 * fmt_parse recorded them without errors), spelling keywords as spelling
 * says.  Returns 0 with the text in *out (malloc'd, not NUL-terminated;
 * the caller frees it) and its length in *out_len, or -1 when out of
 * memory. */
int fmt_format(const char *text, const struct parse_record *rec, enum fmt_spelling spelling,
	       char **out, size_t *out_len);

#endif
