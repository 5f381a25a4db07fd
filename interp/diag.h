/* diag.h - source texts, positions and diagnostics.
 *
 * Positions are byte-offset spans into a source text.  Line and column are
 * computed only when a diagnostic is printed, from a line-start table built
 * on first use.  Columns count characters (code points), not bytes; the
 * underline under a span accounts for double-width CJK cells.
 *
 * Every diagnostic has one shape:
 *
 *     file:line:col: error[code]: message
 *         the source line
 *                ^^^^^^^^
 *     help: a hint
 *
 * Ownership: a struct source borrows its name and text from the caller and
 * owns its line table; a struct diag owns nothing but its counters.
 */
#ifndef RUBRIC_DIAG_H
#define RUBRIC_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A half-open byte range [start, end) of a source text. */
struct span {
	uint32_t start; /* first byte */
	uint32_t end;   /* one past the last byte */
};

struct source {
	const char *name;     /* file name as given on the command line */
	const char *text;     /* the whole text (need not be NUL-terminated) */
	size_t len;           /* bytes in text */
	uint32_t *lines;      /* byte offset of each line start, built lazily */
	size_t nlines;        /* entries in lines */
};

/* Sets up src over text[0..len), borrowing both pointers. */
void src_init(struct source *src, const char *name, const char *text, size_t len);

/* Frees the line table. */
void src_free(struct source *src);

/* Converts a byte offset into a 1-based line and a 1-based column counted in
 * characters.  Offsets past the end map to the end of the text.  Returns -1
 * only when the line table cannot be allocated. */
int src_linecol(struct source *src, uint32_t off, int *line, int *col);

/* Display width of s[0..len) in terminal cells: 2 for wide (CJK) characters,
 * 0 for combining marks, 1 otherwise; a tab counts as 4; invalid bytes as 1. */
size_t diag_width(const char *s, size_t len);

/* Errors printed at most; the rest are only counted (a binary file fed as a
 * template would otherwise print one per byte). */
#define DIAG_MAX_SHOWN 100

enum diag_level {
	DIAG_ERROR,   /* makes the command fail */
	DIAG_WARNING, /* reported, does not fail */
	DIAG_NOTE,    /* attached to the previous diagnostic */
};

struct diag {
	FILE *out;    /* where diagnostics go (stderr in the CLI) */
	int errors;   /* errors reported so far */
	int warnings; /* warnings reported so far */
	bool hide_warnings; /* count warnings but do not print them */
	bool muted;   /* the last diagnostic was hidden: hide its help lines too */
};

/* Sets up a diagnostic sink printing to out. */
void diag_init(struct diag *d, FILE *out);

/* Reports a diagnostic at span sp of src (src may be NULL for one with no
 * place, e.g. a file that cannot be read; sp is then ignored).  code names
 * the kind of problem ("unknown-name"); fmt is printf-style.  Help lines are
 * added with diag_help right after. */
void diag_report(struct diag *d, enum diag_level level, struct source *src,
		 struct span sp, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
void diag_vreport(struct diag *d, enum diag_level level, struct source *src,
		  struct span sp, const char *code, const char *fmt, va_list ap);

/* Adds a "help: ..." line to the diagnostic just reported. */
void diag_help(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prints the closing summary ("2 errors", "1 error, 1 warning") if anything
 * was reported. */
void diag_summary(struct diag *d);

/* Finds the closest of n candidate names to name (edit distance counted in
 * characters, at most a third of the name's length, minimum 1, maximum 3);
 * returns NULL when none is close.  For "did you mean" hints. */
const char *diag_closest(const char *name, const char *const *cands, size_t n);

#endif
