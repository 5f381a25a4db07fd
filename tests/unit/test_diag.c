/* test_diag.c - cmocka unit tests for interp/diag.c.
 *
 * Covers the pieces every diagnostic goes through: byte offsets turned into
 * line:column (columns in characters), display widths of the underline,
 * "did you mean" suggestions, and the exact printed shape of a diagnostic,
 * captured through open_memstream; and, through the work counter
 * (stats.h), that a diagnostic on a very long line costs no more than one
 * on a short line.  Each test frees what it sets up.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "diag.h"
#include "stats.h"

/* Asserts that offset off of src is at line:col. */
static void assert_linecol(struct source *src, uint32_t off, int want_line, int want_col)
{
	int line = -1, col = -1;

	assert_int_equal(src_linecol(src, off, &line, &col), 0);
	if (line != want_line || col != want_col) {
		fprintf(stderr, "offset %u: got %d:%d, want %d:%d\n",
			(unsigned)off, line, col, want_line, want_col);
		fail();
	}
}

/* Byte offset of the first occurrence of needle in text (which must hold it). */
static uint32_t offset_of(const char *text, const char *needle)
{
	const char *at = strstr(text, needle);

	assert_non_null(at);
	return (uint32_t)(at - text);
}

/* ---- src_linecol ---------------------------------------------------------- */

static void test_linecol_ascii(void **state)
{
	const char *text = "ab\ncd";
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	assert_linecol(&src, 0, 1, 1);
	assert_linecol(&src, 1, 1, 2);
	assert_linecol(&src, 2, 1, 3); /* the newline itself ends line 1 */
	assert_linecol(&src, 3, 2, 1);
	assert_linecol(&src, 4, 2, 2);
	/* the table is built once and reused: asking again gives the same */
	assert_linecol(&src, 0, 1, 1);
	src_free(&src);
}

/* Each CJK character is 3 bytes but one column. */
static void test_linecol_cjk(void **state)
{
	/* 指 0-2, 标 3-5, ' ' 6, 甲 7-9, \n 10, 得 11-13, 分 14-16, ' ' 17, 乙 18-20 */
	const char *text = "指标 甲\n得分 乙";
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	assert_int_equal(strlen(text), 21);
	assert_linecol(&src, 0, 1, 1);
	assert_linecol(&src, 3, 1, 2);
	assert_linecol(&src, 6, 1, 3);
	assert_linecol(&src, 7, 1, 4);
	assert_linecol(&src, 10, 1, 5);
	assert_linecol(&src, 11, 2, 1);
	assert_linecol(&src, 14, 2, 2);
	assert_linecol(&src, 17, 2, 3);
	assert_linecol(&src, 18, 2, 4);
	src_free(&src);
}

/* '\r' of a CRLF line is an ordinary character before the '\n'. */
static void test_linecol_crlf(void **state)
{
	/* a 0, \r 1, \n 2, b 3, c 4, \r 5, \n 6, 乙 7-9 */
	const char *text = "a\r\nbc\r\n乙";
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	assert_linecol(&src, 0, 1, 1);
	assert_linecol(&src, 1, 1, 2);
	assert_linecol(&src, 3, 2, 1);
	assert_linecol(&src, 4, 2, 2);
	assert_linecol(&src, 5, 2, 3);
	assert_linecol(&src, 7, 3, 1);
	assert_linecol(&src, 10, 3, 2); /* end of the last line */
	src_free(&src);
}

/* The end of the text, and anything past it, is the end of the last line. */
static void test_linecol_end_and_past_end(void **state)
{
	const char *text = "指标 甲\n得分 乙"; /* 21 bytes, no trailing newline */
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	assert_linecol(&src, 21, 2, 5);
	assert_linecol(&src, 22, 2, 5);
	assert_linecol(&src, 1000, 2, 5);
	assert_linecol(&src, UINT32_MAX, 2, 5);
	src_free(&src);
}

/* After a trailing newline the end of the text is an empty line 2. */
static void test_linecol_trailing_newline(void **state)
{
	const char *text = "甲\n";
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	assert_linecol(&src, 0, 1, 1);
	assert_linecol(&src, 3, 1, 2);
	assert_linecol(&src, 4, 2, 1);
	assert_linecol(&src, 9, 2, 1);
	src_free(&src);
}

static void test_linecol_empty(void **state)
{
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", "", 0);
	assert_linecol(&src, 0, 1, 1);
	assert_linecol(&src, 7, 1, 1);
	src_free(&src);
}

