/* fmt.c - templates in one canonical layout: the formatter behind
 * rubric_format (rubric.h) and `rubric fmt` (cli/fmt.c).
 *
 * The formatter works on tokens, never on the syntax tree, so that it
 * cannot change what a template means.  The real lexer and parser read the
 * template (parse_source_recorded) and record every token and comment, with
 * what they learnt about each token: a '-' that is a unary minus, a keyword
 * used as a name, the '(' of a call, the '..' of a level's range, and
 * whether the newline before it ended a statement.  Only a template that
 * parses without errors is formatted.  Its tokens are then written again,
 * in order and none added or dropped, each spelt as written (keywords
 * optionally in the other language, full-width punctuation as ASCII), with
 * canonical spaces and indentation.  The author's line breaks are kept: a
 * newline can end a statement (see rb_lex in grammar/lexer.l), so a line
 * break is never added or removed, only blank lines are.
 *
 * The layout (docs/cli.md describes it for users):
 *   - four spaces per indentation level; a line inside brackets is one level
 *     deeper than the line that opened the innermost of them, and a line
 *     that continues a statement one level more; a line that starts with a
 *     closing bracket has the indentation of the line that opened it, and a
 *     '{' on a line of its own that of its statement;
 *   - one space between tokens, except none after '(' and '[', none before
 *     ')' ']' ',' ';' ':', none after a unary minus, before the '(' of a
 *     call, around the '..' of a level's range, and inside an empty '{}';
 *   - a comment on a line of its own is indented like the code around it;
 *     a comment after code is two spaces after it, and the comments of
 *     consecutive lines are aligned to one column (counted in display cells:
 *     CJK characters are two wide);
 *   - runs of blank lines become one; none at the start, after an opening
 *     bracket or before a closing one; one newline at the end.
 *
 * Ownership: every buffer here is malloc'd and freed by the function that
 * made it; the formatted text belongs to the caller of fmt_format().
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"

/* ---- growable text ---------------------------------------------------- */

struct buf {
	char *s;    /* s[0..len), not NUL-terminated */
	size_t len;
	size_t cap;
	bool oom;   /* an append failed; the text is incomplete */
};

/* Appends s[0..n) to b; on failure marks b out of memory. */
static void buf_put(struct buf *b, const char *s, size_t n)
{
	if (b->oom || n == 0)
		return;
	if (b->cap - b->len < n) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap - b->len < n)
			cap *= 2;
		char *more = realloc(b->s, cap);
		if (!more) {
			b->oom = true;
			return;
		}
		b->s = more;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
}

/* Appends a NUL-terminated string. */
static void buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

/* Appends n spaces. */
static void buf_spaces(struct buf *b, size_t n)
{
	static const char spaces[] = "                ";
	for (; n > sizeof spaces - 1; n -= sizeof spaces - 1)
		buf_put(b, spaces, sizeof spaces - 1);
	buf_put(b, spaces, n);
}

/* ---- the formatter ---------------------------------------------------- */

/* One line of the output, before the comments are aligned. */
struct line {
	int indent;          /* in levels */
	size_t code;         /* where its tokens start in struct fmt's code */
	size_t code_len;     /* their length; 0 for a comment on a line of its own */
	size_t comment;      /* where its comment starts in the source text */
	size_t comment_len;  /* its length without trailing white space; 0: none */
	bool blank;          /* a blank line goes before it */
	bool opens;          /* its last token is an opening bracket */
};

/* The state of formatting one template. */
struct fmt {
	const char *text;               /* the source text */
	const struct parse_record *rec; /* its tokens and comments */
	enum fmt_spelling spelling;
	struct buf code;                /* the tokens of every line, spaced */
	struct line *lines;             /* lines[0..nlines) */
	size_t nlines, cap;
	/* open[0..depth): for each bracket still open, the indentation of
	 * the line that opened it */
	int *open;
	size_t depth, open_cap;
	bool oom;                       /* an allocation failed */
};

/* '{', '(' or '[' (full-width forms included: the token is the same). */
static bool is_opener(int tok)
{
	return tok == '{' || tok == '(' || tok == '[';
}

