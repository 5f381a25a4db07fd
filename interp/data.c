/* data.c - JSON data into input slots, by each input's declared type.
 *
 * jansson parses the data, but it reads numbers as binary doubles and tells
 * nothing of where a key or a value is written.  So the text is scanned
 * here too, token by token: to find each key and value (for messages, and
 * to read every number exactly from its digits), and, when jansson refuses
 * the text, to say in our own words what is wrong at the token it stopped
 * on. */
#include "data.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "check.h"

/* A JSON number is held to num_parse's limit on digits (NUM_MAX_DIGITS)
 * written out in full: 1e400 has 401 digits. */

/* ---- scanning the text ---- */

/* What a token of the data text is.  Scanning never fails: text jansson
 * refuses scans into T_BAD tokens and open strings. */
enum tok_kind {
	T_END,         /* the end of the text */
	T_PUNCT,       /* { } [ ] : , */
	T_STRING,      /* "...", closed (its escapes unchecked) */
	T_OPEN_STRING, /* a string cut off by a control character or the end */
	T_NUMBER,      /* a JSON number */
	T_WORD,        /* true, false, null */
	T_BAD,         /* anything else, up to a space or punctuation */
};

struct token {
	enum tok_kind kind;
	struct span at;
};

static bool json_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A full-width comma or colon at s: a token of its own, as ',' and ':' are,
 * so that a message points at the one a Chinese input method typed. */
static bool fullwidth_punct(const char *s, size_t n)
{
	return n >= 3 && (!memcmp(s, "，", 3) || !memcmp(s, "：", 3));
}

/* Whether s[0..n), n > 0, is a JSON number:
 * -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool is_json_number(const char *s, size_t n)
{
	size_t i = s[0] == '-';
	if (i == n || !is_digit(s[i]))
		return false;
	if (s[i++] != '0')
		while (i < n && is_digit(s[i]))
			i++;
	if (i < n && s[i] == '.') {
		size_t k = ++i;
		while (i < n && is_digit(s[i]))
			i++;
		if (i == k)
			return false;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		if (++i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		size_t k = i;
		while (i < n && is_digit(s[i]))
			i++;
		if (i == k)
			return false;
	}
	return i == n;
}

/* The token at off or after it, past JSON's spaces. */
static struct token next_token(const struct data *d, uint32_t off)
{
	const char *t = d->src.text;
	uint32_t n = (uint32_t)d->src.len, i = off, j;
	while (i < n && json_space(t[i]))
		i++;
	struct token tk = { T_BAD, { i, i + 1 } };
	if (i == n) {
		tk.kind = T_END;
		tk.at.end = n;
	} else if (memchr("{}[]:,", t[i], 6)) {
		tk.kind = T_PUNCT;
	} else if (t[i] == '"') {
		for (j = i + 1; j < n && t[j] != '"' && (unsigned char)t[j] >= 0x20; j++)
			j += t[j] == '\\' && j + 1 < n; /* the escaped character */
		tk.kind = j < n && t[j] == '"' ? T_STRING : T_OPEN_STRING;
		tk.at.end = j + (tk.kind == T_STRING);
	} else if (fullwidth_punct(t + i, n - i)) {
		tk.at.end = i + 3;
	} else {
		j = i + 1;
		while (j < n && !json_space(t[j]) && !memchr("{}[]:,\"", t[j], 7) &&
		       !fullwidth_punct(t + j, n - j))
			j++;
		tk.at.end = j;
		if (is_json_number(t + i, j - i))
			tk.kind = T_NUMBER;
		else if ((j - i == 4 && (!memcmp(t + i, "true", 4) || !memcmp(t + i, "null", 4))) ||
			 (j - i == 5 && !memcmp(t + i, "false", 5)))
			tk.kind = T_WORD;
	}
	return tk;
}

static char punct(const struct data *d, struct token tk)
{
	return tk.kind == T_PUNCT ? d->src.text[tk.at.start] : 0;
}

/* The line of byte off, for messages naming another place. */
static int line_of(struct data *d, uint32_t off)
{
	int line = 0, col;
	src_linecol(&d->src, off, &line, &col);
	return line;
}

/* The string token at sp decoded into the arena (by jansson, which has read
 * it already), its length in *len. */
static const char *decode(struct data *d, struct span sp, size_t *len)
{
	const char *s = d->src.text + sp.start;
	size_t n = sp.end - sp.start;
	if (!memchr(s, '\\', n)) {
		*len = n - 2;
		return arena_strndup(&d->arena, s + 1, n - 2);
	}
	json_t *j = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
	*len = json_string_length(j);
	const char *r = arena_strndup(&d->arena, j ? json_string_value(j) : "", *len);
	json_decref(j);
	return r;
}

/* Skips the value starting with token tk: a scalar, or an object or list
 * through its closing bracket.  Returns where it ends. */
static uint32_t skip_value(const struct data *d, struct token tk)
{
	for (int depth = 0;; tk = next_token(d, tk.at.end)) {
		char c = punct(d, tk);
		depth += (c == '{' || c == '[') - (c == '}' || c == ']');
		if (depth <= 0 || tk.kind == T_END)
			return tk.at.end;
	}
}

/* Where a key of the data and its value are written. */
struct member {
	const char *name;  /* the key, decoded */
	struct span key;   /* the key, quotes included */
	struct span value; /* one token, or an object or list through its closing bracket */
	struct vec fields; /* struct member *: the keys of a top-level key's object */
};