/* The text need not be NUL-terminated: only text[0..len) counts. */
static void test_linecol_not_nul_terminated(void **state)
{
	const char text[] = { 'a', '\n', 'b', 'c', '\n', 'x' };
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, 4); /* "a\nbc", the rest unseen */
	assert_linecol(&src, 3, 2, 2);
	assert_linecol(&src, 4, 2, 3);
	assert_linecol(&src, 6, 2, 3);
	src_free(&src);
}

/* src_free leaves the source usable: the table is rebuilt on demand. */
static void test_linecol_after_free(void **state)
{
	const char *text = "a\nb";
	struct source src;

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	assert_linecol(&src, 2, 2, 1);
	src_free(&src);
	assert_null(src.lines);
	assert_linecol(&src, 2, 2, 1);
	src_free(&src);
}

/* What src_linecol counts, the slow way: characters from the line start. */
static void naive_linecol(const char *text, size_t len, size_t off, int *line, int *col)
{
	size_t ls = 0;
	*line = 1;
	for (size_t i = 0; i < off && i < len; i++)
		if (text[i] == '\n') {
			ls = i + 1;
			++*line;
		}
	if (off > len)
		off = len;
	*col = 1;
	for (size_t i = ls; i < off; ++*col) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
						      (utf8proc_ssize_t)(off - i), &cp);
		i += n > 0 ? (size_t)n : 1;
	}
}

/* Lines longer than SRC_MARK_STRIDE are counted from their marks: the
 * columns are those counted from the line start, at every offset (inside
 * a character and at invalid bytes too), asked in any order. */
static void test_linecol_long_lines(void **state)
{
	/* three long lines of CJK, ASCII, a combining mark and invalid bytes,
	 * with short lines between */
	size_t len = 0, cap = 200000;
	char *text = malloc(cap);
	const char *const pieces[] = { "指标", "ab", "e\xCC\x81", "\xFF", "\xE4\xB8", "\n", "c" };
	unsigned r = 12345;
	assert_non_null(text);
	while (len + 8 < cap) {
		r = r * 1103515245u + 12345u;
		unsigned k = (r >> 8) % 20000; /* a line break in 20000 pieces */
		const char *p = pieces[k == 0 ? 5 : k % 200 < 60 ? 0 : k % 200 < 120 ? 1 :
				       k % 200 < 140 ? 2 : k % 200 < 145 ? 3 : k % 200 < 150 ? 4 : 6];
		memcpy(text + len, p, strlen(p));
		len += strlen(p);
	}
	struct source src;
	(void)state;
	src_init(&src, "t.json", text, len);
	for (int k = 0; k < 3000; k++) {
		r = r * 1103515245u + 12345u;
		size_t off = (r >> 4) % (len + 2);
		int line, col, want_line, want_col;
		naive_linecol(text, len, off, &want_line, &want_col);
		assert_int_equal(src_linecol(&src, (uint32_t)off, &line, &col), 0);
		if (line != want_line || col != want_col) {
			fprintf(stderr, "offset %zu: got %d:%d, want %d:%d\n", off, line, col,
				want_line, want_col);
			fail();
		}
	}
	assert_true(src.nmarks > 0);
	src_free(&src);
	free(text);
}

/* ---- diag_width ------------------------------------------------------------ */

static size_t width(const char *s)
{
	return diag_width(s, strlen(s));
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(width(""), 0);
	assert_int_equal(width("a"), 1);
	assert_int_equal(width("abc"), 3);
	assert_int_equal(width("指"), 2);
	assert_int_equal(width("资金到位率"), 10);
	assert_int_equal(width("A指b"), 4);
	assert_int_equal(width("e\xCC\x81"), 1);    /* e + U+0301 combining acute */
	assert_int_equal(width("\xCC\x81"), 0);     /* the combining mark alone */
	assert_int_equal(width("\t"), 4);
	assert_int_equal(width("a\tb"), 6);
	assert_int_equal(width("\xC3("), 2);        /* invalid byte 1, '(' 1 */
	assert_int_equal(width("\xFF"), 1);
	assert_int_equal(width("\x80\x80"), 2);     /* two stray continuation bytes */
	assert_int_equal(width("，"), 2);           /* U+FF0C full-width comma */
	assert_int_equal(width("：；（）"), 8);
	assert_int_equal(width("％"), 2);
	/* only s[0..len) is measured */
	assert_int_equal(diag_width("指标", 3), 2);
}

/* ---- diag_closest ---------------------------------------------------------- */

