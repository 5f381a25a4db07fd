/* test_lexer.c - cmocka unit tests for the scanner (grammar/lexer.l).
 *
 * Drives the real entry points the way parse_source does: a struct parser
 * over a program and a diag, a reentrant flex scanner made with
 * scan_lex_init_extra over the text, and rb_lex called until the end of
 * input.  Each token's kind, value and byte span are kept for the checks;
 * diagnostics go to a memstream so that error messages can be asserted.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "lexer.h"

#define MAX_TOKENS 64

/* One text scanned to the end: its tokens and what the diag printed. */
struct lexed {
	struct source src;
	struct diag diag;
	struct program prog;        /* owns identifier and literal values */
	FILE *out;                  /* the diag's memstream */
	char *out_buf;              /* its text, valid after fflush */
	size_t out_len;             /* bytes in out_buf */
	int n;                      /* tokens in tok/val/loc, TOK_END included */
	int tok[MAX_TOKENS];        /* kinds: TOK_* or a character */
	RB_STYPE val[MAX_TOKENS];   /* semantic values, for NUM STRING DATE IDENT */
	struct span loc[MAX_TOKENS]; /* byte spans */
};

/* Scans text[0..len) as a template (or a library when lib is set) into lx,
 * which the caller releases with lex_free. */
static void lex_bytes(struct lexed *lx, const char *text, size_t len, bool lib)
{
	struct parser p;
	yyscan_t scanner;

	memset(lx, 0, sizeof *lx);
	src_init(&lx->src, "t.rubric", text, len);
	lx->out = open_memstream(&lx->out_buf, &lx->out_len);
	assert_non_null(lx->out);
	diag_init(&lx->diag, lx->out);
	ast_program_init(&lx->prog, &lx->src);

	parse_init(&p, &lx->prog, &lx->diag, &lx->src, lib);
	assert_int_equal(scan_lex_init_extra(&p, &scanner), 0);
	p.scanner = scanner;
	YY_BUFFER_STATE buf = scan__scan_bytes(text, (int)len, scanner);

	for (;;) {
		assert_true(lx->n < MAX_TOKENS);
		int tok = rb_lex(&lx->val[lx->n], &lx->loc[lx->n], &p);
		lx->tok[lx->n++] = tok;
		if (tok == TOK_END)
			break;
	}

	scan__delete_buffer(buf, scanner);
	scan_lex_destroy(scanner);
	assert_int_equal(fflush(lx->out), 0);
}

static void lex(struct lexed *lx, const char *text)
{
	lex_bytes(lx, text, strlen(text), false);
}

static void lex_free(struct lexed *lx)
{
	fclose(lx->out);
	free(lx->out_buf);
	ast_program_free(&lx->prog);
	src_free(&lx->src);
}

/* What the diag printed ("" when nothing). */
static const char *diags(struct lexed *lx)
{
	return lx->out_buf ? lx->out_buf : "";
}

/* Asserts the token kinds, start token and TOK_END included.  The list
 * ends with -1. */
static void assert_tokens(const struct lexed *lx, ...)
{
	va_list ap;
	int i = 0;
	bool ok = true;

	va_start(ap, lx);
	for (int want; (want = va_arg(ap, int)) != -1; i++) {
		if (i >= lx->n || lx->tok[i] != want) {
			fprintf(stderr, "token %d: got %d, want %d\n", i,
				i < lx->n ? lx->tok[i] : -1, want);
			ok = false;
		}
	}
	va_end(ap);
	if (i != lx->n) {
		fprintf(stderr, "got %d tokens, want %d\n", lx->n, i);
		ok = false;
	}
	if (!ok) {
		for (int k = 0; k < lx->n; k++)
			fprintf(stderr, "  [%d] tok %d span %u..%u\n", k, lx->tok[k],
				(unsigned)lx->loc[k].start, (unsigned)lx->loc[k].end);
		fail();
	}
}

static void assert_span(const struct lexed *lx, int i, uint32_t start, uint32_t end)
{
	assert_true(i < lx->n);
	if (lx->loc[i].start != start || lx->loc[i].end != end) {
		fprintf(stderr, "token %d: span %u..%u, want %u..%u\n", i,
			(unsigned)lx->loc[i].start, (unsigned)lx->loc[i].end,
			(unsigned)start, (unsigned)end);
		fail();
	}
}

