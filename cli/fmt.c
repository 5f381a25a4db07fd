/* fmt.c - the command `rubric fmt`: its options, and what it does with a
 * template that rubric_format (rubric.h) lays out canonically: print it,
 * name the file if it would change (--check), print the change as a
 * unified diff (--diff), or rewrite the file (--write, atomically).
 *
 * --diff compares the file with its formatted text by a Myers line diff.
 *
 * Ownership: every buffer here is malloc'd and freed by the function that
 * made it; the formatted text is the library's, freed with rubric_free.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* What rubric fmt does with a formatted template. */
enum fmt_mode {
	MODE_PRINT, /* print it */
	MODE_CHECK, /* name the file if it would change */
	MODE_DIFF,  /* print what would change, as a unified diff */
	MODE_WRITE, /* replace the file if it would change */
};

/* Lines of context around a change in --diff. */
#define DIFF_CONTEXT 3

/* Most lines --diff finds inserted and deleted, apart from the common
 * first and last lines: the time of the search grows with their number
 * times the lines, its memory with their square (64 MiB at most).  A
 * larger change is shown as one replacement of all the lines between. */
#define DIFF_MAX_EDITS 4095

/* ---- --diff ----------------------------------------------------------- */

/* A line of a text, without its newline. */
struct text_line {
	const char *s;
	size_t len;
	bool newline; /* it ends with a newline (only the last line may not) */
};

/* Splits s[0..len) into lines; returns how many, or -1 when out of memory. */
static long split_lines(const char *s, size_t len, struct text_line **lines)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += s[i] == '\n';
	if (len > 0 && s[len - 1] != '\n')
		n++;
	*lines = malloc((n ? n : 1) * sizeof **lines);
	if (!*lines)
		return -1;
	size_t k = 0;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;
		(*lines)[k++] = (struct text_line){ s + i, end - i, nl != NULL };
		i = nl ? end + 1 : len;
	}
	return (long)n;
}

/* Whether two lines are the same, newline included. */
static bool same_line(const struct text_line *a, const struct text_line *b)
{
	return a->len == b->len && a->newline == b->newline && memcmp(a->s, b->s, a->len) == 0;
}

/* The edit script turning a[0..n) into b[0..m), by Myers' greedy
 * algorithm: writes to ops 'e' (a line kept), 'd' (a line of a deleted)
 * and 'i' (a line of b inserted) and returns their number; -1 when out of
 * memory.  When more than DIFF_MAX_EDITS lines differ, the script deletes
 * all of a and inserts all of b. */
static long myers(const struct text_line *a, long n, const struct text_line *b, long m, char *ops)
{
	long lim = n + m < DIFF_MAX_EDITS ? n + m : DIFF_MAX_EDITS;
	int *v = malloc((size_t)(2 * lim + 3) * sizeof *v);
	int *trace = NULL;
	size_t trace_cap = 0;
	long found = -1;
	if (!v)
		return -1;
	v += lim + 1; /* v[k] for k in [-lim-1, lim+1]: the x reached on diagonal k */
	v[1] = 0;
	for (long d = 0; d <= lim && found < 0; d++) {
		if ((size_t)((d + 1) * (d + 1)) > trace_cap) {
			size_t cap = trace_cap ? trace_cap * 4 : 1024;
			int *more = realloc(trace, cap * sizeof *more);
			if (!more) {
				free(v - lim - 1);
				free(trace);
				return -1;
			}
			trace = more;
			trace_cap = cap;
		}
		for (long k = -d; k <= d; k += 2) {
			long x = k == -d || (k != d && v[k - 1] < v[k + 1]) ? v[k + 1] : v[k - 1] + 1;
			long y = x - k;
			while (x < n && y < m && same_line(&a[x], &b[y]))
				x++, y++;
			v[k] = (int)x;
			if (x >= n && y >= m)
				found = d;
		}
		/* trace[d*d ..] holds v[-d..d] after round d */
		memcpy(trace + d * d, v - d, (size_t)(2 * d + 1) * sizeof *v);
	}
	free(v - lim - 1);
	long nops = 0;
	if (found < 0) {
		for (long i = 0; i < n; i++)
			ops[nops++] = 'd';
		for (long j = 0; j < m; j++)
			ops[nops++] = 'i';
		free(trace);
		return nops;
	}
	/* walk back from (n, m), writing the script from its end */
	nops = found + (n + m - found) / 2; /* the edits and the lines kept */
	long pos = nops, x = n, y = m;
	for (long d = found; d > 0; d--) {
		const int *prev = trace + (d - 1) * (d - 1) + (d - 1); /* prev[k], |k| < d */
		long k = x - y;
		bool down = k == -d || (k != d && prev[k - 1] < prev[k + 1]);
		long px = prev[down ? k + 1 : k - 1];
		long py = px - (down ? k + 1 : k - 1);
		while (x > px && y > py) {
			ops[--pos] = 'e';
			x--, y--;
		}
		ops[--pos] = down ? 'i' : 'd';
		x = px, y = py;
	}
	while (x > 0 && y > 0) {
		ops[--pos] = 'e';
		x--, y--;
	}
	free(trace);
	return nops;
}

