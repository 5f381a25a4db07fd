/* diag.h - source texts, positions and diagnostics.
 *
 * Positions are byte-offset spans into a source text.  Line and column are
 * computed only when a diagnostic is printed, from a line-start table built
 * on first use.  Columns count characters (code points), not bytes; the
 * underline under a span accounts for double-width CJK cells.
 *
 * In text, every diagnostic has one shape:
 *
 *     file:line:col: error[E101]: message
 *         the source line
 *                ^^^^^^^^
 *     help: a hint
 *
 * and the same diagnostics can be collected and written as one JSON
 * document or one SARIF log instead.
 *
 * Ownership: a struct source borrows its name and text from the caller and
 * owns its line table; a struct diag owns the records it collects until
 * diag_finish.
 */
#ifndef RUBRIC_DIAG_H
#define RUBRIC_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "rubric.h"

/* A half-open byte range [start, end) of a source text. */
struct span {
	uint32_t start; /* first byte */
	uint32_t end;   /* one past the last byte */
};

/* The empty span at the start of a text: the place of a diagnostic about
 * a whole file.  (A macro, so that a call reads "diag_report(d, src,
 * SPAN_START, ...)" without braces, which po/update-pot cannot parse.) */
#define SPAN_START ((struct span){ 0, 0 })

/* A place in a long line whose column is known (see src_linecol). */
struct src_mark {
	uint32_t off;         /* byte offset, at the start of a character */
	uint32_t col;         /* its 1-based column in its line */
};

struct source {
	const char *name;     /* file name as given on the command line */
	const char *text;     /* the whole text (need not be NUL-terminated) */
	size_t len;           /* bytes in text */
	uint32_t *lines;      /* byte offset of each line start, built lazily */
	size_t nlines;        /* entries in lines */
	struct src_mark *marks; /* every SRC_MARK_STRIDE bytes or so of lines longer
				   than that, by offset; built with lines */
	size_t nmarks;        /* entries in marks */
};

/* Bytes between two marks of a long line: a column is counted from the
 * nearest mark before it, so a diagnostic on a line of 50 MB costs no more
 * than one on a short line. */
#define SRC_MARK_STRIDE 4096

/* Sets up src over text[0..len), borrowing both pointers. */
void src_init(struct source *src, const char *name, const char *text, size_t len);

/* Frees the line table and the marks. */
void src_free(struct source *src);

/* The whole file at path, malloc'd and NUL-terminated (*len bytes), or NULL
 * with *err an errno value: the file's own, EISDIR, EFBIG past max bytes,
 * ENOMEM. */
char *src_read_file(const char *path, size_t max, size_t *len, int *err);

/* Converts a byte offset into a 1-based line and a 1-based column counted in
 * characters.  Offsets past the end map to the end of the text.  The first
 * call builds the line table and the marks, in one pass over the text; each
 * call then costs a binary search and at most SRC_MARK_STRIDE bytes of
 * counting.  Threads may call it on one source at once (a compiled
 * template's, shared): the tables are built once, under a lock.  Returns
 * -1 only when the tables cannot be allocated. */
int src_linecol(struct source *src, uint32_t off, int *line, int *col);

/* Display width of s[0..len) in terminal cells: 2 for wide (CJK) characters,
 * 0 for combining marks, 1 otherwise; a tab counts as 4; invalid bytes as 1. */
size_t diag_width(const char *s, size_t len);

/* Writes s[0..len) into buf (DIAG_SHOWN_CAP bytes) as messages show text
 * from a data file or a value: escaped as JSON escapes it (\" \\ \n
 * \u001b), invisible characters too (U+200B, U+3000, ...), so that text can
 * neither act on the terminal nor hide a difference ("预算资金\u3000"); cut
 * after DIAG_SHOWN_CHARS characters with "…".  Returns buf. */
#define DIAG_SHOWN_CHARS 60
#define DIAG_SHOWN_CAP (DIAG_SHOWN_CHARS * 12 + 4) /* 12 bytes: two \u escapes */
const char *diag_shown(char *buf, const char *s, size_t len);

/* Errors shown at most, and warnings shown at most, each counted apart so
 * that warnings never hide an error; the rest are only counted (a binary
 * file fed as a template would otherwise give one per byte). */
#define DIAG_MAX_SHOWN 100

/* Writes s[0..len) to out as text diagnostics show text from a template or
 * data: control characters escaped (\n, \t, \u001b, ...), with the line
 * and paragraph separators and the invisible format characters (U+200B,
 * U+202E, ...), so that a name or string can neither act on the terminal
 * nor pass for another line; bytes that are not UTF-8 as U+FFFD.  Quotes
 * and backslashes are written as they are. */
void diag_put_text(FILE *out, const char *s, size_t len);
/* Whether diag_put_text writes s[0..len) as it is, escaping nothing. */
bool diag_text_is_plain(const char *s, size_t len);

/* Every kind of diagnostic, with its stable code: see codes.def. */
enum diag_code {
#define CODE(id, code, name, summary) id,
#include "codes.def"
#undef CODE
	DIAG_NCODES
};

/* What a code is: "E101", "unknown-name", its one-line summary. */
struct diag_code_info {
	const char *code;
	const char *name;
	const char *summary;
};
const struct diag_code_info *diag_code_info(enum diag_code code);

/* A code's severity: an error (E...) makes the command fail; a warning
 * (W...) does not, unless --werror. */
bool diag_is_warning(enum diag_code code);
/* Its code as written: "E201", "W203". */
const char *diag_code_string(enum diag_code code);

