/* diag.c - line tables, display widths and the one diagnostic format. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void src_init(struct source *src, const char *name, const char *text, size_t len)
{
	src->name = name;
	src->text = text;
	src->len = len;
	src->lines = NULL;
	src->nlines = 0;
}

void src_free(struct source *src)
{
	free(src->lines);
	src->lines = NULL;
	src->nlines = 0;
}

/* Builds the table of line starts: one entry per line, the first at 0. */
static int build_lines(struct source *src)
{
	size_t n = 1;
	for (size_t i = 0; i < src->len; i++)
		n += src->text[i] == '\n';
	src->lines = malloc(n * sizeof *src->lines);
	if (!src->lines)
		return -1;
	src->nlines = 0;
	src->lines[src->nlines++] = 0;
	for (size_t i = 0; i < src->len; i++)
		if (src->text[i] == '\n')
			src->lines[src->nlines++] = (uint32_t)(i + 1);
	return 0;
}

/* Length in bytes of the UTF-8 sequence starting at s (1 for an invalid
 * byte, so that scanning always advances). */
static size_t char_len(const char *s, size_t len)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
					      (utf8proc_ssize_t)len, &cp);
	return n > 0 ? (size_t)n : 1;
}

int src_linecol(struct source *src, uint32_t off, int *line, int *col)
{
	if (!src->lines && build_lines(src) < 0)
		return -1;
	if (off > src->len)
		off = (uint32_t)src->len;
	/* binary search for the last line start <= off */
	size_t lo = 0, hi = src->nlines;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (src->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	int c = 1;
	for (size_t i = src->lines[lo]; i < off;) {
		i += char_len(src->text + i, off - i);
		c++;
	}
	*line = (int)lo + 1;
	*col = c;
	return 0;
}

size_t diag_width(const char *s, size_t len)
{
	size_t w = 0;
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) {
			w++;
			i++;
			continue;
		}
		if (cp == '\t')
			w += 4;
		else if (cp < 0x20 || cp == 0x7F)
			w += 1;
		else
			w += (size_t)utf8proc_charwidth(cp);
		i += (size_t)n;
	}
	return w;
}

void diag_init(struct diag *d, FILE *out)
{
	d->out = out;
	d->errors = 0;
	d->warnings = 0;
	d->hide_warnings = false;
	d->muted = false;
}

static const char *const level_names[] = {
	/* ORDER enum diag_level */
	"error", "warning", "note",
};

/* Prints the source line holding sp.start, then an underline as wide as the
 * part of the span on that line (at least one cell). */
static void print_excerpt(FILE *out, struct source *src, struct span sp, int line)
{
	size_t ls = src->lines[line - 1];
	size_t le = ls;
	while (le < src->len && src->text[le] != '\n')
		le++;
	size_t shown = le;
	if (shown > ls && src->text[shown - 1] == '\r')
		shown--;
	fputs("    ", out);
	for (size_t i = ls; i < shown;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)src->text + i,
						      (utf8proc_ssize_t)(shown - i), &cp);
		if (n <= 0) {
			fputs("\xEF\xBF\xBD", out); /* U+FFFD for a byte that is not UTF-8 */
			i++;
		} else if (cp == '\t') {
			fputs("    ", out);
			i++;
		} else if (cp < 0x20 || cp == 0x7F) {
			fputc(' ', out); /* keep the underline aligned */
			i++;
		} else {
			fwrite(src->text + i, 1, (size_t)n, out);
			i += (size_t)n;
		}
	}
	fputc('\n', out);
	size_t start = sp.start < ls ? ls : sp.start;
	if (start > shown)
		start = shown;
	size_t end = sp.end > shown ? shown : sp.end;
	if (end < start)
		end = start;
	size_t pad = diag_width(src->text + ls, start - ls);
	size_t width = diag_width(src->text + start, end - start);
	if (width == 0)
		width = 1;
	fprintf(out, "    %*s", (int)pad, "");
	for (size_t i = 0; i < width; i++)
		fputc('^', out);
	fputc('\n', out);
}

void diag_vreport(struct diag *d, enum diag_level level, struct source *src,
		  struct span sp, const char *code, const char *fmt, va_list ap)
{
	if (level == DIAG_ERROR)
		d->errors++;
	else if (level == DIAG_WARNING)
		d->warnings++;
	d->muted = (level != DIAG_ERROR && d->hide_warnings) ||
		   (level == DIAG_ERROR && d->errors > DIAG_MAX_SHOWN);
	if (d->muted)
		return;
	int line = 0, col = 0;
	if (src && src_linecol(src, sp.start, &line, &col) == 0)
		fprintf(d->out, "%s:%d:%d: ", src->name, line, col);
	else if (src)
		fprintf(d->out, "%s: ", src->name);
	fputs(level_names[level], d->out);
	if (code)
		fprintf(d->out, "[%s]", code);
	fputs(": ", d->out);
	vfprintf(d->out, fmt, ap);
	fputc('\n', d->out);
	if (src && line > 0)
		print_excerpt(d->out, src, sp, line);
}

void diag_report(struct diag *d, enum diag_level level, struct source *src,
		 struct span sp, const char *code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(d, level, src, sp, code, fmt, ap);
	va_end(ap);
}

void diag_help(struct diag *d, const char *fmt, ...)
{
	va_list ap;
	if (d->muted)
		return;
	va_start(ap, fmt);
	fputs("help: ", d->out);
	vfprintf(d->out, fmt, ap);
	fputc('\n', d->out);
	va_end(ap);
}

void diag_summary(struct diag *d)
{
	int warnings = d->hide_warnings ? 0 : d->warnings;
	if (!d->errors && !warnings)
		return;
	if (d->errors)
		fprintf(d->out, "%d error%s", d->errors, d->errors == 1 ? "" : "s");
	if (d->errors > DIAG_MAX_SHOWN)
		fprintf(d->out, " (the first %d shown)", DIAG_MAX_SHOWN);
	if (d->errors && warnings)
		fputs(", ", d->out);
	if (warnings)
		fprintf(d->out, "%d warning%s", warnings, warnings == 1 ? "" : "s");
	fputc('\n', d->out);
}

/* Decodes s into code points (at most cap); returns how many. */
static size_t decode(const char *s, utf8proc_int32_t *cps, size_t cap)
{
	size_t n = 0, len = strlen(s);
	for (size_t i = 0; i < len && n < cap;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0) {
			cp = (unsigned char)s[i];
			k = 1;
		}
		cps[n++] = cp;
		i += (size_t)k;
	}
	return n;
}

#define MAX_NAME_CPS 64

/* Levenshtein distance between two code point strings. */
static size_t distance(const utf8proc_int32_t *a, size_t na,
		       const utf8proc_int32_t *b, size_t nb)
{
	size_t row[MAX_NAME_CPS + 1];
	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[nb];
}

const char *diag_closest(const char *name, const char *const *cands, size_t n)
{
	utf8proc_int32_t a[MAX_NAME_CPS], b[MAX_NAME_CPS];
	size_t na = decode(name, a, MAX_NAME_CPS);
	size_t limit = na / 3;
	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	const char *best = NULL;
	size_t best_d = limit + 1;
	for (size_t i = 0; i < n; i++) {
		if (!cands[i] || strcmp(cands[i], name) == 0)
			continue;
		size_t nb = decode(cands[i], b, MAX_NAME_CPS);
		size_t d = distance(a, na, b, nb);
		if (d < best_d) {
			best_d = d;
			best = cands[i];
		}
	}
	return best;
}