/* Records in out the keys of the object whose '{' ends at off, and, when
 * nested, the keys of each of their values that is an object.  jansson has
 * read the text, so it is valid JSON.  Returns where the object ends. */
static uint32_t scan_object(struct data *d, uint32_t off, struct vec *out, bool nested)
{
	struct token tk = next_token(d, off);
	while (tk.kind == T_STRING) {
		struct member *m = arena_alloc(&d->arena, sizeof *m);
		size_t len;
		m->key = tk.at;
		m->name = decode(d, tk.at, &len);
		tk = next_token(d, next_token(d, tk.at.end).at.end); /* past the ':' */
		m->value.start = tk.at.start;
		if (nested && punct(d, tk) == '{')
			m->value.end = scan_object(d, tk.at.end, &m->fields, false);
		else
			m->value.end = skip_value(d, tk);
		vec_push(&d->arena, out, m);
		tk = next_token(d, m->value.end);
		if (punct(d, tk) == ',')
			tk = next_token(d, tk.at.end);
	}
	return tk.at.end;
}

/* ---- what jansson refused ---- */

/* What may come next at a point of the text. */
enum expect {
	X_VALUE,  /* a value: at the start, after ':', after ',' in a list */
	X_ITEM,   /* a value or ']', after '[' */
	X_KEY,    /* a key, after ',' in an object */
	X_MEMBER, /* a key or '}', after '{' */
	X_COLON,  /* ':', after a key */
	X_NEXT,   /* ',' or the closing bracket, after a value */
	X_END,    /* nothing: the data's object is closed */
};

/* A walk over the tokens jansson accepted before it stopped. */
struct walk {
	enum expect x;
	uint32_t *open;  /* where each '{' and '[' still open is */
	size_t depth, cap;
};

/* Moves w past tk, a token jansson accepted; false when out of memory. */
static bool walk_step(struct walk *w, const struct data *d, struct token tk)
{
	char c = punct(d, tk);
	if (c == '{' || c == '[') {
		if (w->depth == w->cap) {
			size_t cap = w->cap ? 2 * w->cap : 64;
			uint32_t *open = realloc(w->open, cap * sizeof *open);
			if (!open)
				return false;
			w->open = open;
			w->cap = cap;
		}
		w->open[w->depth++] = tk.at.start;
		w->x = c == '{' ? X_MEMBER : X_ITEM;
	} else if (c == ':') {
		w->x = X_VALUE;
	} else if (c == ',') {
		w->x = w->depth && d->src.text[w->open[w->depth - 1]] == '{' ? X_KEY : X_VALUE;
	} else if (w->x == X_MEMBER || w->x == X_KEY) {
		w->x = X_COLON; /* a key */
	} else { /* a value, or the bracket that closes one */
		if (c && w->depth)
			w->depth--;
		w->x = w->depth ? X_NEXT : X_END;
	}
	return true;
}

static bool is_hex(char c)
{
	return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static unsigned hex4(const char *s)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++)
		v = v * 16 + (unsigned)(is_digit(s[i]) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
	return v;
}

/* Reports what is wrong in the string token tk, in the order jansson finds
 * it: reading the string, an escape it does not know or a control
 * character; decoding it, an escape of half a surrogate pair.  Returns false
 * when nothing is (jansson stopped at the string for another reason). */
static bool report_string(struct data *d, struct token tk, struct diag *diag)
{
	const char *t = d->src.text;
	uint32_t end = tk.at.end - (tk.kind == T_STRING); /* before the closing quote */
	bool cut = tk.kind == T_OPEN_STRING && end == d->src.len; /* by the end of the data */
	for (uint32_t i = tk.at.start + 1; i + 1 < end; i++) {
		if (t[i] != '\\')
			continue;
		uint32_t e = i + 2; /* past the escaped character */
		if (t[i + 1] == 'u') {
			while (e < i + 6 && e < end && is_hex(t[e]))
				e++;
			if (e == i + 6) {
				i += 5;
				continue;
			}
			if (e == end && cut)
				break; /* the end of the data came first */
			if (e < end)
				e++; /* the character that is no hex digit */
		} else if (memchr("\"\\/bfnrt", t[i + 1], 8)) {
			i++;
			continue;
		}
		while (e < end && ((unsigned char)t[e] & 0xC0) == 0x80)
			e++; /* the rest of a character escaped */
		struct span bad = { i, e };
		diag_report(diag, &d->src, bad, D_BAD_JSON, "invalid escape in a string");
		diag_help(diag, "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex "
			  "digits; a backslash itself is written \\\\");
		return true;
	}
	if (cut) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON,
			    "the data ends inside a string: its closing '\"' is missing");
		return true;
	}
	if (tk.kind == T_OPEN_STRING && t[end] == '\n') {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "the string has no closing '\"' on its line");
		diag_help(diag, "a line break inside a string is written \\n");
		return true;
	}
	if (tk.kind == T_OPEN_STRING) {
		struct span bad = { end, end + 1 };
		unsigned c = (unsigned char)t[end];
		diag_report(diag, &d->src, bad, D_BAD_JSON,
			    "a control character (U+%04X) in a string must be escaped", c);
		diag_help(diag, "write it as \\u%04x", c);
		return true;
	}
	for (uint32_t i = tk.at.start + 1; i + 5 < end; i++) {
		if (t[i] != '\\' || t[i + 1] != 'u') {
			i += t[i] == '\\';
			continue;
		}
		unsigned u = hex4(t + i + 2);
		if (u >= 0xD800 && u <= 0xDBFF && i + 11 < end && t[i + 6] == '\\' && t[i + 7] == 'u' &&
		    hex4(t + i + 8) >= 0xDC00 && hex4(t + i + 8) <= 0xDFFF) {
			i += 11;
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			struct span bad = { i, i + 6 };
			diag_report(diag, &d->src, bad, D_BAD_JSON,
				    "the escape %.6s is half of a UTF-16 surrogate pair, without its other half", t + i);
			return true;
		} else {
			i += 5;
		}
	}
	return false;
}