/* The kind of the single token text scans to (besides start and end). */
static int only_token(const char *text)
{
	struct lexed lx;
	int tok;

	lex(&lx, text);
	assert_int_equal(lx.n, 3);
	assert_int_equal(lx.tok[0], TOK_START_TEMPLATE);
	assert_int_equal(lx.tok[2], TOK_END);
	assert_int_equal(lx.diag.errors, 0);
	tok = lx.tok[1];
	lex_free(&lx);
	return tok;
}

/* Asserts that the rational q equals num/den. */
static void assert_ratio(const mpq_t q, long num, unsigned long den)
{
	mpq_t want;

	mpq_init(want);
	mpq_set_si(want, num, den);
	mpq_canonicalize(want);
	if (!mpq_equal(q, want)) {
		gmp_fprintf(stderr, "got %Qd, want %ld/%lu\n", q, num, den);
		fail();
	}
	mpq_clear(want);
}

/* ---- start token ------------------------------------------------------------ */

static void test_start_token(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_END, -1);
	assert_span(&lx, 0, 0, 0);
	lex_free(&lx);

	lex(&lx, "指标");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_INDICATOR, TOK_END, -1);
	lex_free(&lx);

	lex_bytes(&lx, "func", 4, true);
	assert_tokens(&lx, TOK_START_LIB, TOK_FUNC, TOK_END, -1);
	lex_free(&lx);
}

/* ---- keywords --------------------------------------------------------------- */

static void test_keyword_synonyms(void **state)
{
	static const struct {
		const char *word;
		int tok;
	} cases[] = {
		{ "indicator", TOK_INDICATOR },       { "指标", TOK_INDICATOR },
		{ "weight", TOK_WEIGHT },             { "分值", TOK_WEIGHT },
		{ "权重", TOK_WEIGHT },
		{ "score", TOK_SCORE },               { "得分", TOK_SCORE },
		{ "proportional", TOK_PROPORTIONAL }, { "按比例", TOK_PROPORTIONAL },
		{ "target", TOK_TARGET },             { "目标", TOK_TARGET },
		{ "目标值", TOK_TARGET },
		{ "actual", TOK_ACTUAL },             { "实际值", TOK_ACTUAL },
		{ "rubric", TOK_RUBRIC },             { "评分表", TOK_RUBRIC },
		{ "group", TOK_GROUP },               { "分组", TOK_GROUP },
		{ "bands", TOK_BANDS },               { "分档", TOK_BANDS },
		{ "deduct", TOK_DEDUCT },             { "扣分", TOK_DEDUCT },
		{ "cap", TOK_CAP },                   { "封顶", TOK_CAP },
		{ "最多", TOK_CAP },
		{ "if", TOK_IF },                     { "如果", TOK_IF },
		{ "else", TOK_ELSE },                 { "否则", TOK_ELSE },
		{ "half_up", TOK_HALF_UP },           { "四舍五入", TOK_HALF_UP },
		{ "percent", TOK_T_PERCENT },         { "百分比", TOK_T_PERCENT },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int tok = only_token(cases[i].word);
		if (tok != cases[i].tok) {
			fprintf(stderr, "%s: got %d, want %d\n", cases[i].word, tok, cases[i].tok);
			fail();
		}
	}
}

/* Every keyword of the table, in its English and its first Chinese
 * spelling, reads as its token. */
static void test_every_keyword(void **state)
{
	(void)state;
	for (int tok = TOK_RUBRIC; tok <= TOK_EXCLUDE; tok++) {
		for (int zh = 0; zh <= 1; zh++) {
			const char *word = parse_keyword(tok, zh);
			if (!word)
				continue;
			if (only_token(word) != tok) {
				fprintf(stderr, "%s: got %d, want %d\n", word, only_token(word), tok);
				fail();
			}
		}
	}
}

/* A keyword is found after NFC: 不适用 with U+F967, the compatibility
 * ideograph of 不, is 'inapplicable'; with a letter more it is a name. */