static void test_closest_cjk(void **state)
{
	const char *const cands[] = { "实际在编人数", "核定在编人数", "预算资金" };
	const char *got;

	(void)state;
	/* one character missing: distance 1, within 5 / 3 = 1 */
	got = diag_closest("核定在编数", cands, 3);
	assert_non_null(got);
	assert_string_equal(got, "核定在编人数");
	/* the pointer is one of the candidates, not a copy */
	assert_ptr_equal(got, cands[1]);
}

static void test_closest_none(void **state)
{
	const char *const cands[] = { "核定在编人数", "预算执行率" };

	(void)state;
	assert_null(diag_closest("资金到位率", cands, 2));
	assert_null(diag_closest("资金到位率", cands, 0));
	assert_null(diag_closest("x", NULL, 0));
}

static void test_closest_skips_exact(void **state)
{
	const char *const only[] = { "得分" };
	const char *const two[] = { "得分", "得分率" };

	(void)state;
	assert_null(diag_closest("得分", only, 1));
	assert_string_equal(diag_closest("得分", two, 2), "得分率");
}

static void test_closest_limits(void **state)
{
	const char *const ascii[] = { "weight", "target" };
	const char *const three[] = { "abcdefghiXYZ" };
	const char *const four[] = { "abcdefghWXYZ" };
	const char *const with_null[] = { NULL, "score" };

	(void)state;
	/* a transposition is two edits; 6 / 3 = 2 allows it */
	assert_string_equal(diag_closest("weigth", ascii, 2), "weight");
	/* a short name still allows one edit (minimum 1) */
	assert_string_equal(diag_closest("ab", (const char *const[]){ "abc" }, 1), "abc");
	/* at most three edits, however long the name */
	assert_string_equal(diag_closest("abcdefghijkl", three, 1), "abcdefghiXYZ");
	assert_null(diag_closest("abcdefghijkl", four, 1));
	/* NULL candidates are skipped */
	assert_string_equal(diag_closest("scor", with_null, 2), "score");
}

/* A string of n copies of the character c (UTF-8), then tail. */
static char *repeat(const char *c, int n, const char *tail)
{
	size_t len = strlen(c);
	char *s = malloc(len * (size_t)n + strlen(tail) + 1);
	assert_non_null(s);
	for (int i = 0; i < n; i++)
		memcpy(s + len * (size_t)i, c, len);
	strcpy(s + len * (size_t)n, tail);
	return s;
}

/* Names are compared whole, not by their first 64 characters: a name that
 * shares its first 100 characters with a candidate but not its end is not
 * close to it, and one that differs in one character near its end is.  A
 * name far longer than every candidate costs no comparison. */
static void test_closest_long_names(void **state)
{
	char *name = repeat("指", 100, "资金到位率甲");
	char *near = repeat("指", 100, "资金到位率乙");
	char *far = repeat("指", 100, "预算执行情况");
	char *huge = repeat("指", 1000000, "");
	(void)state;
	assert_ptr_equal(diag_closest(name, (const char *const[]){ far, near }, 2), near);
	assert_null(diag_closest(name, (const char *const[]){ far }, 1));
	uint64_t work = stats.work;
	assert_null(diag_closest(huge, (const char *const[]){ near, far }, 2));
	assert_true(stats.work - work < 2000);
	free(name);
	free(near);
	free(far);
	free(huge);
}

/* ---- diag_report ----------------------------------------------------------- */

/* A diag printing into memory; out_text returns what it printed so far. */
struct capture {
	struct diag d; /* the sink under test */
	FILE *f;       /* its open_memstream */
	char *buf;     /* the stream's text, valid after fflush */
	size_t len;    /* bytes in buf */
};

static void capture_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
	diag_init(&c->d, c->f);
}

static const char *out_text(struct capture *c)
{
	assert_int_equal(fflush(c->f), 0);
	return c->buf;
}

static void capture_close(struct capture *c)
{
	fclose(c->f);
	free(c->buf);
}

static const char report_text[] =
	"rubric \"绩效\" {\n"
	"  指标 资金到位率 权重 10\n"
	"}\n";

