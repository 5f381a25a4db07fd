/* fmt.c - rubric fmt: templates in one canonical layout.
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
 * --diff compares the file with its formatted text by a Myers line diff.
 *
 * Ownership: every buffer here is malloc'd and freed by the function that
 * made it; the formatted text belongs to the caller of fmt_format().
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fmt.h"

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

/* Whether tokens a and b, on one line, are written without a space. */
static bool tight(const struct parse_token *a, const struct parse_token *b)
{
	if (a->tok == '(' || a->tok == '[' || (a->tok == '{' && b->tok == '}'))
		return true;
	if (b->tok == ')' || b->tok == ']' || b->tok == ',' || b->tok == TOK_SEP || b->tok == ':')
		return true;
	return (a->flags & (PARSE_UNARY | PARSE_RANGE)) || (b->flags & (PARSE_CALL | PARSE_RANGE));
}

/* Appends token t as it is written in the output.  Every joint without a
 * space (see tight) has ASCII punctuation on one side, so no two tokens
 * written next to each other can be read as one. */
static void put_token(struct fmt *f, const struct parse_token *t)
{
	const char *s = f->text + t->span.start;
	size_t len = t->span.end - t->span.start;
	const char *ascii = punctuation(t->tok);
	if (ascii) {
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
			if (!tight(last, t))
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

/* Writes the formatted text for cli_write_atomically. */
static int write_text(FILE *f, void *arg)
{
	const struct buf *b = arg;
	return fwrite(b->s, 1, b->len, f) == b->len ? 0 : -1;
}

/* Formats one file as mode says; returns its exit status. */
static int fmt_file(const char *path, enum fmt_mode mode, enum fmt_spelling spelling, struct diag *d)
{
	size_t len;
	char *text = cli_read_file(path, &len);
	if (!text)
		return EXIT_USAGE;
	struct source src;
	struct parse_record rec = { NULL, 0, 0, false };
	struct buf out = { NULL, 0, 0, false };
	int status = EXIT_OK;
	src_init(&src, path, text, len);
	if (fmt_parse(&src, d, &rec) > 0) {
		status = EXIT_INPUT;
	} else if (fmt_format(text, &rec, spelling, &out.s, &out.len) != 0) {
		fprintf(stderr, "rubric: out of memory formatting %s\n", path);
		status = EXIT_USAGE;
	} else {
		bool changed = out.len != len || memcmp(out.s, text, len) != 0;
		switch (mode) {
		case MODE_PRINT:
			fwrite(out.s, 1, out.len, stdout);
			break;
		case MODE_CHECK:
			if (changed) {
				fprintf(stderr, "rubric: %s is not formatted\n", path);
				status = EXIT_INPUT;
			}
			break;
		case MODE_DIFF:
			if (changed && write_diff(stdout, path, text, len, out.s, out.len) != 0) {
				fprintf(stderr, "rubric: out of memory comparing %s\n", path);
				status = EXIT_USAGE;
			} else if (changed) {
				status = EXIT_INPUT;
			}
			break;
		case MODE_WRITE:
			if (changed && cli_write_atomically(path, write_text, &out) != 0)
				status = EXIT_USAGE;
			break;
		}
	}
	free(out.s);
	free(rec.tokens);
	src_free(&src);
	free(text);
	return status;
}

/* rubric fmt [--check|--write|--diff] [--keywords en|zh] FILE...: the
 * options may come before or after the files, and `--` ends them. */
int cmd_fmt(int argc, char **argv)
{
	enum fmt_mode mode = MODE_PRINT;
	enum fmt_spelling spelling = FMT_AS_WRITTEN;
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
				spelling = FMT_ENGLISH;
			else if (!strcmp(lang, "zh"))
				spelling = FMT_CHINESE;
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
	struct diag d;
	diag_init(&d, stderr);
	int status = EXIT_OK;
	for (int i = 0; i < nfiles; i++) {
		int rc = fmt_file(argv[i], mode, spelling, &d);
		if (rc > status)
			status = rc;
	}
	diag_finish(&d); /* main checks standard output (cli_end_output) */
	return status;
}