static void test_keyword_after_nfc(void **state)
{
	(void)state;
	assert_int_equal(only_token("\xEF\xA5\xA7\xE9\x80\x82\xE7\x94\xA8"), TOK_INAPPLICABLE);
	assert_int_equal(only_token("\xEF\xA5\xA7\xE9\x80\x82\xE7\x94\xA8x"), TOK_IDENT);
}

/* A keyword is a whole word: longer words that start with one are names. */
static void test_keyword_prefix_is_name(void **state)
{
	(void)state;
	assert_int_equal(only_token("得分率"), TOK_IDENT);
	assert_int_equal(only_token("指标甲"), TOK_IDENT);
	assert_int_equal(only_token("weights"), TOK_IDENT);
	assert_int_equal(only_token("scoreboard"), TOK_IDENT);
	assert_int_equal(only_token("Score"), TOK_IDENT); /* keywords are case-sensitive */
}

/* ---- names ------------------------------------------------------------------ */

static void test_cjk_ident(void **state)
{
	struct lexed lx;

	(void)state;
	/* 指标 0-5, ' ' 6, 资金到位率 7-21 */
	lex(&lx, "指标 资金到位率");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_INDICATOR, TOK_IDENT, TOK_END, -1);
	assert_span(&lx, 1, 0, 6);
	assert_span(&lx, 2, 7, 22);
	assert_string_equal(lx.val[2].TOK_IDENT, "资金到位率");
	assert_int_equal(lx.diag.errors, 0);
	lex_free(&lx);

	/* mixed scripts and digits in one name */
	lex(&lx, "x2资金_a");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_END, -1);
	assert_span(&lx, 1, 0, 10);
	assert_string_equal(lx.val[1].TOK_IDENT, "x2资金_a");
	lex_free(&lx);
}

/* Full-width punctuation right after a name ends it, with exact spans. */
static void test_cjk_ident_then_punct(void **state)
{
	struct lexed lx;

	(void)state;
	/* 甲 0-2, ， 3-5, 乙 6-8, ： 9-11, 丙 12-14 */
	lex(&lx, "甲，乙：丙");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, ',', TOK_IDENT, ':', TOK_IDENT,
		      TOK_END, -1);
	assert_span(&lx, 1, 0, 3);
	assert_span(&lx, 2, 3, 6);
	assert_span(&lx, 3, 6, 9);
	assert_span(&lx, 4, 9, 12);
	assert_span(&lx, 5, 12, 15);
	assert_string_equal(lx.val[1].TOK_IDENT, "甲");
	assert_string_equal(lx.val[3].TOK_IDENT, "乙");
	assert_string_equal(lx.val[5].TOK_IDENT, "丙");
	assert_int_equal(lx.diag.errors, 0);
	lex_free(&lx);
}

static void test_quoted_name(void **state)
{
	const char *text = "指标 `车辆、仪器管理制度健全性`";
	struct lexed lx;

	(void)state;
	lex(&lx, text);
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_INDICATOR, TOK_IDENT, TOK_END, -1);
	assert_string_equal(lx.val[2].TOK_IDENT, "车辆、仪器管理制度健全性");
	/* the span covers the backticks */
	assert_span(&lx, 2, 7, (uint32_t)strlen(text));
	assert_int_equal(lx.diag.errors, 0);
	lex_free(&lx);

	/* 「...」 quotes a name too */
	lex(&lx, "「资金（万元）」");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_END, -1);
	assert_string_equal(lx.val[1].TOK_IDENT, "资金（万元）");
	lex_free(&lx);
}

/* Names are interned in NFC: a decomposed é is the same name as é. */
static void test_ident_nfc(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "cafe\xCC\x81"); /* e + U+0301 combining acute */
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_END, -1);
	assert_string_equal(lx.val[1].TOK_IDENT, "caf\xC3\xA9");
	assert_span(&lx, 1, 0, 6); /* the span is the source bytes */
	lex_free(&lx);
}