/* An error under CJK text: column in characters, carets two per character. */
static void test_report_error_cjk(void **state)
{
	struct source src;
	struct capture c;
	uint32_t at = offset_of(report_text, "资金到位率");

	(void)state;
	src_init(&src, "t.rubric", report_text, strlen(report_text));
	capture_open(&c);
	diag_report(&c.d, &src, (struct span){ at, at + (uint32_t)strlen("资金到位率") },
		    D_UNKNOWN_NAME, "unknown name '%s'", "资金到位率");
	diag_help(&c.d, "did you mean '%s'?", "资金到位数");
	assert_string_equal(out_text(&c),
		"t.rubric:2:6: error[E101]: unknown name '资金到位率'\n"
		"      指标 资金到位率 权重 10\n"
		"           ^^^^^^^^^^\n"
		"help: did you mean '资金到位数'?\n");
	assert_int_equal(c.d.errors, 1);
	assert_int_equal(c.d.warnings, 0);
	capture_close(&c);
	src_free(&src);
}

/* An error and a warning, their help lines, and the closing summary. */
static void test_report_summary(void **state)
{
	struct source src;
	struct capture c;
	uint32_t name = offset_of(report_text, "资金到位率");
	uint32_t ten = offset_of(report_text, "10");

	(void)state;
	src_init(&src, "t.rubric", report_text, strlen(report_text));
	capture_open(&c);
	diag_report(&c.d, &src, (struct span){ name, name + 15 },
		    D_UNKNOWN_NAME, "unknown name '%s'", "资金到位率");
	diag_report(&c.d, &src, (struct span){ ten, ten + 2 },
		    D_BAND_GAP, "weights add up to %d, not %d", 10, 100);
	diag_help(&c.d, "check the weights");
	diag_finish(&c.d);
	assert_string_equal(out_text(&c),
		"t.rubric:2:6: error[E101]: unknown name '资金到位率'\n"
		"      指标 资金到位率 权重 10\n"
		"           ^^^^^^^^^^\n"
		"t.rubric:2:15: warning[W201]: weights add up to 10, not 100\n"
		"      指标 资金到位率 权重 10\n"
		"                           ^^\n"
		"help: check the weights\n"
		"1 error, 1 warning\n");
	assert_int_equal(c.d.errors, 1);
	assert_int_equal(c.d.warnings, 1);
	capture_close(&c);
	src_free(&src);
}

/* hide_warnings: the warning and its help vanish, the error stays; the
 * warning is still counted but not summarised. */
static void test_report_hide_warnings(void **state)
{
	struct source src;
	struct capture c;
	uint32_t name = offset_of(report_text, "资金到位率");
	uint32_t ten = offset_of(report_text, "10");

	(void)state;
	src_init(&src, "t.rubric", report_text, strlen(report_text));
	capture_open(&c);
	c.d.hide_warnings = true;
	diag_report(&c.d, &src, (struct span){ ten, ten + 2 },
		    D_BAND_GAP, "weights add up to %d, not %d", 10, 100);
	diag_help(&c.d, "check the weights");
	diag_help(&c.d, "or use 'total %d'", 10);
	diag_report(&c.d, &src, (struct span){ name, name + 15 },
		    D_UNKNOWN_NAME, "unknown name '%s'", "资金到位率");
	diag_help(&c.d, "did you mean '%s'?", "资金到位数");
	diag_finish(&c.d);
	assert_string_equal(out_text(&c),
		"t.rubric:2:6: error[E101]: unknown name '资金到位率'\n"
		"      指标 资金到位率 权重 10\n"
		"           ^^^^^^^^^^\n"
		"help: did you mean '资金到位数'?\n"
		"1 error\n");
	assert_int_equal(c.d.errors, 1);
	assert_int_equal(c.d.warnings, 1);
	capture_close(&c);
	src_free(&src);
}

/* Only hidden warnings: nothing at all is printed, not even a summary. */
static void test_report_hide_only_warnings(void **state)
{
	struct source src;
	struct capture c;

	(void)state;
	src_init(&src, "t.rubric", report_text, strlen(report_text));
	capture_open(&c);
	c.d.hide_warnings = true;
	diag_report(&c.d, &src, (struct span){ 0, 6 }, D_UNREACHABLE, "a warning");
	diag_help(&c.d, "a hint");
	diag_finish(&c.d);
	assert_string_equal(out_text(&c), "");
	assert_int_equal(c.d.warnings, 1);
	capture_close(&c);
	src_free(&src);
}