/* '}', ')' or ']'. */
static bool is_closer(int tok)
{
	return tok == '}' || tok == ')' || tok == ']';
}

/* The ASCII spelling of a punctuation token, whether it was written in
 * ASCII or in full width; NULL for other tokens. */
static const char *punctuation(int tok)
{
	switch (tok) {
	case TOK_GE: return ">=";
	case TOK_LE: return "<=";
	case TOK_NE: return "!=";
	case TOK_EQEQ: return "==";
	case TOK_DOTDOT: return "..";
	case TOK_SEP: return ";";
	case ',': return ",";
	case ':': return ":";
	case '(': return "(";
	case ')': return ")";
	case '[': return "[";
	case ']': return "]";
	case '{': return "{";
	case '}': return "}";
	case '+': return "+";
	case '-': return "-";
	case '*': return "*";
	case '/': return "/";
	case '=': return "=";
	case '<': return "<";
	case '>': return ">";
	default: return NULL;
	}
}

/* Whether the line that token t begins continues the statement of the line
 * before, whose last token is last: the newline between them did not end
 * the statement and that line did not end with an opening bracket, ',' or
 * ';'.  A line that begins with a bracket is never a continuation. */
static bool continues(const struct parse_token *t, const struct parse_token *last)
{
	if (!last || (t->flags & PARSE_SEP_BEFORE) || is_opener(t->tok) || is_closer(t->tok))
		return false;
	return !is_opener(last->tok) && last->tok != ',' && last->tok != TOK_SEP;
}

/* Whether tokens a and b, on one line, are written without a space (text:
 * the template's; english: its keywords and operators written in English). */
static bool tight(const char *text, bool english, const struct parse_token *a, const struct parse_token *b)
{
	/* as tables write a target: 不少于2000批次, a word, the number and its unit */
	if (a->tok == TOK_NUM && b->tok == TOK_IDENT && (unsigned char)text[b->span.start] >= 0x80)
		return true;
	if (!english && b->tok == TOK_NUM && a->span.end - a->span.start >= 3 && (unsigned char)text[a->span.start] >= 0xE4 &&
	    (unsigned char)text[a->span.start] <= 0xE9 && (a->tok == TOK_GE || a->tok == TOK_LE || a->tok == '<' ||
							   a->tok == '>' || a->tok == '='))
		return true;
	if (a->tok == '(' || a->tok == '[' || (a->tok == '{' && b->tok == '}'))
		return true;
	if (b->tok == ')' || b->tok == ']' || b->tok == ',' || b->tok == TOK_SEP || b->tok == ':' || b->tok == TOK_SUFFIX)
		return true;
	return (a->flags & (PARSE_UNARY | PARSE_RANGE)) || (b->flags & (PARSE_CALL | PARSE_RANGE));
}

/* Appends token t as it is written in the output.  Every joint without a
 * space (see tight) has ASCII punctuation on one side, or is a number and
 * a word of CJK characters before or after it (不少于2000批次, 98%以上),
 * where the number's digits end, so no two tokens written next to each
 * other can be read as one.  98%以上 stays so in English: the tokens' order
 * cannot change. */