/* Writes one line of a hunk: its mark, its text and its newline. */
static void put_diff_line(FILE *out, char mark, const struct text_line *l)
{
	fputc(mark, out);
	fwrite(l->s, 1, l->len, out);
	fputs(l->newline ? "\n" : "\n\\ No newline at end of file\n", out);
}

/* Writes a hunk header's range of count lines after the first start lines:
 * "first,count", "first" for one line, or "start,0" (the line before) for
 * none, as diff -u does. */
static void put_range(FILE *out, long start, long count)
{
	if (count == 1)
		fprintf(out, "%ld", start + 1);
	else
		fprintf(out, "%ld,%ld", count ? start + 1 : start, count);
}

/* Writes the unified diff from old[0..old_len) to new[0..new_len), both
 * the text of path, to out.  Returns 0, or -1 when out of memory. */
static int write_diff(FILE *out, const char *path, const char *old, size_t old_len,
		      const char *new, size_t new_len)
{
	struct text_line *a = NULL, *b = NULL;
	long n = split_lines(old, old_len, &a);
	long m = n < 0 ? -1 : split_lines(new, new_len, &b);
	char *ops = m < 0 ? NULL : malloc((size_t)(n + m + 1));
	int rc = -1;
	if (!ops)
		goto done;
	/* the common first and last lines, then Myers in between */
	long pre = 0, post = 0;
	while (pre < n && pre < m && same_line(&a[pre], &b[pre]))
		pre++;
	while (post < n - pre && post < m - pre && same_line(&a[n - 1 - post], &b[m - 1 - post]))
		post++;
	memset(ops, 'e', (size_t)pre);
	long mid = myers(a + pre, n - pre - post, b + pre, m - pre - post, ops + pre);
	if (mid < 0)
		goto done;
	long nops = pre + mid + post;
	memset(ops + pre + mid, 'e', (size_t)post);
	/* in each run of changes, the deleted lines first */
	for (long i = 0; i < nops;) {
		if (ops[i] == 'e') {
			i++;
			continue;
		}
		long j = i, dels = 0;
		for (; j < nops && ops[j] != 'e'; j++)
			dels += ops[j] == 'd';
		memset(ops + i, 'd', (size_t)dels);
		memset(ops + i + dels, 'i', (size_t)(j - i - dels));
		i = j;
	}
	fprintf(out, "--- %s\n+++ %s (formatted)\n", path, path);
	long ai = 0, bi = 0; /* the lines of a and b before ops[p] */
	for (long p = 0; p < nops;) {
		/* a hunk: changes less than two contexts apart, and the context */
		long c = p;
		while (c < nops && ops[c] == 'e')
			c++;
		if (c == nops)
			break;
		long start = c - DIFF_CONTEXT > p ? c - DIFF_CONTEXT : p;
		long end = c;
		for (;;) {
			while (end < nops && ops[end] != 'e')
				end++;
			long q = end;
			while (q < nops && ops[q] == 'e')
				q++;
			if (q == nops || q - end > 2 * DIFF_CONTEXT) {
				end = end + DIFF_CONTEXT < nops ? end + DIFF_CONTEXT : nops;
				break;
			}
			end = q;
		}
		ai += start - p;
		bi += start - p;
		long acount = 0, bcount = 0;
		for (long i = start; i < end; i++) {
			acount += ops[i] != 'i';
			bcount += ops[i] != 'd';
		}
		fputs("@@ -", out);
		put_range(out, ai, acount);
		fputs(" +", out);
		put_range(out, bi, bcount);
		fputs(" @@\n", out);
		for (long i = start; i < end; i++) {
			if (ops[i] == 'i')
				put_diff_line(out, '+', &b[bi++]);
			else if (ops[i] == 'd')
				put_diff_line(out, '-', &a[ai++]);
			else
				put_diff_line(out, ' ', &a[ai++]), bi++;
		}
		p = end;
	}
	rc = 0;
done:
	free(a);
	free(b);
	free(ops);
	return rc;
}