static void test_summary_plural_and_empty(void **state)
{
	struct capture c;

	(void)state;
	capture_open(&c);
	diag_finish(&c.d); /* nothing reported: nothing printed */
	assert_string_equal(out_text(&c), "");
	diag_report(&c.d, NULL, (struct span){ 0, 0 }, D_MEMORY, "cannot read '%s'", "a");
	diag_report(&c.d, NULL, (struct span){ 0, 0 }, D_INTERNAL, "second");
	diag_report(&c.d, NULL, (struct span){ 0, 0 }, D_UNREACHABLE, "w1");
	diag_report(&c.d, NULL, (struct span){ 0, 0 }, D_UNREACHABLE, "w2");
	diag_finish(&c.d);
	/* no source: no place, no excerpt */
	assert_string_equal(out_text(&c),
		"error[E004]: cannot read 'a'\n"
		"error[E399]: second\n"
		"warning[W203]: w1\n"
		"warning[W203]: w2\n"
		"2 errors, 2 warnings\n");
	capture_close(&c);
}

/* An empty span still gets one caret; a span running past its line is cut
 * at the end of the line; '\r' is not shown; tabs widen to four cells in
 * both the line and the underline. */
static void test_report_underline_edges(void **state)
{
	const char *text = "\t甲 + 乙\r\n丙\n";
	struct source src;
	struct capture c;
	uint32_t plus = offset_of(text, "+");
	uint32_t yi = offset_of(text, "乙");
	uint32_t bing = offset_of(text, "丙");

	(void)state;
	src_init(&src, "t.rubric", text, strlen(text));
	capture_open(&c);
	diag_report(&c.d, &src, (struct span){ plus, plus }, D_SYNTAX, "empty");
	diag_report(&c.d, &src, (struct span){ yi, bing + 3 }, D_SYNTAX, "long");
	assert_string_equal(out_text(&c),
		"t.rubric:1:4: error[E001]: empty\n"
		"        甲 + 乙\n"
		"           ^\n"
		"t.rubric:1:6: error[E001]: long\n"
		"        甲 + 乙\n"
		"             ^^\n");
	capture_close(&c);
	src_free(&src);
}

/* The summary line after n errors and m warnings reported (without a
 * place); hidden: warnings hidden as `rubric eval` hides them. */
static char *summary_after(int n, int m, bool hidden)
{
	struct capture c;
	capture_open(&c);
	c.d.hide_warnings = hidden;
	for (int i = 0; i < m; i++)
		diag_report(&c.d, NULL, SPAN_START, D_UNREACHABLE, "w%d", i);
	for (int i = 0; i < n; i++)
		diag_report(&c.d, NULL, SPAN_START, D_INTERNAL, "e%d", i);
	diag_finish(&c.d);
	const char *all = out_text(&c);
	size_t len = strlen(all);
	const char *last = all;
	for (size_t i = 0; i + 1 < len; i++)
		if (all[i] == '\n')
			last = all + i + 1;
	char *line = strdup(last);
	capture_close(&c);
	return line;
}

static void assert_summary(int n, int m, bool hidden, const char *want)
{
	char *got = summary_after(n, m, hidden);
	assert_string_equal(got, want);
	free(got);
}

/* Every combination of errors and warnings, under and over the limit: each
 * count says when only its first DIAG_MAX_SHOWN were shown. */
static void test_summary_limits(void **state)
{
	(void)state;
	assert_summary(1, 0, false, "1 error\n");
	assert_summary(0, 1, false, "1 warning\n");
	assert_summary(2, 3, false, "2 errors, 3 warnings\n");
	assert_summary(100, 100, false, "100 errors, 100 warnings\n");
	assert_summary(101, 0, false, "101 errors (the first 100 shown)\n");
	assert_summary(0, 101, false, "101 warnings (the first 100 shown)\n");
	assert_summary(101, 3, false, "101 errors (the first 100 shown), 3 warnings\n");
	assert_summary(3, 150, false, "3 errors, 150 warnings (the first 100 shown)\n");
	assert_summary(150, 120, false,
		       "150 errors (the first 100 shown), 120 warnings (the first 100 shown)\n");
	assert_summary(1, 150, true, "1 error\n");
}

/* Warnings past the limit do not hide errors, shown or hidden. */
static void test_warnings_never_hide_errors(void **state)
{
	struct capture c;
	(void)state;
	for (int hidden = 0; hidden < 2; hidden++) {
		capture_open(&c);
		c.d.hide_warnings = hidden;
		for (int i = 0; i < 150; i++)
			diag_report(&c.d, NULL, SPAN_START, D_UNREACHABLE, "a warning");
		diag_report(&c.d, NULL, SPAN_START, D_INTERNAL, "the error");
		diag_help(&c.d, "its help");
		assert_non_null(strstr(out_text(&c), "error[E399]: the error\nhelp: its help\n"));
		capture_close(&c);
	}
}