/* Reports the key tk, given twice in the innermost object w is in, with the
 * line of its first. */
static void report_duplicate(struct data *d, const struct walk *w, struct token tk,
			     struct diag *diag)
{
	size_t len, first_len;
	const char *key = decode(d, tk.at, &len);
	uint32_t first = tk.at.start;
	struct token k = next_token(d, w->depth ? w->open[w->depth - 1] + 1 : tk.at.start);
	while (k.kind == T_STRING && k.at.start < tk.at.start) {
		const char *name = decode(d, k.at, &first_len);
		if (first_len == len && !memcmp(name, key, len)) {
			first = k.at.start;
			break;
		}
		k = next_token(d, skip_value(d, next_token(d, next_token(d, k.at.end).at.end)));
		if (punct(d, k) == ',')
			k = next_token(d, k.at.end);
	}
	char buf[DIAG_SHOWN_CAP];
	diag_report(diag, &d->src, tk.at, D_BAD_JSON, "the key \"%s\" is given twice: first on line %d",
		    diag_shown(buf, key, len), line_of(d, first));
}

/* A full-width comma, colon or quote at the start of s[0..n). */
static bool fullwidth_start(const char *s, size_t n)
{
	static const char *const marks[] = { "，", "：", "“", "”", "‘", "’" };
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (n >= 3 && !memcmp(s, marks[i], 3))
			return true;
	return false;
}

/* Reports why jansson could not read the data (err), in our words.  It
 * stopped at the token ending at or after err->position (after the token
 * it refused), and all before that token is valid JSON: a walk from the
 * start finds the token and what could have come in its place. */
static void report_json(struct data *d, const json_error_t *err, struct diag *diag)
{
	const char *t = d->src.text;
	enum json_error_code code = json_error_code(err);
	uint32_t pos = err->position > 0 ? (uint32_t)err->position : 0;
	/* jansson says "end of input" for a NUL byte too: only believe it at the end */
	bool at_end = code == json_error_premature_end_of_input && pos >= d->src.len;
	struct walk w = { X_VALUE, NULL, 0, 0 };
	struct token prev = { T_END, { 0, 0 } }, tk = next_token(d, 0);
	while (tk.kind != T_END && (at_end || tk.at.end < pos) && walk_step(&w, d, tk)) {
		prev = tk;
		tk = next_token(d, tk.at.end);
	}
	char c = punct(d, tk), close = w.depth && t[w.open[w.depth - 1]] == '[' ? ']' : '}';
	const char *text = t + tk.at.start;
	size_t len = tk.at.end - tk.at.start, slen;
	bool fullwidth = tk.kind == T_BAD && fullwidth_start(text, len);
	char buf[DIAG_SHOWN_CAP];
	if (code == json_error_out_of_memory) {
		diag_report(diag, &d->src, SPAN_START, D_MEMORY, "out of memory");
	} else if (at_end && prev.kind == T_OPEN_STRING && report_string(d, prev, diag)) {
		/* reported */
	} else if (at_end && w.depth) {
		struct span after = { prev.at.end, prev.at.end };
		uint32_t open = w.open[w.depth - 1];
		diag_report(diag, &d->src, after, D_BAD_JSON, "the data ends before its closing '%c'", close);
		diag_help(diag, "the '%c' at line %d is still open", t[open], line_of(d, open));
	} else if (code == json_error_stack_overflow) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "the data nests lists and objects too deeply");
	} else if (code == json_error_duplicate_key) {
		report_duplicate(d, &w, tk, diag);
	} else if (code == json_error_null_byte_in_key) {
		const char *s = decode(d, tk.at, &slen);
		diag_report(diag, &d->src, tk.at, D_BAD_JSON,
			    "the key \"%s\" contains a NUL character (\\u0000)", diag_shown(buf, s, slen));
	} else if (code == json_error_null_character) {
		const char *s = decode(d, tk.at, &slen);
		diag_report(diag, &d->src, tk.at, D_BAD_JSON,
			    "the string \"%s\" contains a NUL character (\\u0000)", diag_shown(buf, s, slen));
	} else if (code == json_error_end_of_input_expected) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "the data goes on after its closing '}'");
	} else if ((tk.kind == T_STRING || tk.kind == T_OPEN_STRING) && report_string(d, tk, diag)) {
		/* reported */
	} else if (tk.kind == T_BAD && len >= 2 && text[0] == '/' && (text[1] == '/' || text[1] == '*')) {
		struct span comment = tk.at; /* through its end, or the end of its line */
		while (comment.end < d->src.len && (text[1] == '/' ? t[comment.end] != '\n' :
			t[comment.end - 2] != '*' || t[comment.end - 1] != '/'))
			comment.end++;
		diag_report(diag, &d->src, comment, D_BAD_JSON, "JSON data cannot have comments");
	} else if ((w.x == X_KEY && c == '}') || (w.x == X_VALUE && c == ']' && punct(d, prev) == ',')) {
		diag_report(diag, &d->src, prev.at, D_BAD_JSON,
			    "a comma after the last value: JSON allows none before '%c'", c);
	} else if (w.x == X_KEY || w.x == X_MEMBER) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "expected a key in double quotes");
	} else if (w.x == X_COLON) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "expected ':' after the key");
	} else if (w.x == X_NEXT) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "expected ',' or '%c' after the value", close);
	} else if ((w.x == X_VALUE || w.x == X_ITEM) && tk.kind == T_BAD) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "%s is not a JSON value", diag_shown(buf, text, len));
		if (!fullwidth)
			diag_help(diag, "write text, a date or a percent in double quotes (\"95%%\"), "
				  "a number as 1962 or 0.5, or true, false or null");
	} else if ((w.x == X_VALUE || w.x == X_ITEM) && tk.kind != T_END) {
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "expected a value");
	} else {
		fullwidth = false;
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "the data is not valid JSON here");
		diag_help(diag, "the JSON reader says: %s", err->text);
	}
	if (fullwidth)
		diag_help(diag, "JSON's punctuation is ASCII: write ',' ':' and '\"', not '，' '：' and '“”'");
	free(w.open);
}