static void put_token(struct fmt *f, const struct parse_token *t)
{
	const char *s = f->text + t->span.start;
	size_t len = t->span.end - t->span.start;
	const char *ascii = punctuation(t->tok);
	/* a comparison written as a word (不少于, a CJK ideograph first) stays
	 * one, but in English */
	bool worded = len >= 3 && (unsigned char)s[0] >= 0xE4 && (unsigned char)s[0] <= 0xE9;
	if (ascii && (!worded || f->spelling == FMT_ENGLISH)) {
		buf_puts(&f->code, ascii);
		return;
	}

	if (t->tok == TOK_NUM) {
		/* 95％ is 95% */
		if (len >= 3 && memcmp(s + len - 3, "\xEF\xBC\x85", 3) == 0) {
			buf_put(&f->code, s, len - 3);
			buf_puts(&f->code, "%");
			return;
		}
	} else if (t->tok == TOK_DEADLINE && f->spelling == FMT_ENGLISH) {
		/* 2020年12月31日前 is by 2020-12-31: the three numbers, as written */
		buf_puts(&f->code, parse_keyword(TOK_BY, false));
		int part = 0;
		for (size_t i = 0; i < len && part < 3; part++) {
			size_t j = i;
			while (j < len && s[j] >= '0' && s[j] <= '9')
				j++;
			buf_puts(&f->code, part == 0 ? " " : "-");
			buf_put(&f->code, s + i, j - i);
			for (i = j; i < len && (s[i] < '0' || s[i] > '9'); i++)
				;
		}
		return;
	} else if (f->spelling != FMT_AS_WRITTEN && !(t->flags & PARSE_NAME)) {
		const char *word = parse_keyword(t->tok, f->spelling == FMT_CHINESE);
		if (word) {
			buf_puts(&f->code, word);
			return;
		}
	}
	buf_put(&f->code, s, len);
}

/* Starts a new output line; NULL when out of memory. */
static struct line *new_line(struct fmt *f, int indent, bool blank)
{
	if (f->nlines == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 256;
		struct line *more = realloc(f->lines, cap * sizeof *more);
		if (!more) {
			f->oom = true;
			return NULL;
		}
		f->lines = more;
		f->cap = cap;
	}
	struct line *l = &f->lines[f->nlines++];
	*l = (struct line){ .indent = indent, .code = f->code.len, .blank = blank && f->nlines > 1 };
	/* none after an opening bracket */
	if (f->nlines > 1 && f->lines[f->nlines - 2].opens)
		l->blank = false;
	return l;
}

/* Notes an opening bracket on a line of indentation indent, or a closing
 * one (indent < 0). */
static void bracket(struct fmt *f, int indent)
{
	if (indent < 0) {
		if (f->depth > 0)
			f->depth--;
		return;
	}
	if (f->depth == f->open_cap) {
		size_t cap = f->open_cap ? f->open_cap * 2 : 64;
		int *more = realloc(f->open, cap * sizeof *more);
		if (!more) {
			f->oom = true;
			return;
		}
		f->open = more;
		f->open_cap = cap;
	}
	f->open[f->depth++] = indent;
}

/* Indentation of a line inside the brackets open now. */
static int inner_indent(const struct fmt *f)
{
	return f->depth ? f->open[f->depth - 1] + 1 : 0;
}

/* Indentation of the line that token t begins, last being the token before. */
static int line_indent(const struct fmt *f, const struct parse_token *t,
		       const struct parse_token *last)
{
	if (is_closer(t->tok))
		return f->depth ? f->open[f->depth - 1] : 0;
	return inner_indent(f) + continues(t, last);
}

/* Indentation of a comment on a line of its own, the i-th record, last
 * being the token before it: that of the code line after it, but inside
 * the brackets when that line closes one. */
static int comment_indent(const struct fmt *f, size_t i, const struct parse_token *last)
{
	const struct parse_record *rec = f->rec;
	while (i < rec->n && rec->tokens[i].tok == PARSE_COMMENT)
		i++;
	if (i == rec->n)
		return inner_indent(f);
	return inner_indent(f) + continues(&rec->tokens[i], last);
}

/* The length of comment s[0..len) without the white space at its end. */
static size_t trim_comment(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' ||
				s[len - 1] == '\v' || s[len - 1] == '\f'))
			len--;
		else if (len >= 3 && memcmp(s + len - 3, "\xE3\x80\x80", 3) == 0) /* U+3000 */
			len -= 3;
		else
			return len;
	}
}

/* Splits the tokens into lines: the layout without the column of the
 * comments. */