/* Past the limit, diag_suggest compares nothing and adds nothing. */
static void test_suggest_muted(void **state)
{
	struct capture c;
	const char *const cands[] = { "资金到位率" };
	(void)state;
	capture_open(&c);
	for (int i = 0; i < DIAG_MAX_SHOWN; i++)
		diag_report(&c.d, NULL, SPAN_START, D_INTERNAL, "e");
	size_t before = strlen(out_text(&c));
	diag_report(&c.d, NULL, SPAN_START, D_INTERNAL, "hidden");
	uint64_t work = stats.work;
	assert_true(diag_suggest(&c.d, "资金到位", cands, 1));
	assert_int_equal(stats.work, work);
	assert_int_equal(strlen(out_text(&c)), before);
	capture_close(&c);
}

/* Control characters in a message or a help line (a template's string, a
 * quoted name) are escaped in text; invalid bytes become U+FFFD; quotes,
 * backslashes and CJK text are left alone.  JSON keeps the message as it
 * is, escaped by JSON itself. */
static void test_report_escapes_controls(void **state)
{
	struct capture c;
	(void)state;
	capture_open(&c);
	diag_report(&c.d, NULL, SPAN_START, D_UNKNOWN_NAME, "unknown name '%s'",
		    "a\x1b[31m\a\r\n\t\x7f\xC2\x85\xE2\x80\xAE\xE2\x80\xA8\xFF\"\\指标");
	diag_help(&c.d, "did you mean '%s'?", "b\x1b]0;x\a");
	assert_string_equal(out_text(&c),
		"error[E101]: unknown name 'a\\u001b[31m\\u0007\\r\\n\\t\\u007f\\u0085\\u202e\\u2028\xEF\xBF\xBD\"\\指标'\n"
		"help: did you mean 'b\\u001b]0;x\\u0007'?\n");
	capture_close(&c);

	capture_open(&c);
	c.d.format = DIAG_JSON;
	diag_report(&c.d, NULL, SPAN_START, D_UNKNOWN_NAME, "unknown name '%s'", "a\x1b");
	assert_string_equal(diag_message(&c.d, 0), "unknown name 'a\x1b'");
	diag_free(&c.d);
	capture_close(&c);
}

/* A diagnostic in the middle of a line of 4 MB shows a window of the line
 * around the span, cut with "…" on both sides, and costs no more work than
 * one on a line of 40 KB. */
static uint64_t work_on_long_line(size_t len, char **shown)
{
	char *text = malloc(len);
	assert_non_null(text);
	for (size_t i = 0; i < len; i++)
		text[i] = "abcdefgh"[i % 8];
	memcpy(text + len / 2, "指标", 6);
	struct source src;
	struct capture c;
	src_init(&src, "d.json", text, len);
	src_linecol(&src, 0, &(int){ 0 }, &(int){ 0 }); /* the tables: linear, once */
	capture_open(&c);
	uint64_t work = stats.work;
	for (int i = 0; i < 50; i++)
		diag_report(&c.d, &src, (struct span){ (uint32_t)(len / 2), (uint32_t)(len / 2 + 6) },
			    D_UNKNOWN_INPUT, "here");
	work = stats.work - work;
	*shown = strdup(out_text(&c));
	capture_close(&c);
	src_free(&src);
	free(text);
	return work;
}

static void test_report_long_line(void **state)
{
	char *small, *big;
	(void)state;
	uint64_t w1 = work_on_long_line(40000, &small);
	uint64_t w2 = work_on_long_line(4000000, &big);
	assert_true(w2 <= w1 + w1 / 5);
	/* the window: 40 cells before the span, 120 in all */
	const char *excerpt = strchr(big, '\n') + 1;
	assert_memory_equal(excerpt, "    \xE2\x80\xA6", 7);
	assert_non_null(strstr(excerpt, "指标"));
	assert_true(strchr(excerpt, '\n') - excerpt < 140);
	assert_memory_equal(strstr(excerpt, "…\n") , "…\n", 4);
	assert_non_null(strstr(big, "d.json:1:2000001: error[E304]: here\n"));
	free(small);
	free(big);
}

/* ---- --werror, JSON and SARIF ----------------------------------------------- */