/* An ideographic space separates like a space; a BOM is skipped. */
static void test_wide_space_and_bom(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "甲\xE3\x80\x80乙"); /* 甲 0-2, U+3000 3-5, 乙 6-8 */
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_IDENT, TOK_END, -1);
	assert_span(&lx, 1, 0, 3);
	assert_span(&lx, 2, 6, 9);
	assert_int_equal(lx.diag.errors, 0);
	lex_free(&lx);

	lex(&lx, "\xEF\xBB\xBF指标");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_INDICATOR, TOK_END, -1);
	assert_span(&lx, 1, 3, 9);
	assert_int_equal(lx.diag.errors, 0);
	lex_free(&lx);
}

/* ---- numbers ---------------------------------------------------------------- */

static void test_numbers(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "12.5 95% 95％ 0");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_NUM, TOK_NUM, TOK_NUM, TOK_NUM, TOK_END, -1);
	assert_int_equal(lx.diag.errors, 0);

	assert_false(lx.val[1].TOK_NUM->percent);
	assert_ratio(lx.val[1].TOK_NUM->num, 25, 2);
	assert_span(&lx, 1, 0, 4);

	assert_true(lx.val[2].TOK_NUM->percent);
	assert_ratio(lx.val[2].TOK_NUM->num, 19, 20);
	assert_span(&lx, 2, 5, 8);

	/* full-width ％ (3 bytes) */
	assert_true(lx.val[3].TOK_NUM->percent);
	assert_ratio(lx.val[3].TOK_NUM->num, 19, 20);
	assert_span(&lx, 3, 9, 14);

	assert_false(lx.val[4].TOK_NUM->percent);
	assert_ratio(lx.val[4].TOK_NUM->num, 0, 1);
	assert_int_equal(lx.val[4].TOK_NUM->kind, EX_NUM);
	lex_free(&lx);
}

/* ---- dates ------------------------------------------------------------------ */

static void test_dates(void **state)
{
	const char *text = "2020-12-31 2020年12月31日 2020-02-29";
	long want = ast_days(2020, 12, 31);
	struct lexed lx;

	(void)state;
	assert_true(want != AST_NO_DATE);
	lex(&lx, text);
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_DATE, TOK_DATE, TOK_DATE, TOK_END, -1);
	assert_int_equal(lx.diag.errors, 0);
	assert_int_equal(lx.val[1].TOK_DATE->kind, EX_DATE);
	assert_int_equal(lx.val[1].TOK_DATE->date, want);
	assert_span(&lx, 1, 0, 10);
	assert_int_equal(lx.val[2].TOK_DATE->date, want);
	assert_span(&lx, 2, 11, 28); /* 2020 年 12 月 31 日: 4+3+2+3+2+3 bytes */
	assert_int_equal(lx.val[3].TOK_DATE->date, ast_days(2020, 2, 29)); /* leap year */
	lex_free(&lx);
}

static void test_invalid_date(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "2021-02-29");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_RB_error, TOK_END, -1);
	assert_int_equal(lx.diag.errors, 1);
	assert_non_null(strstr(diags(&lx), "'2021-02-29' is not a date"));
	assert_non_null(strstr(diags(&lx), "t.rubric:1:1: error[E001]: "));
	lex_free(&lx);

	lex(&lx, "2020年13月1日");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_RB_error, TOK_END, -1);
	assert_non_null(strstr(diags(&lx), "'2020年13月1日' is not a date"));
	lex_free(&lx);
}

/* ---- punctuation ------------------------------------------------------------ */

static void test_fullwidth_punct(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "，：；（）≥≤");
	assert_tokens(&lx, TOK_START_TEMPLATE, ',', ':', TOK_SEP, '(', ')', TOK_GE, TOK_LE,
		      TOK_END, -1);
	for (int i = 1; i <= 7; i++)
		assert_span(&lx, i, (uint32_t)(i - 1) * 3, (uint32_t)i * 3);
	assert_int_equal(lx.diag.errors, 0);
	lex_free(&lx);

	/* the ASCII spellings give the same tokens */
	lex(&lx, ",:;()>=<=");
	assert_tokens(&lx, TOK_START_TEMPLATE, ',', ':', TOK_SEP, '(', ')', TOK_GE, TOK_LE,
		      TOK_END, -1);
	lex_free(&lx);

	lex(&lx, "【】＋×÷≠");
	assert_tokens(&lx, TOK_START_TEMPLATE, '[', ']', '+', '*', '/', TOK_NE, TOK_END, -1);
	lex_free(&lx);
}