/* ---- values ---- */

static void data_error(struct data *d, struct diag *diag, const struct member *m,
		       enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Reports a problem with the value of m, at m's key. */
static void data_error(struct data *d, struct diag *diag, const struct member *m,
		       enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(diag, &d->src, m->key, code, fmt, ap);
	va_end(ap);
}

static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return _("an object");
	case JSON_ARRAY: return _("a list");
	case JSON_STRING: return _("a string");
	case JSON_INTEGER: case JSON_REAL: return _("a number");
	case JSON_TRUE: case JSON_FALSE: return _("true/false");
	default: return "null";
	}
}

/* A string value as messages show it (see shown). */
static const char *shown_string(char *buf, const json_t *v)
{
	return diag_shown(buf, json_string_value(v), json_string_length(v));
}

/* Names the input for messages: "indicator X" for an implicit input. */
static const char *what(char *buf, size_t cap, struct input *in)
{
	snprintf(buf, cap, in->owner ? _("indicator %s") : _("input %s"), in->name);
	return buf;
}

/* Tables often copy the target's operator into the actual ("≥90%"): the
 * length of such a prefix (>= <= > < = and ≥ ≧ ≤ ≦ ＝ ═ ﹦), so that the
 * value is read without it. */
static size_t comparison_prefix(const char *s, size_t len)
{
	static const char *const ops[] = {
		">=", "<=", "\xE2\x89\xA5", "\xE2\x89\xA7", "\xE2\x89\xA4", "\xE2\x89\xA6",
		"\xEF\xBC\x9D", "\xE2\x95\x90", "\xEF\xB9\xA6", ">", "<", "=",
	};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		size_t n = strlen(ops[i]);
		if (len >= n && memcmp(s, ops[i], n) == 0) {
			while (n < len && s[n] == ' ')
				n++;
			return n;
		}
	}
	return 0;
}

/* Reads the JSON number s[0..n) exactly: its mantissa by num_parse, scaled
 * by its exponent.  False when, written out in full, it has more digits than
 * num_parse reads. */
static bool read_json_number(mpq_t out, const char *s, size_t n)
{
	size_t m = 0;
	while (m < n && s[m] != 'e' && s[m] != 'E')
		m++;
	int64_t exp = 0;
	for (size_t i = m + 1; i < n; i++)
		if (is_digit(s[i]) && exp <= NUM_MAX_DIGITS + (int64_t)n) /* past that, too long anyway */
			exp = exp * 10 + (s[i] - '0');
	if (m + 1 < n && s[m + 1] == '-')
		exp = -exp;
	const char *dot = memchr(s, '.', m);
	int64_t ilen = (dot ? dot - s : (int64_t)m) - (s[0] == '-');
	int64_t ndigits = ilen + (dot ? (int64_t)m - (dot - s) - 1 : 0);
	int64_t point = ilen + exp; /* digits before the decimal point, written out */
	int64_t full = point <= 0 ? 1 - point + ndigits : point > ndigits ? point : ndigits;
	if (full > NUM_MAX_DIGITS || !num_parse(out, s, m, NULL))
		return false;
	if (exp != 0) {
		mpz_t scale;
		mpz_init(scale);
		mpz_ui_pow_ui(scale, 10, (unsigned long)(exp < 0 ? -exp : exp));
		if (exp > 0)
			mpz_mul(mpq_numref(out), mpq_numref(out), scale);
		else
			mpz_mul(mpq_denref(out), mpq_denref(out), scale);
		mpq_canonicalize(out);
		mpz_clear(scale);
	}
	return true;
}

/* How reading a number went. */
enum { NUM_OK, NUM_NOT, NUM_TOO_LONG };

/* Reads the number or percent a value gives, written at `at`: a JSON number
 * exactly as its digits write it (jansson holds only a stand-in, see
 * parse_data), or a string holding a decimal.  A number with more digits
 * than num_parse reads is reported (naming who), not rounded; a value that
 * is no number is the caller's to report. */