/* How diagnostics are written. */
enum diag_format {
	DIAG_TEXT,  /* GCC style, printed as they come, then a summary line */
	DIAG_JSON,  /* one JSON document at the end (diag_finish) */
	DIAG_SARIF, /* one SARIF 2.1.0 log at the end (diag_finish) */
	DIAG_COLLECT, /* nothing written: the caller reads diag_message */
	DIAG_CALLBACK, /* each given to a function (diag_set_callback) */
};

struct diag_record; /* a collected diagnostic (JSON and SARIF) */

/* What is made of a warning code (struct diag.level). */
enum { DIAG_AS_IS, DIAG_ALLOW, DIAG_DENY };

struct diag {
	FILE *out;    /* where diagnostics go */
	enum diag_format format;
	bool werror;  /* warnings are reported and counted as errors */
	bool hide_warnings; /* count warnings but do not report them */
	int errors;   /* errors reported so far */
	int warnings; /* warnings reported so far */
	bool muted;   /* the last diagnostic was hidden: hide its help lines too */
	bool out_of_memory; /* a D_MEMORY diagnostic was reported, or diag_finish
			       could not build its JSON or SARIF document: the
			       command should say so and exit with status 2 */
	struct diag_record *records; /* JSON and SARIF: what to write at the end;
				       DIAG_CALLBACK: the last, waiting for its
				       help lines */
	int nrecords, caprecords;
	rubric_diagnostic_fn *fn; /* DIAG_CALLBACK */
	void *fn_ud;
	unsigned char level[DIAG_NCODES]; /* per warning code: DIAG_AS_IS,
					     DIAG_ALLOW (--allow) or DIAG_DENY
					     (--deny: an error) */
	int suppressed; /* warnings allowed: by --allow, or in the template by
			   a comment "# rubric: allow CODE reason" */
	int about;    /* 1 + the item (rubric.h's table order) the diagnostics
			 reported now are about, or 0: the evaluator sets it
			 around each indicator */
};

/* Makes d give each diagnostic to fn(ud, ...) (rubric.h), once its help
 * lines are known: when the next one is reported, at diag_flush, or at
 * diag_finish. */
void diag_set_callback(struct diag *d, rubric_diagnostic_fn *fn, void *ud);

/* DIAG_CALLBACK: delivers the diagnostic waiting for its help lines; the
 * library calls it before returning to its caller. */
void diag_flush(struct diag *d);

/* Sets up a diagnostic sink writing text to out. */
void diag_init(struct diag *d, FILE *out);

/* Frees what the sink collected (diag_finish calls it). */
void diag_free(struct diag *d);

/* The message of the i-th diagnostic collected (0 <= i < d->nrecords; not
 * in DIAG_TEXT, which collects nothing). */
const char *diag_message(const struct diag *d, int i);

/* Reports a diagnostic at span sp of src (src may be NULL for one with no
 * place, e.g. a file that cannot be read; sp is then ignored).  fmt is a
 * printf format in English; it is translated (see diag_tr) before use.  Help
 * lines are added with diag_help right after. */
void diag_report(struct diag *d, struct source *src, struct span sp,
		 enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void diag_vreport(struct diag *d, struct source *src, struct span sp,
		  enum diag_code code, const char *fmt, va_list ap);

/* Whether the next diagnostic of code would only be counted (past
 * DIAG_MAX_SHOWN, or a hidden warning): then a caller may report it
 * without building its message, which diag_report would not use. */
bool diag_hidden(const struct diag *d, enum diag_code code);

/* Counts a diagnostic of code that diag_hidden says is hidden, as
 * diag_report would count it, without a message: for errors that data can
 * make by the million. */
void diag_count(struct diag *d, enum diag_code code);

/* Adds a "help: ..." line to the diagnostic just reported (fmt translated
 * like diag_report's). */
void diag_help(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Ends the run: in text, the summary line ("2 errors, 1 warning", and
 * "(the first 100 shown)" after a count past DIAG_MAX_SHOWN) if anything
 * was reported; in JSON and SARIF, the whole document.  Then frees what was
 * collected. */
void diag_finish(struct diag *d);

/* Messages: English, or Simplified Chinese when the environment asks for
 * it (LANGUAGE, LC_ALL, LC_MESSAGES or LANG starting with "zh"), from the
 * gettext catalogue in po/.  diag_set_language reads the environment once;
 * diag_tr translates a message (the identity in English).  _() marks a
 * message for translation where it is used, N_() where it is only defined. */
void diag_set_language(void);
/* Chooses the language outright: Simplified Chinese, or English. */
void diag_use_language(bool chinese);
const char *diag_tr(const char *msg) __attribute__((format_arg(1)));
#define _(msg) diag_tr(msg)
#define N_(msg) (msg)

/* Finds the closest of n candidate names to name (edit distance counted in
 * characters, at most a third of the name's length, minimum 1, maximum 3);
 * returns NULL when none is close.  For "did you mean" hints. */
const char *diag_closest(const char *name, const char *const *cands, size_t n);

/* Adds the help line "did you mean '...'?" with the closest of the n
 * candidates to name (diag_closest); returns false, adding nothing, when
 * none is close.  When the diagnostic just reported is not shown (past
 * DIAG_MAX_SHOWN, or a hidden warning), it compares nothing and returns
 * true: there is no other hint to add either. */
bool diag_suggest(struct diag *d, const char *name, const char *const *cands, size_t n);

#endif