/* ---- strings ---------------------------------------------------------------- */

static void test_strings(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "\"达标\" “优秀”");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_STRING, TOK_STRING, TOK_END, -1);
	assert_int_equal(lx.diag.errors, 0);
	assert_int_equal(lx.val[1].TOK_STRING->kind, EX_STR);
	assert_string_equal(lx.val[1].TOK_STRING->str, "达标");
	assert_int_equal(lx.val[1].TOK_STRING->len, strlen("达标"));
	assert_span(&lx, 1, 0, 8);
	assert_string_equal(lx.val[2].TOK_STRING->str, "优秀");
	assert_span(&lx, 2, 9, 21);
	lex_free(&lx);

	lex(&lx, "\"a\\nb\\\"c\"");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_STRING, TOK_END, -1);
	assert_string_equal(lx.val[1].TOK_STRING->str, "a\nb\"c");
	lex_free(&lx);
}

static void test_unterminated_string(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "\"abc");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_RB_error, TOK_END, -1);
	assert_int_equal(lx.diag.errors, 1);
	assert_non_null(strstr(diags(&lx), "t.rubric:1:1: error[E001]: unterminated string\n"));
	lex_free(&lx);

	/* a string stops at the end of its line; the next line scans on */
	lex(&lx, "甲 “abc\n乙");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_RB_error, TOK_IDENT, TOK_END, -1);
	assert_int_equal(lx.diag.errors, 1);
	assert_non_null(strstr(diags(&lx), "t.rubric:1:3: error[E001]: unterminated string\n"));
	assert_string_equal(lx.val[3].TOK_IDENT, "乙");
	lex_free(&lx);
}

/* ---- errors ----------------------------------------------------------------- */

static void test_invalid_utf8(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "\xC3(");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_RB_error, '(', TOK_END, -1);
	assert_span(&lx, 1, 0, 1);
	assert_span(&lx, 2, 1, 2);
	assert_int_equal(lx.diag.errors, 1);
	assert_non_null(strstr(diags(&lx), "t.rubric:1:1: error[E002]: invalid UTF-8 byte 0xC3\n"));
	lex_free(&lx);

	/* after a valid name, the column counts characters */
	lex(&lx, "甲 \xFF");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_RB_error, TOK_END, -1);
	assert_non_null(strstr(diags(&lx), "t.rubric:1:3: error[E002]: invalid UTF-8 byte 0xFF\n"));
	lex_free(&lx);
}

/* Other errors the scanner reports itself, each one message and one
 * error token. */
static void test_other_errors(void **state)
{
	static const struct {
		const char *text;
		const char *message;
	} cases[] = {
		{ "\"a\xC3\"", "t.rubric:1:3: error[E002]: invalid UTF-8 byte 0xC3 in a string\n" },
		{ "\"\\q\"", "t.rubric:1:1: error[E001]: unknown escape '\\q' in string" },
		{ "`abc", "t.rubric:1:1: error[E001]: unterminated quoted name\n" },
		{ "``", "t.rubric:1:1: error[E001]: empty quoted name\n" },
		{ "\x01", "t.rubric:1:1: error[E001]: unexpected control character 0x01\n" },
		{ "@", "t.rubric:1:1: error[E001]: unexpected character '@'\n" },
		{ "\xE2\x80\xBB", "t.rubric:1:1: error[E001]: unexpected character '\xE2\x80\xBB' (U+203B)\n" },
	};
	struct lexed lx;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lex(&lx, cases[i].text);
		assert_tokens(&lx, TOK_START_TEMPLATE, TOK_RB_error, TOK_END, -1);
		assert_int_equal(lx.diag.errors, 1);
		if (!strstr(diags(&lx), cases[i].message)) {
			fprintf(stderr, "got:\n%swant:\n%s\n", diags(&lx), cases[i].message);
			fail();
		}
		lex_free(&lx);
	}
}

/* ---- newlines --------------------------------------------------------------- */