static int read_number(struct data *d, struct diag *diag, const struct member *m, const char *who,
		       const json_t *v, struct span at, mpq_t out, bool *percent)
{
	*percent = false;
	const char *s = json_is_string(v) ? json_string_value(v) : d->src.text + at.start;
	size_t len = json_is_string(v) ? json_string_length(v) : at.end - at.start, digits = 0;
	char buf[DIAG_SHOWN_CAP + 2];
	if (json_is_number(v)) {
		if (read_json_number(out, s, len))
			return NUM_OK;
		diag_shown(buf, s, len);
	} else if (json_is_string(v)) {
		size_t skip = comparison_prefix(s, len);
		if (num_parse(out, s + skip, len - skip, percent))
			return NUM_OK;
		for (size_t i = 0; i < len; i++)
			digits += is_digit(s[i]);
		if (digits <= NUM_MAX_DIGITS)
			return NUM_NOT;
		buf[0] = '"';
		shown_string(buf + 1, v);
		strcat(buf, "\"");
	} else {
		return NUM_NOT;
	}
	data_error(d, diag, m, D_BAD_VALUE,
		   "%s: the number %s is too long to read exactly (more than %d digits written out)",
		   who, buf, NUM_MAX_DIGITS);
	return NUM_TOO_LONG;
}

/* "2020-12-31", "2020/12/31", "2020.12.31" or "2020年12月31日": a
 * four-digit year, then month and day of one or two digits. */
static bool read_date(const char *s, size_t len, long *days)
{
	int part[3] = { 0, 0, 0 };
	size_t i = 0;
	bool cjk = len > 4 && len - 4 >= 3 && memcmp(s + 4, "年", 3) == 0;
	for (int k = 0; k < 3; k++) {
		size_t start = i;
		while (i < len && i - start < (k == 0 ? 4u : 2u) && s[i] >= '0' && s[i] <= '9')
			part[k] = part[k] * 10 + (s[i++] - '0');
		size_t n = i - start;
		if (k == 0 ? n != 4 : n < 1)
			return false;
		const char *sep = cjk ? (k == 0 ? "年" : k == 1 ? "月" : "日") : NULL;
		if (cjk) {
			if (len - i < 3 || memcmp(s + i, sep, 3) != 0)
				return false;
			i += 3;
		} else if (k < 2) {
			if (i >= len || (s[i] != '-' && s[i] != '/' && s[i] != '.') ||
			    (k == 1 && s[i] != s[4]))
				return false;
			i++;
		}
	}
	if (i != len)
		return false;
	*days = ast_days(part[0], part[1], part[2]);
	return *days != AST_NO_DATE;
}

/* Reads v, the value of m written at `at`, into in's slot. */
static int load_value(struct data *d, struct eval *ev, struct input *in, const struct member *m,
		      json_t *v, struct span at, struct diag *diag)
{
	struct value *slot = eval_input_slot(ev, in);
	char who[512], buf[DIAG_SHOWN_CAP];
	what(who, sizeof who, in);
	slot->percent = in->percent;
	switch (in->type) {
	case TY_NUMBER: {
		bool pct;
		int r = read_number(d, diag, m, who, v, at, slot->num, &pct);
		if (r == NUM_NOT) {
			if (json_is_string(v))
				data_error(d, diag, m, D_BAD_VALUE, "%s: \"%s\" is not a number",
					   who, shown_string(buf, v));
			else
				data_error(d, diag, m, D_BAD_VALUE, "%s: expected a number, got %s",
					   who, json_kind(v));
		}
		if (r != NUM_OK)
			return 1;
		if (in->percent && !pct) {
			char as_pct[64], as_num[64];
			num_format(as_pct, sizeof as_pct, slot->num, 6, true, NULL);
			num_format(as_num, sizeof as_num, slot->num, 6, false, NULL);
			data_error(d, diag, m, D_BAD_VALUE,
				   "%s is a percent: write it with a percent sign", who);
			diag_help(diag, "\"%s\" if %s is a fraction, or \"%s%%\"; a bare number would be ambiguous",
				  as_pct, as_num, as_num);
			return 1;
		}
		if (in->integer && (pct || mpz_cmp_ui(mpq_denref(slot->num), 1) != 0)) {
			num_format(buf, sizeof buf, slot->num, 6, pct, NULL);
			data_error(d, diag, m, D_BAD_VALUE, "%s is a whole number (a count), not %s", who, buf);
			return 1;
		}
		slot->type = TY_NUMBER;
		return 0;
	}
	case TY_TEXT:
		if (!json_is_string(v)) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected text, got %s", who, json_kind(v));
			return 1;
		}
		slot->type = TY_TEXT;
		slot->str = json_string_value(v);
		slot->len = json_string_length(v);
		return 0;
	case TY_DATE:
		if (!json_is_string(v) || !read_date(json_string_value(v), json_string_length(v), &slot->date)) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected a date like \"2020-12-31\", got %s%s%s",
				   who, json_is_string(v) ? "\"" : "",
				   json_is_string(v) ? shown_string(buf, v) : json_kind(v),
				   json_is_string(v) ? "\"" : "");
			return 1;
		}
		slot->type = TY_DATE;
		return 0;
	case TY_BOOL: {
		const char *s = json_is_string(v) ? json_string_value(v) : NULL;
		if (json_is_boolean(v))
			slot->boolean = json_is_true(v);
		else if (s && (!strcmp(s, "是") || !strcmp(s, "true")))
			slot->boolean = true;
		else if (s && (!strcmp(s, "否") || !strcmp(s, "false")))
			slot->boolean = false;
		else {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected true or false (是/否), got %s",
				   who, json_kind(v));
			return 1;
		}
		slot->type = TY_BOOL;
		return 0;
	}
	case TY_LIST: {
		if (!json_is_array(v)) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected a list of items, got %s",
				   who, json_kind(v));
			return 1;
		}
		size_t n = json_array_size(v);
		const char **items = arena_alloc(&d->arena, (n + 1) * sizeof *items);
		size_t *lens = arena_alloc(&d->arena, (n + 1) * sizeof *lens);
		for (size_t i = 0; i < n; i++) {
			json_t *x = json_array_get(v, i);
			if (!json_is_string(x)) {
				data_error(d, diag, m, D_BAD_VALUE, "%s: item %zu of the list is %s, not text",
					   who, i + 1, json_kind(x));
				return 1;
			}
			items[i] = json_string_value(x);
			lens[i] = json_string_length(x);
		}
		slot->type = TY_LIST;
		slot->items = items;
		slot->item_lens = lens;
		slot->nitems = (int)n;
		return 0;
	}
	default:
		return 0;
	}
}