/* --werror: a warning is printed and counted as an error, code unchanged. */
static void test_werror(void **state)
{
	struct source src;
	struct capture c;
	uint32_t ten = offset_of(report_text, "10");

	(void)state;
	src_init(&src, "t.rubric", report_text, strlen(report_text));
	capture_open(&c);
	c.d.werror = true;
	diag_report(&c.d, &src, (struct span){ ten, ten + 2 }, D_BAND_GAP, "a gap");
	diag_finish(&c.d);
	assert_string_equal(out_text(&c),
		"t.rubric:2:15: error[W201]: a gap\n"
		"      指标 资金到位率 权重 10\n"
		"                           ^^\n"
		"1 error\n");
	assert_int_equal(c.d.errors, 1);
	assert_int_equal(c.d.warnings, 0);
	capture_close(&c);
	src_free(&src);
}

/* Reports the same three diagnostics in the given format and parses what
 * diag_finish wrote. */
static json_t *report_three(enum diag_format format)
{
	struct source src;
	struct capture c;
	uint32_t name = offset_of(report_text, "资金到位率");
	uint32_t ten = offset_of(report_text, "10");
	json_error_t err;

	src_init(&src, "模板 1.rubric", report_text, strlen(report_text));
	capture_open(&c);
	c.d.format = format;
	diag_report(&c.d, &src, (struct span){ name, name + 15 }, D_UNKNOWN_NAME,
		    "unknown name '%s'", "资金到位率");
	diag_help(&c.d, "did you mean '%s'?", "资金到位数");
	diag_help(&c.d, "or declare it");
	diag_report(&c.d, &src, (struct span){ ten, ten + 2 }, D_UNREACHABLE, "full marks are unreachable");
	diag_report(&c.d, NULL, (struct span){ 0, 0 }, D_MEMORY, "out of memory");
	diag_finish(&c.d);
	json_t *doc = json_loads(out_text(&c), 0, &err);
	if (!doc)
		fprintf(stderr, "not JSON: %s\n%s\n", err.text, c.buf);
	assert_non_null(doc);
	capture_close(&c);
	src_free(&src);
	return doc;
}

static const char *str_at(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	assert_true(json_is_string(v));
	return json_string_value(v);
}

static json_int_t int_at(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	assert_true(json_is_integer(v));
	return json_integer_value(v);
}

/* --diagnostics=json: one document, every field of every diagnostic. */
static void test_json_document(void **state)
{
	(void)state;
	json_t *doc = report_three(DIAG_JSON);
	json_t *list = json_object_get(doc, "diagnostics");
	assert_int_equal(json_array_size(list), 3);
	assert_int_equal(int_at(doc, "errors"), 2);
	assert_int_equal(int_at(doc, "warnings"), 1);

	json_t *d = json_array_get(list, 0);
	assert_string_equal(str_at(d, "code"), "E101");
	assert_string_equal(str_at(d, "name"), "unknown-name");
	assert_string_equal(str_at(d, "severity"), "error");
	assert_string_equal(str_at(d, "message"), "unknown name '资金到位率'");
	assert_string_equal(str_at(d, "file"), "模板 1.rubric");
	assert_int_equal(int_at(d, "line"), 2);
	assert_int_equal(int_at(d, "column"), 6);
	json_t *end = json_object_get(d, "end");
	assert_int_equal(int_at(end, "line"), 2);
	assert_int_equal(int_at(end, "column"), 11); /* one past the name's 5 characters */
	json_t *help = json_object_get(d, "help");
	assert_int_equal(json_array_size(help), 2);
	assert_string_equal(json_string_value(json_array_get(help, 0)), "did you mean '资金到位数'?");

	d = json_array_get(list, 1);
	assert_string_equal(str_at(d, "code"), "W203");
	assert_string_equal(str_at(d, "severity"), "warning");
	assert_int_equal(json_array_size(json_object_get(d, "help")), 0);

	d = json_array_get(list, 2); /* no place: file, line, column and end are null */
	assert_string_equal(str_at(d, "code"), "E004");
	assert_true(json_is_null(json_object_get(d, "file")));
	assert_true(json_is_null(json_object_get(d, "line")));
	assert_true(json_is_null(json_object_get(d, "end")));
	json_decref(doc);
}

/* --diagnostics=sarif: the structure the SARIF 2.1.0 schema requires
 * (sarifLog: version and runs; run: tool.driver with a name; result:
 * message.text, a level from the schema's enum, a ruleId whose ruleIndex
 * points at that rule; physicalLocation: artifactLocation.uri and a region
 * of positive lines and columns), and what code scanning needs besides. */