/* A name ends a statement: a newline before the next clause is a SEP. */
static void test_newline_between_clauses(void **state)
{
	struct lexed lx;

	(void)state;
	/* 指标 0-5, ' ' 6, 甲 7-9, \n 10 */
	lex(&lx, "指标 甲\n分值 10");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_INDICATOR, TOK_IDENT, TOK_SEP, TOK_WEIGHT,
		      TOK_NUM, TOK_END, -1);
	assert_span(&lx, 3, 10, 11);
	assert_span(&lx, 4, 11, 17);
	lex_free(&lx);

	/* blank lines and comments between clauses give one SEP */
	lex(&lx, "指标 甲 # 注释\n\n  得分 按比例\n");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_INDICATOR, TOK_IDENT, TOK_SEP, TOK_SCORE,
		      TOK_PROPORTIONAL, TOK_END, -1);
	lex_free(&lx);

	/* nothing can end after '{'; the last statement of a block ends
	 * before its '}' (the grammar takes a trailing SEP); no SEP at the
	 * end of the text */
	lex(&lx, "评分表 \"t\" {\n指标 甲\n}\n");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_RUBRIC, TOK_STRING, '{', TOK_INDICATOR,
		      TOK_IDENT, TOK_SEP, '}', TOK_END, -1);
	lex_free(&lx);
}

/* An operator at the end of a line, or the start of the next, continues the
 * expression. */
static void test_newline_in_expression(void **state)
{
	struct lexed lx;

	(void)state;
	lex(&lx, "实际值 甲 +\n  乙");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_ACTUAL, TOK_IDENT, '+', TOK_IDENT,
		      TOK_END, -1);
	lex_free(&lx);

	lex(&lx, "实际值 甲\n  + 乙");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_ACTUAL, TOK_IDENT, '+', TOK_IDENT,
		      TOK_END, -1);
	lex_free(&lx);

	/* the full-width ＋ behaves the same */
	lex(&lx, "实际值 甲\n  ＋ 乙");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_ACTUAL, TOK_IDENT, '+', TOK_IDENT,
		      TOK_END, -1);
	lex_free(&lx);
}

/* `else:` at the start of a line begins a new line of bands or cases;
 * `else expr` continues an if. */
static void test_newline_before_else(void **state)
{
	struct lexed lx;

	(void)state;
	/* 甲 0-2, \n 3, else 4-7, : 8 */
	lex(&lx, "甲\nelse: 0");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_SEP, TOK_ELSE, ':', TOK_NUM,
		      TOK_END, -1);
	assert_span(&lx, 2, 3, 4);
	assert_span(&lx, 3, 4, 8);
	assert_span(&lx, 4, 8, 9);
	lex_free(&lx);

	lex(&lx, "甲\n否则：0");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IDENT, TOK_SEP, TOK_ELSE, ':', TOK_NUM,
		      TOK_END, -1);
	lex_free(&lx);

	lex(&lx, "如果 甲 则 1\nelse 乙");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_IF, TOK_IDENT, TOK_THEN, TOK_NUM,
		      TOK_ELSE, TOK_IDENT, TOK_END, -1);
	assert_string_equal(lx.val[6].TOK_IDENT, "乙");
	lex_free(&lx);

	/* the token read ahead after else keeps its own newline: a SEP after it */
	lex(&lx, "1\nelse 乙\n得分 2");
	assert_tokens(&lx, TOK_START_TEMPLATE, TOK_NUM, TOK_ELSE, TOK_IDENT, TOK_SEP,
		      TOK_SCORE, TOK_NUM, TOK_END, -1);
	lex_free(&lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_start_token),
		cmocka_unit_test(test_keyword_synonyms),
		cmocka_unit_test(test_every_keyword),
		cmocka_unit_test(test_keyword_after_nfc),
		cmocka_unit_test(test_keyword_prefix_is_name),
		cmocka_unit_test(test_cjk_ident),
		cmocka_unit_test(test_cjk_ident_then_punct),
		cmocka_unit_test(test_quoted_name),
		cmocka_unit_test(test_ident_nfc),
		cmocka_unit_test(test_wide_space_and_bom),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_invalid_date),
		cmocka_unit_test(test_fullwidth_punct),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_unterminated_string),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_other_errors),
		cmocka_unit_test(test_newline_between_clauses),
		cmocka_unit_test(test_newline_in_expression),
		cmocka_unit_test(test_newline_before_else),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