/* "/" and "不适用" mark a row that does not apply. */
static bool is_inapplicable(const json_t *v)
{
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;
	return s && (!strcmp(s, "/") || !strcmp(s, "／") || !strcmp(s, "不适用"));
}

/* The fields of a row object, with their Chinese synonyms. ORDER row_keys */
enum { ROW_ACTUAL, ROW_SCORE, ROW_REASON, ROW_PUBLISHED, ROW_NKEYS };

static const struct {
	const char *key;
	int field;
} row_keys[] = {
	{ "actual", ROW_ACTUAL }, { "实际值", ROW_ACTUAL }, { "完成值", ROW_ACTUAL },
	{ "level", ROW_ACTUAL }, { "等级", ROW_ACTUAL },
	{ "score", ROW_SCORE }, { "得分", ROW_SCORE },
	{ "reason", ROW_REASON }, { "偏差原因", ROW_REASON },
	{ "published", ROW_PUBLISHED }, { "公布得分", ROW_PUBLISHED },
};

/* An actual given for an indicator whose actual is an expression; in a row
 * object, the object itself needs no mention. */
static void computed_actual(struct data *d, struct diag *diag, const struct member *m, bool in_row)
{
	data_error(d, diag, m, D_BAD_VALUE, "indicator %s computes its actual: the data cannot give it",
		   m->name);
	if (in_row)
		diag_help(diag, "give the inputs its actual is computed from");
	else
		diag_help(diag, "give the inputs it is computed from; an object {\"score\": N, \"reason\": \"...\", "
			  "\"published\": N} may override or audit its score");
}

/* A score in a row object or in "$published": the field f of m. */
static bool read_score(struct data *d, struct diag *diag, const struct member *m,
		       const struct member *f, json_t *v, mpq_t out)
{
	const char *key = m->name;
	char who[512];
	snprintf(who, sizeof who, key[0] == '$' ? "%s" : _("indicator %s"), key);
	bool pct;
	int r = read_number(d, diag, m, who, v, f->value, out, &pct);
	if (r == NUM_OK && !pct)
		return true;
	if (r == NUM_NOT || pct)
		data_error(d, diag, m, D_BAD_VALUE, key[0] == '$' ? N_("%s: \"%s\" must be a number of points, not %s")
			   : N_("indicator %s: \"%s\" must be a number of points, not %s"),
			   key, f->name, pct ? _("a percent") : json_kind(v));
	return false;
}

/* An indicator's row written as an object (m): {"actual": ..., "score": N,
 * "reason": "...", "published": N}. */