static void test_sarif_structure(void **state)
{
	(void)state;
	json_t *doc = report_three(DIAG_SARIF);
	assert_string_equal(str_at(doc, "version"), "2.1.0");
	assert_string_equal(str_at(doc, "$schema"), "https://json.schemastore.org/sarif-2.1.0.json");
	json_t *runs = json_object_get(doc, "runs");
	assert_true(json_is_array(runs));
	assert_int_equal(json_array_size(runs), 1);
	json_t *run = json_array_get(runs, 0);
	assert_string_equal(str_at(run, "columnKind"), "unicodeCodePoints");
	json_t *driver = json_object_get(json_object_get(run, "tool"), "driver");
	assert_true(json_is_object(driver));
	assert_string_equal(str_at(driver, "name"), "rubric");
	json_t *rules = json_object_get(driver, "rules");
	assert_int_equal(json_array_size(rules), DIAG_NCODES);
	for (size_t i = 0; i < json_array_size(rules); i++) {
		json_t *rule = json_array_get(rules, i);
		assert_string_equal(str_at(rule, "id"), diag_code_info((enum diag_code)i)->code);
		assert_non_null(str_at(json_object_get(rule, "shortDescription"), "text"));
		const char *level = str_at(json_object_get(rule, "defaultConfiguration"), "level");
		assert_true(!strcmp(level, "error") || !strcmp(level, "warning"));
	}
	json_t *results = json_object_get(run, "results");
	assert_int_equal(json_array_size(results), 3);
	for (size_t i = 0; i < json_array_size(results); i++) {
		json_t *res = json_array_get(results, i);
		const char *level = str_at(res, "level");
		assert_true(!strcmp(level, "error") || !strcmp(level, "warning") ||
			    !strcmp(level, "note") || !strcmp(level, "none"));
		json_int_t index = int_at(res, "ruleIndex");
		assert_in_range(index, 0, DIAG_NCODES - 1);
		assert_string_equal(str_at(json_array_get(rules, (size_t)index), "id"), str_at(res, "ruleId"));
		assert_non_null(str_at(json_object_get(res, "message"), "text"));
		json_t *locs = json_object_get(res, "locations");
		if (i == 2) { /* no place, no locations */
			assert_null(locs);
			continue;
		}
		assert_int_equal(json_array_size(locs), 1);
		json_t *phys = json_object_get(json_array_get(locs, 0), "physicalLocation");
		/* a URI reference: the space and the Chinese characters escaped */
		assert_string_equal(str_at(json_object_get(phys, "artifactLocation"), "uri"),
				    "%E6%A8%A1%E6%9D%BF%201.rubric");
		json_t *region = json_object_get(phys, "region");
		assert_true(int_at(region, "startLine") >= 1);
		assert_true(int_at(region, "startColumn") >= 1);
		assert_true(int_at(region, "endLine") >= int_at(region, "startLine"));
		assert_true(int_at(region, "endColumn") >= 1);
	}
	json_t *first = json_array_get(results, 0);
	assert_string_equal(str_at(json_object_get(first, "message"), "text"),
			    "unknown name '资金到位率'\nhelp: did you mean '资金到位数'?\nhelp: or declare it");
	assert_string_equal(str_at(json_array_get(results, 1), "level"), "warning");
	json_decref(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_linecol_ascii),
		cmocka_unit_test(test_linecol_cjk),
		cmocka_unit_test(test_linecol_crlf),
		cmocka_unit_test(test_linecol_end_and_past_end),
		cmocka_unit_test(test_linecol_trailing_newline),
		cmocka_unit_test(test_linecol_empty),
		cmocka_unit_test(test_linecol_not_nul_terminated),
		cmocka_unit_test(test_linecol_after_free),
		cmocka_unit_test(test_linecol_long_lines),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_closest_cjk),
		cmocka_unit_test(test_closest_none),
		cmocka_unit_test(test_closest_skips_exact),
		cmocka_unit_test(test_closest_limits),
		cmocka_unit_test(test_closest_long_names),
		cmocka_unit_test(test_report_error_cjk),
		cmocka_unit_test(test_report_summary),
		cmocka_unit_test(test_report_hide_warnings),
		cmocka_unit_test(test_report_hide_only_warnings),
		cmocka_unit_test(test_summary_plural_and_empty),
		cmocka_unit_test(test_report_underline_edges),
		cmocka_unit_test(test_summary_limits),
		cmocka_unit_test(test_warnings_never_hide_errors),
		cmocka_unit_test(test_suggest_muted),
		cmocka_unit_test(test_report_escapes_controls),
		cmocka_unit_test(test_report_long_line),
		cmocka_unit_test(test_werror),
		cmocka_unit_test(test_json_document),
		cmocka_unit_test(test_sarif_structure),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