/* ---- the command ------------------------------------------------------ */

/* Formats one file as mode says, reporting its errors to r; returns its
 * exit status. */
static int fmt_file(const char *path, enum fmt_mode mode, int spelling, rubric_reporter *r)
{
	size_t len;
	char *text = cli_read_file(path, &len);
	if (!text)
		return EXIT_USAGE;
	char *s = NULL;
	size_t n = 0;
	int status = EXIT_OK;
	int errors = rubric_reporter_errors(r);
	int rc = rubric_format(path, text, len, spelling, r, &s, &n);
	if (rc != RUBRIC_OK && rubric_reporter_errors(r) > errors) {
		status = EXIT_INPUT; /* reported (out of memory reading it too) */
	} else if (rc != RUBRIC_OK) {
		fprintf(stderr, "rubric: out of memory formatting %s\n", path);
		status = EXIT_USAGE;
	} else {
		bool changed = n != len || memcmp(s, text, len) != 0;
		switch (mode) {
		case MODE_PRINT:
			fwrite(s, 1, n, stdout);
			break;
		case MODE_CHECK:
			if (changed) {
				fprintf(stderr, "rubric: %s is not formatted\n", path);
				status = EXIT_INPUT;
			}
			break;
		case MODE_DIFF:
			if (changed && write_diff(stdout, path, text, len, s, n) != 0) {
				fprintf(stderr, "rubric: out of memory comparing %s\n", path);
				status = EXIT_USAGE;
			} else if (changed) {
				status = EXIT_INPUT;
			}
			break;
		case MODE_WRITE:
			if (changed && cli_write_bytes(path, s, n) != 0)
				status = EXIT_USAGE;
			break;
		}
	}
	rubric_free(s);
	free(text);
	return status;
}

/* rubric fmt [--check|--write|--diff] [--keywords en|zh] FILE...: the
 * options may come before or after the files, and `--` ends them. */
int cmd_fmt(int argc, char **argv)
{
	enum fmt_mode mode = MODE_PRINT;
	int spelling = RUBRIC_SPELL_AS_WRITTEN;
	int nfiles = 0;
	bool options = true;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		enum cli_arg kind = cli_arg(a, &options);
		if (kind == CLI_OPERAND)
			argv[nfiles++] = argv[i];
		if (kind != CLI_OPTION)
			continue;
		if (!strcmp(a, "--keywords") || !strncmp(a, "--keywords=", 11)) {
			const char *lang = a[10] == '=' ? a + 11 : i + 1 < argc ? argv[++i] : NULL;
			if (!lang) {
				fprintf(stderr, "rubric: --keywords needs a language: en or zh\n");
				return cli_usage();
			}
			if (!strcmp(lang, "en"))
				spelling = RUBRIC_SPELL_ENGLISH;
			else if (!strcmp(lang, "zh"))
				spelling = RUBRIC_SPELL_CHINESE;
			else {
				fprintf(stderr, "rubric: unknown keyword language '%s' (use en or zh)\n", lang);
				return cli_usage();
			}
		} else if (!strcmp(a, "--check") || !strcmp(a, "--diff") || !strcmp(a, "--write")) {
			enum fmt_mode m = !strcmp(a, "--check") ? MODE_CHECK
				: !strcmp(a, "--diff") ? MODE_DIFF : MODE_WRITE;
			if (mode != MODE_PRINT && mode != m) {
				fprintf(stderr, "rubric: use only one of --check, --diff and --write\n");
				return cli_usage();
			}
			mode = m;
		} else {
			fprintf(stderr, "rubric: unknown option '%s'\n", a);
			return cli_usage();
		}
	}
	if (nfiles == 0) {
		fprintf(stderr, "rubric: fmt needs a template file\n");
		return cli_usage();
	}
	bool bad_dir = false;
	char **files = cli_files(argv, nfiles, &nfiles, &bad_dir); /* a directory: its templates */
	if (!files)
		return EXIT_USAGE;
	argv = files;
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
	rubric_reporter *r = cli_reporter(&opts, stderr);
	if (!r) {
		cli_files_free(files, nfiles);
		return EXIT_USAGE;
	}
	int status = bad_dir ? EXIT_USAGE : EXIT_OK;
	for (int i = 0; i < nfiles; i++) {
		int rc = fmt_file(argv[i], mode, spelling, r);
		if (rc > status)
			status = rc;
	}
	int err = errno;
	rubric_reporter_finish(r); /* main checks standard output (cli_end_output) */
	rubric_reporter_free(r);
	cli_files_free(files, nfiles);
	errno = err;
	return status;
}