static int load_row(struct data *d, struct eval *ev, struct item *ind, struct input *in,
		    const struct member *m, json_t *obj, struct diag *diag)
{
	json_t *field[ROW_NKEYS] = { 0 };
	const struct member *at[ROW_NKEYS] = { 0 };
	const char *key = m->name;
	char buf[DIAG_SHOWN_CAP];
	int errors = 0;
	for (int i = 0; i < m->fields.n; i++) {
		const struct member *f = m->fields.items[i];
		json_t *fv = json_object_get(obj, f->name);
		size_t k = 0;
		while (k < sizeof row_keys / sizeof row_keys[0] && strcmp(row_keys[k].key, f->name) != 0)
			k++;
		if (k == sizeof row_keys / sizeof row_keys[0]) {
			data_error(d, diag, m, D_BAD_VALUE, "indicator %s: unknown field \"%s\"", key,
				   diag_shown(buf, f->name, strlen(f->name)));
			diag_help(diag, "a row has \"actual\", \"score\", \"reason\" and \"published\" "
				  "(实际值, 得分, 偏差原因, 公布得分)");
			errors++;
			continue;
		}
		int r = row_keys[k].field;
		if (field[r]) {
			data_error(d, diag, m, D_BAD_VALUE, "indicator %s: \"%s\" is given twice", key, f->name);
			errors++;
		}
		if (!json_is_null(fv)) {
			field[r] = fv;
			at[r] = f;
		}
	}
	if (errors) {
		if (in)
			ev->present[in->index] = INPUT_BAD; /* reported */
		return errors;
	}
	struct row_data *row = &ev->row[ind->index];
	struct rule *rule = ind->rule;
	bool judged = rule && rule->kind == RULE_JUDGED;
	if (field[ROW_SCORE] && !read_score(d, diag, m, at[ROW_SCORE], field[ROW_SCORE], row->score))
		errors++;
	else
		row->has_score = field[ROW_SCORE] != NULL;
	if (field[ROW_PUBLISHED] &&
	    !read_score(d, diag, m, at[ROW_PUBLISHED], field[ROW_PUBLISHED], row->published))
		errors++;
	else
		row->has_published = field[ROW_PUBLISHED] != NULL;
	if (field[ROW_REASON]) {
		json_t *r = field[ROW_REASON];
		if (!json_is_string(r)) {
			data_error(d, diag, m, D_BAD_VALUE, "indicator %s: the reason must be text, not %s",
				   key, json_kind(r));
			errors++;
		} else if (json_string_length(r) && !is_inapplicable(r)) { /* "/": none */
			row->reason = json_string_value(r);
			row->reason_len = json_string_length(r);
		}
	}
	json_t *actual = field[ROW_ACTUAL];
	if (actual && is_inapplicable(actual)) {
		row->inapplicable = true;
		return errors;
	}
	if (judged) {
		/* the score is the rule's input; the actual is only shown */
		if (actual) {
			if (json_is_string(actual)) {
				row->shown = json_string_value(actual);
				row->shown_len = json_string_length(actual);
			} else if (json_is_number(actual)) {
				char *shown_num = arena_alloc(&d->arena, 64);
				char who[512];
				bool pct;
				mpq_t q;
				mpq_init(q);
				snprintf(who, sizeof who, _("indicator %s"), key);
				if (read_number(d, diag, m, who, actual, at[ROW_ACTUAL]->value, q, &pct) == NUM_OK)
					row->shown_len = num_format(shown_num, 64, q, 6, false, NULL);
				else
					errors++;
				row->shown = shown_num;
				mpq_clear(q);
			} else {
				data_error(d, diag, m, D_BAD_VALUE, "indicator %s: the actual must be text or a number, not %s",
					   key, json_kind(actual));
				errors++;
			}
		}
		if (in && row->has_score) {
			struct value *slot = eval_input_slot(ev, in);
			mpq_set(slot->num, row->score);
			slot->type = TY_NUMBER;
			slot->percent = false;
			ev->present[in->index] = INPUT_OK;
		} else if (in && !errors && !field[ROW_SCORE]) {
			data_error(d, diag, m, D_MISSING_VALUE, "indicator %s is judged: the data must give its score", key);
			diag_help(diag, "write {\"actual\": ..., \"score\": N}");
			errors++;
		}
		if (in && errors)
			ev->present[in->index] = INPUT_BAD;
		return errors;
	}
	if (!actual)
		return errors;
	if (!in || in->owner != ind) {
		computed_actual(d, diag, m, true);
		return errors + 1;
	}
	int e = load_value(d, ev, in, m, actual, at[ROW_ACTUAL]->value, diag);
	ev->present[in->index] = e ? INPUT_BAD : INPUT_OK;
	if (!e && rule && rule->kind == RULE_GRADE && row->has_score) {
		/* a level whose points are a range: the data picks the score */
		struct value *slot = eval_input_slot(ev, in);
		mpq_set(slot->num, row->score);
		slot->picked = true;
	}
	return errors + e;
}

/* "$published": {"total": N, "grade": "优"}, the published table's own. */
static int load_published(struct data *d, struct eval *ev, const struct member *m, json_t *v,
			  struct diag *diag)
{
	const char *key = m->name;
	char buf[DIAG_SHOWN_CAP];
	if (!json_is_object(v)) {
		data_error(d, diag, m, D_BAD_VALUE, "%s must be an object: {\"total\": N, \"grade\": \"...\"}", key);
		return 1;
	}
	int errors = 0;
	for (int i = 0; i < m->fields.n; i++) {
		const struct member *f = m->fields.items[i];
		const char *fkey = f->name;
		json_t *fv = json_object_get(v, fkey);
		if (!strcmp(fkey, "total") || !strcmp(fkey, "总分")) {
			if (read_score(d, diag, m, f, fv, ev->pub_total))
				ev->has_pub_total = true;
			else
				errors++;
		} else if (!strcmp(fkey, "grade") || !strcmp(fkey, "等级")) {
			if (json_is_string(fv)) {
				ev->pub_grade = json_string_value(fv);
			} else {
				data_error(d, diag, m, D_BAD_VALUE, "%s: the grade must be text, not %s", key, json_kind(fv));
				errors++;
			}
		} else {
			data_error(d, diag, m, D_BAD_VALUE, "%s: unknown field \"%s\" (it has \"total\" and \"grade\")",
				   key, diag_shown(buf, fkey, strlen(fkey)));
			errors++;
		}
	}
	return errors;
}

/* ---- reading the data ---- */

/* The first byte of s[0..len) that is not UTF-8, or len. */
static size_t bad_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = (unsigned char)s[i] < 0x80 ? 1 :
			utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return i;
		i += (size_t)n;
	}
	return len;
}

/* What kind of JSON value the data is when tk, its first token, starts one
 * that is not an object; NULL otherwise. */
static const char *not_object(const struct data *d, struct token tk)
{
	switch (tk.kind) {
	case T_STRING: case T_OPEN_STRING: return _("a string");
	case T_NUMBER: return _("a number");
	case T_WORD: return d->src.text[tk.at.start] == 'n' ? "null" : _("true/false");
	case T_PUNCT: return punct(d, tk) == '[' ? _("a list") : NULL;
	default: return NULL;
	}
}

/* Reads d->src into d->doc and records where its keys are (d->members);
 * false, with the one error reported, when the text is not a JSON object. */