static void make_lines(struct fmt *f)
{
	const struct parse_record *rec = f->rec;
	const struct parse_token *last = NULL; /* the last token, comments aside */
	struct line *cur = NULL;               /* the line the next token may join */
	uint32_t prev_end = 0;
	for (size_t i = 0; i < rec->n && !f->oom; i++) {
		const struct parse_token *t = &rec->tokens[i];
		int newlines = 0;
		for (uint32_t k = prev_end; k < t->span.start; k++)
			newlines += f->text[k] == '\n';
		prev_end = t->span.end;
		bool blank = newlines >= 2;
		if (t->tok == PARSE_COMMENT) {
			struct line *l = cur && newlines == 0 ? cur
				: new_line(f, comment_indent(f, i, last), blank);
			if (l) {
				l->comment = t->span.start;
				l->comment_len = trim_comment(f->text + t->span.start, t->span.end - t->span.start);
			}
			cur = NULL;
			continue;
		}
		if (cur && newlines == 0) {
			if (!tight(f->text, f->spelling == FMT_ENGLISH, last, t))
				buf_puts(&f->code, " ");
		} else {
			cur = new_line(f, line_indent(f, t, last), blank && !is_closer(t->tok));
			if (!cur)
				return;
		}
		put_token(f, t);
		cur->code_len = f->code.len - cur->code;
		cur->opens = is_opener(t->tok);
		if (is_opener(t->tok))
			bracket(f, cur->indent);
		else if (is_closer(t->tok))
			bracket(f, -1);
		last = t;
	}
}

/* Writes the lines to out, aligning the comments after code of
 * consecutive lines to one column. */
static void write_lines(const struct fmt *f, struct buf *out)
{
	size_t col = 0; /* the comment column of the current run of lines */
	for (size_t i = 0; i < f->nlines; i++) {
		const struct line *l = &f->lines[i];
		const char *code = f->code.s + l->code;
		bool trailing = l->code_len > 0 && l->comment_len > 0;
		bool run_goes_on = i > 0 && !l->blank && f->lines[i - 1].code_len > 0 &&
			f->lines[i - 1].comment_len > 0;
		if (trailing && !run_goes_on) {
			col = 0;
			for (size_t j = i; j < f->nlines; j++) {
				const struct line *m = &f->lines[j];
				if (m->code_len == 0 || m->comment_len == 0 || (j > i && m->blank))
					break;
				size_t w = 4 * (size_t)m->indent + diag_width(f->code.s + m->code, m->code_len);
				if (w + 2 > col)
					col = w + 2;
			}
		}
		if (l->blank)
			buf_puts(out, "\n");
		buf_spaces(out, 4 * (size_t)l->indent);
		buf_put(out, code, l->code_len);
		if (trailing)
			buf_spaces(out, col - 4 * (size_t)l->indent - diag_width(code, l->code_len));
		buf_put(out, f->text + l->comment, l->comment_len);
		buf_puts(out, "\n");
	}
}

int fmt_format(const char *text, const struct parse_record *rec, enum fmt_spelling spelling,
	       char **out, size_t *out_len)
{
	struct fmt f;
	struct buf b = { NULL, 0, 0, false };
	memset(&f, 0, sizeof f);
	f.text = text;
	f.rec = rec;
	f.spelling = spelling;
	make_lines(&f);
	if (!f.oom && !f.code.oom)
		write_lines(&f, &b);
	int rc = f.oom || f.code.oom || b.oom ? -1 : 0;
	free(f.code.s);
	free(f.lines);
	free(f.open);
	if (rc != 0) {
		free(b.s);
		return rc;
	}
	*out = b.s ? b.s : calloc(1, 1);
	*out_len = b.len;
	return *out ? 0 : -1;
}

/* ---- parsing ---------------------------------------------------------- */

int fmt_parse(struct source *src, struct diag *d, struct parse_record *rec)
{
	struct program prog;
	jmp_buf oom;
	int before = d->errors;
	ast_program_init(&prog, src);
	prog.arena.on_oom = &oom;
	if (setjmp(oom) == 0)
		parse_source_recorded(&prog, src, d, rec);
	else
		rec->failed = true;
	if (rec->failed)
		diag_report(d, NULL, SPAN_START, D_MEMORY, "out of memory reading %s", src->name);
	prog.arena.on_oom = NULL;
	ast_program_free(&prog);
	return d->errors - before;
}

