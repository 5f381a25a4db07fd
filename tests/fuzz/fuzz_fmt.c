/* fuzz_fmt.c - formatting never changes what a template means.
 *
 * The input is a template; its length picks the keyword spelling (as
 * written, English or Chinese).  When it parses, oracles:
 *   - the formatted text parses too, into the same tokens: the same kinds,
 *     the same flags (which newlines end statements, which '-' negate,
 *     which keywords are names, ...) and the same text of every name,
 *     number, string, date and comment (a deadline spelt in English is two
 *     tokens, `by` and the same date).  The parser sees nothing else, so
 *     the two texts have the same syntax tree;
 *   - the template and its formatted text load (parse and check) with the
 *     same numbers of errors and warnings;
 *   - formatting is idempotent: the formatted text formats to itself. */
#include "fuzz.h"

#include <stdbool.h>

#include "fmt.h"
#include "load.h"

/* The text of token t of text, for comparison: a number's percent sign
 * (％ or %) is left out and noted in *percent, and a comment loses its
 * trailing white space (ASCII blanks and the ideographic space U+3000). */
static size_t token_text(const char *text, const struct parse_token *t, const char **s,
			 bool *percent)
{
	size_t len = t->span.end - t->span.start;
	*s = text + t->span.start;
	*percent = false;
	if (t->tok == TOK_NUM && len >= 3 && memcmp(*s + len - 3, "\xEF\xBC\x85", 3) == 0) {
		len -= 3;
		*percent = true;
	} else if (t->tok == TOK_NUM && len >= 1 && (*s)[len - 1] == '%') {
		len--;
		*percent = true;
	}
	if (t->tok == PARSE_COMMENT)
		for (;;) {
			if (len > 0 && memchr(" \t\r\v\f", (*s)[len - 1], 5))
				len--;
			else if (len >= 3 && memcmp(*s + len - 3, "\xE3\x80\x80", 3) == 0) /* U+3000 */
				len -= 3;
			else
				break;
		}
	return len;
}

/* The three numbers of a date or deadline token (2020年12月31日前, 2020-12-31). */
static void date_parts(const char *text, const struct parse_token *t, long part[3])
{
	const char *s = text + t->span.start;
	size_t len = t->span.end - t->span.start;
	int k = 0;
	part[0] = part[1] = part[2] = 0;
	for (size_t i = 0; i < len && k < 3; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			part[k] = part[k] * 10 + (s[i] - '0');
		else if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			k++;
	}
}

/* The formatted text b has the tokens of a, spelt alike.  The one token
 * that changes in number is a deadline written in English: 2020年12月31日前
 * is `by 2020-12-31`, two tokens for one. */
static void same_tokens(const char *a, const struct parse_record *ra, const char *b,
			const struct parse_record *rb)
{
	size_t j = 0;
	for (size_t i = 0; i < ra->n; i++, j++) {
		FUZZ_ASSERT(j < rb->n);
		const struct parse_token *ta = &ra->tokens[i], *tb = &rb->tokens[j];
		if (ta->tok == TOK_DEADLINE && tb->tok == TOK_BY) {
			FUZZ_ASSERT(ta->flags == tb->flags && j + 1 < rb->n);
			tb = &rb->tokens[++j];
			FUZZ_ASSERT(tb->tok == TOK_DATE);
			long pa[3], pb[3];
			date_parts(a, ta, pa);
			date_parts(b, tb, pb);
			FUZZ_ASSERT(pa[0] == pb[0] && pa[1] == pb[1] && pa[2] == pb[2]);
			continue;
		}
		FUZZ_ASSERT(ta->tok == tb->tok);
		FUZZ_ASSERT(ta->flags == tb->flags);
		/* names, numbers, strings, dates and comments keep their text */
		if (ta->tok == TOK_IDENT || ta->tok == TOK_NUM || ta->tok == TOK_STRING ||
		    ta->tok == TOK_DATE || ta->tok == PARSE_COMMENT) {
			const char *sa, *sb;
			bool pa, pb;
			size_t la = token_text(a, ta, &sa, &pa), lb = token_text(b, tb, &sb, &pb);
			FUZZ_ASSERT(la == lb && memcmp(sa, sb, la) == 0 && pa == pb);
		}
	}
	FUZZ_ASSERT(j == rb->n);
}

/* Loads text as `rubric check` does; the counts go to *errors, *warnings. */
static void load(const char *text, size_t len, int *errors, int *warnings)
{
	struct diag d;
	struct source src;
	struct program prog;
	diag_init(&d, fuzz_sink());
	src_init(&src, "fuzz.rubric", text, len);
	load_template(&prog, &src, &d);
	*errors = d.errors;
	*warnings = d.warnings;
	diag_finish(&d);
	ast_program_free(&prog);
	src_free(&src);
}

/* Parses text[0..len) recording its tokens; returns its number of errors. */
static int parse(const char *text, size_t len, struct parse_record *rec)
{
	struct diag d;
	struct source src;
	diag_init(&d, fuzz_sink());
	src_init(&src, "fuzz.rubric", text, len);
	int errors = fmt_parse(&src, &d, rec);
	diag_finish(&d);
	src_free(&src);
	return errors;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum fmt_spelling spelling = (enum fmt_spelling)(size % 3);
	char *text = fuzz_copy(data, size);
	struct parse_record rec = { NULL, 0, 0, false }, rec2 = { NULL, 0, 0, false };
	char *out = NULL, *out2 = NULL;
	size_t len, len2;
	if (parse(text, size, &rec) == 0 && fmt_format(text, &rec, spelling, &out, &len) == 0) {
		char *formatted = fuzz_copy((const uint8_t *)out, len);
		FUZZ_ASSERT(parse(formatted, len, &rec2) == 0);
		same_tokens(text, &rec, formatted, &rec2);
		int e1, w1, e2, w2;
		load(text, size, &e1, &w1);
		load(formatted, len, &e2, &w2);
		FUZZ_ASSERT(e1 == e2 && w1 == w2);
		FUZZ_ASSERT(fmt_format(formatted, &rec2, spelling, &out2, &len2) == 0);
		FUZZ_ASSERT(len2 == len && memcmp(out2, out, len) == 0);
		free(formatted);
	}
	free(out);
	free(out2);
	free(rec.tokens);
	free(rec2.tokens);
	free(text);
	return 0;
}