static bool parse_data(struct data *d, struct diag *diag)
{
	const char *t = d->src.text;
	size_t len = d->src.len, bad = bad_utf8(t, len);
	if (bad < len) {
		struct span at = { (uint32_t)bad, (uint32_t)bad + 1 };
		diag_report(diag, &d->src, at, D_BAD_JSON, "invalid UTF-8 byte 0x%02X", (unsigned char)t[bad]);
		if (len >= 2 && (!memcmp(t, "\xFF\xFE", 2) || !memcmp(t, "\xFE\xFF", 2)))
			diag_help(diag, "the data is UTF-16; convert it with 'iconv -f UTF-16 -t UTF-8'");
		else
			diag_help(diag, "data files are UTF-8, and Chinese Excel often saves GB18030: "
				  "convert it with 'iconv -f GB18030 -t UTF-8'");
		return false;
	}
	struct token first = next_token(d, 0);
	if (first.kind == T_END) {
		diag_report(diag, &d->src, SPAN_START, D_BAD_JSON, "the data file is empty");
		return false;
	}
	const char *kind = not_object(d, first);
	if (kind) {
		diag_report(diag, &d->src, first.at, D_BAD_JSON,
			    "the data must be a JSON object of input names and values, not %s", kind);
		return false;
	}
	/* jansson would read numbers as doubles: 1999.99999999999999 as 2000,
	 * 1e-400 as 0, and it refuses 20-digit integers and 1e400.  It reads a
	 * copy of the text in which each number is a 0 padded with spaces to
	 * its length; read_number reads the number from the text itself. */
	char *copy = malloc(len ? len : 1);
	if (!copy) {
		diag_report(diag, &d->src, SPAN_START, D_MEMORY, "out of memory");
		return false;
	}
	memcpy(copy, t, len);
	/* and in which each NUL byte is a 0x01: jansson would skip a NUL right
	 * after a number or a word (it takes the NUL it pushed back for the end
	 * of its buffer), and accept "1962\0"; both are control characters */
	for (char *nul = memchr(copy, '\0', len); nul; nul = memchr(nul, '\0', len - (size_t)(nul - copy)))
		*nul = 1;
	for (struct token tk = first; tk.kind != T_END; tk = next_token(d, tk.at.end)) {
		if (tk.kind == T_NUMBER) {
			memset(copy + tk.at.start, ' ', tk.at.end - tk.at.start);
			copy[tk.at.start] = '0';
		}
	}
	json_error_t err;
	d->doc = json_loadb(copy, len, JSON_REJECT_DUPLICATES, &err);
	free(copy);
	if (!d->doc) {
		report_json(d, &err, diag);
		return false;
	}
	scan_object(d, first.at.end, &d->members, true);
	return true;
}

int data_load_json(struct data *d, struct eval *ev, const char *name,
		   const char *text, size_t len, struct diag *diag)
{
	memset(d, 0, sizeof *d);
	arena_init(&d->arena);
	/* a UTF-8 byte order mark (Notepad and Excel write one) is no part of
	 * the data; positions count from after it, as an editor shows them */
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
		text += 3;
		len -= 3;
	}
	if (len > UINT32_MAX - 1)
		len = UINT32_MAX - 1; /* positions are 32-bit; main refuses such files anyway */
	src_init(&d->src, name, text, len);
	if (!parse_data(d, diag))
		return 1;
	struct program *p = ev->prog;
	int errors = 0;
	char buf[DIAG_SHOWN_CAP];
	for (int i = 0; i < d->members.n; i++) {
		const struct member *m = d->members.items[i];
		const char *key = m->name;
		json_t *v = json_object_get(d->doc, key);
		if (key[0] == '$') {
			if (!strcmp(key, "$published")) {
				errors += load_published(d, ev, m, v, diag);
				continue;
			}
			data_error(d, diag, m, D_UNKNOWN_INPUT, "unknown key \"%s\" (the data may have \"$published\")",
				   diag_shown(buf, key, strlen(key)));
			errors++;
			continue;
		}
		struct input *in = check_find_input(p, key);
		struct item *ind = check_find_indicator(p, key);
		if (ind && ind->inapplicable) {
			if (!json_is_null(v) && !is_inapplicable(v)) {
				data_error(d, diag, m, D_BAD_VALUE,
					   "indicator %s is inapplicable in the template: the data cannot give it a value", key);
				errors++;
			}
			continue;
		}
		if (ind && (json_is_object(v) || is_inapplicable(v))) {
			if (is_inapplicable(v))
				ev->row[ind->index].inapplicable = true;
			else
				errors += load_row(d, ev, ind, in, m, v, diag);
			continue;
		}
		if (!in && ind && !json_is_null(v)) {
			computed_actual(d, diag, m, false);
			errors++;
			continue;
		}
		if (!in) {
			data_error(d, diag, m, D_UNKNOWN_INPUT, "the template has no input or indicator called \"%s\"",
				   diag_shown(buf, key, strlen(key)));
			const char **names = arena_alloc(&d->arena, (size_t)(p->inputs.n + 1) * sizeof *names);
			for (int k = 0; k < p->inputs.n; k++)
				names[k] = ((struct input *)p->inputs.items[k])->name;
			diag_suggest(diag, key, names, (size_t)p->inputs.n);
			errors++;
			continue;
		}
		if (json_is_null(v))
			continue; /* reported as missing */
		int e = load_value(d, ev, in, m, v, m->value, diag);
		errors += e;
		ev->present[in->index] = e ? INPUT_BAD : INPUT_OK;
	}
	return errors;
}

void data_free(struct data *d)
{
	json_decref(d->doc);
	d->doc = NULL;
	arena_free(&d->arena);
	src_free(&d->src);
}
