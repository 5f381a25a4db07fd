/* data.c - JSON data into input slots, by each input's declared type.
 *
 * The data is read from its text, token by token, in two passes and
 * without a document tree (jansson's takes some twenty times the size of
 * the text).  The first pass checks that the text is JSON as jansson reads
 * it: the grammar, each string's escapes (only in strings that have a
 * backslash), no key twice in an object, no deeper nesting than jansson
 * allows; the items of a list of plain strings go through a loop of their
 * own.  It also keeps where each big object or list of the first levels
 * ends, so that the second pass skips it without reading it again.  The
 * second binds each key of the data's object to the template's input of
 * that name and reads its value: a number exactly from its digits, a
 * string decoded where it is written (in place when it has no escape), a
 * list in one sweep into one buffer of packed items (eval.h), about the
 * size of its text.
 *
 * When the text is not JSON, jansson says why: its error code and position
 * choose our message, which names the token in our words.  It reads a copy
 * of the text in which every value before the fault that it need not see
 * is blanked out, so that it never builds more than a few values.
 *
 * Also here: the name maps (data.h) the reader and `rubric test` bind names
 * with. */
#include "data.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "parse.h"
#include "stats.h"

/* A JSON number is held to num_parse's limit on digits (NUM_MAX_DIGITS)
 * written out in full: 1e400 has 401 digits. */

/* ---- name maps ---- */

struct map_slot {
	const char *name;        /* NULL: empty */
	size_t len;
	uint64_t hash;
	void *value;
};

void name_map_init(struct name_map *m)
{
	m->slots = NULL;
	m->cap = m->n = 0;
	/* the map's own address, mixed: another seed for every map */
	m->seed = names_hash(0x243F6A8885A308D3u, (const char *)&m, sizeof m);
}

void name_map_free(struct name_map *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->n = 0;
}

/* The slot of name in m: where it is, or the empty slot where it goes. */
static struct map_slot *find_slot(const struct name_map *m, const char *name, size_t len,
				   uint64_t h)
{
	for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		struct map_slot *s = &m->slots[i];
		STATS_WORK(1);
		if (!s->name || (s->hash == h && s->len == len && !memcmp(s->name, name, len)))
			return s;
	}
}

void *name_map_get(const struct name_map *m, const char *name, size_t len)
{
	if (!m->n)
		return NULL;
	struct map_slot *s = find_slot(m, name, len, names_hash(m->seed, name, len));
	return s->name ? s->value : NULL;
}

/* Moves m's names into a table of cap slots (a power of two, more than
 * twice the names); false when memory runs out. */
static bool map_grow(struct name_map *m, size_t cap)
{
	struct map_slot *slots = calloc(cap, sizeof *slots);
	if (!slots)
		return false;
	STATS_BYTES(cap * sizeof *slots);
	struct name_map bigger = { slots, cap, m->n, m->seed };
	STATS_WORK(m->cap);
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].name)
			*find_slot(&bigger, m->slots[i].name, m->slots[i].len, m->slots[i].hash) =
				m->slots[i];
	free(m->slots);
	*m = bigger;
	return true;
}

bool name_map_reserve(struct name_map *m, size_t n)
{
	size_t cap = 16;
	while (cap < 2 * (n + 1))
		cap *= 2;
	return cap <= m->cap || map_grow(m, cap);
}

void *name_map_put(struct name_map *m, const char *name, size_t len, void *value)
{
	if (2 * (m->n + 1) > m->cap && !map_grow(m, m->cap ? 2 * m->cap : 16))
		return NULL;
	uint64_t h = names_hash(m->seed, name, len);
	struct map_slot *s = find_slot(m, name, len, h);
	if (!s->name) {
		*s = (struct map_slot){ name, len, h, value };
		m->n++;
	}
	return s->value;
}

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
	bool escaped;            /* T_STRING, T_OPEN_STRING: holds a backslash */
	struct span at;
};

/* What a byte is to the scanner: bits of the classes it is in. */
enum {
	CH_SPACE = 1,      /* JSON's spaces */
	CH_PUNCT = 2,      /* { } [ ] : , */
	CH_STRING_END = 4, /* ends a run of plain bytes in a string: '"', '\\', a control character */
	CH_WORD_END = 8,   /* ends a bare word: a space, punctuation, '"', 0xEF (perhaps '，' or '：') */
	CH_NEST = 16,      /* matters to skipping a value: '"' and the brackets */
};

#define C CH_STRING_END /* a control character */
#define W (CH_SPACE | CH_WORD_END)

static const unsigned char ch_class[256] = {
	C, C, C, C, C, C, C, C, C, W | C, W | C, C, C, W | C, C, C, /* 0x00 */
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,             /* 0x10 */
	[' '] = W,
	['{'] = CH_PUNCT | CH_WORD_END | CH_NEST, ['}'] = CH_PUNCT | CH_WORD_END | CH_NEST,
	['['] = CH_PUNCT | CH_WORD_END | CH_NEST, [']'] = CH_PUNCT | CH_WORD_END | CH_NEST,
	[':'] = CH_PUNCT | CH_WORD_END, [','] = CH_PUNCT | CH_WORD_END,
	['"'] = CH_STRING_END | CH_WORD_END | CH_NEST,
	['\\'] = CH_STRING_END,
	[0xEF] = CH_WORD_END,
};

#undef C
#undef W

static bool json_space(char c)
{
	return ch_class[(unsigned char)c] & CH_SPACE;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* One of { } [ ] : , */
static bool is_punct(char c)
{
	return ch_class[(unsigned char)c] & CH_PUNCT;
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

/* The end of the string whose opening quote is at i: its closing quote, or
 * the control character or the end of the text that cuts it off.
 * *escaped is set if it has a backslash.  Before d->run_stop, a byte that
 * ends the run is sure to come before the end of the text, so the loop
 * need not look for the end. */
static inline uint32_t string_end(const struct data *d, uint32_t i, bool *escaped)
{
	const unsigned char *u = (const unsigned char *)d->src.text;
	uint32_t n = (uint32_t)d->src.len, j = i + 1;
	for (;;) {
		if (j < d->run_stop) {
			while (!(ch_class[u[j]] & CH_STRING_END))
				j++;
		} else {
			while (j < n && !(ch_class[u[j]] & CH_STRING_END))
				j++;
		}
		if (j == n || u[j] != '\\')
			return j;
		*escaped = true;
		j = n - j > 2 ? j + 2 : n; /* past the escaped character */
	}
}

/* The token at off or after it, past JSON's spaces. */
static struct token next_token(const struct data *d, uint32_t off)
{
	const char *t = d->src.text;
	uint32_t n = (uint32_t)d->src.len, i = off, j;
	while (i < n && json_space(t[i]))
		i++;
	struct token tk = { T_BAD, false, { i, i + 1 } };
	if (i == n) {
		tk.kind = T_END;
		tk.at.end = n;
	} else if (is_punct(t[i])) {
		tk.kind = T_PUNCT;
	} else if (t[i] == '"') {
		j = string_end(d, i, &tk.escaped);
		tk.kind = j < n && t[j] == '"' ? T_STRING : T_OPEN_STRING;
		tk.at.end = j + (tk.kind == T_STRING);
	} else if (fullwidth_punct(t + i, n - i)) {
		tk.at.end = i + 3;
	} else {
		j = i + 1;
		while (j < n && (!(ch_class[(unsigned char)t[j]] & CH_WORD_END) ||
				 ((unsigned char)t[j] == 0xEF && !fullwidth_punct(t + j, n - j))))
			j++;
		tk.at.end = j;
		if (is_json_number(t + i, j - i))
			tk.kind = T_NUMBER;
		else if ((j - i == 4 && (!memcmp(t + i, "true", 4) || !memcmp(t + i, "null", 4))) ||
			 (j - i == 5 && !memcmp(t + i, "false", 5)))
			tk.kind = T_WORD;
	}
	STATS_WORK(tk.at.end - off + 1);
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

/* Where a big object or list of the data starts and ends, as the check
 * found it: the reader skips such a value without reading it again. */
struct data_end {
	uint32_t start;          /* its opening bracket */
	uint32_t end;            /* past its closing bracket */
};

/* The check records the objects and lists of at least DATA_END_MIN bytes
 * among the first DATA_END_DEPTH levels (the data's object, its values, and
 * the fields of a row object); the reader goes no deeper.  A smaller value
 * is scanned again, which costs no more than its bytes: so the ends take
 * at most 8 bytes per DATA_END_MIN bytes of each level. */
#define DATA_END_MIN 256
#define DATA_END_DEPTH 3

/* Skips the value starting with token tk: a scalar, or an object or list
 * through its closing bracket.  Returns where it ends.  Only for text the
 * check accepted up to the end of the value. */
static uint32_t skip_value(const struct data *d, struct token tk)
{
	char c = punct(d, tk);
	if (c != '{' && c != '[')
		return tk.at.end;
	size_t lo = 0, hi = d->nends;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		STATS_WORK(1);
		if (d->ends[mid].start < tk.at.start)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < d->nends && d->ends[lo].start == tk.at.start)
		return d->ends[lo].end;
	/* only the quotes and the brackets matter in valid JSON */
	const unsigned char *t = (const unsigned char *)d->src.text;
	uint32_t n = (uint32_t)d->src.len, i = tk.at.start + 1;
	for (int depth = 1; i < n;) {
		unsigned char b = t[i++];
		if (!(ch_class[b] & CH_NEST))
			continue;
		if (b == '"') {
			bool escaped;
			i = string_end(d, i - 1, &escaped) + 1;
		} else if (b == '{' || b == '[') {
			depth++;
		} else if (--depth == 0) {
			break;
		}
	}
	if (i > n)
		i = n;
	STATS_WORK(i - tk.at.start);
	return i;
}

/* ---- where the grammar is ---- */

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

/* A walk over the tokens jansson accepted before it stopped (report_json). */
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

/* ---- strings ---- */

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

static bool is_hex4(const char *s)
{
	return is_hex(s[0]) && is_hex(s[1]) && is_hex(s[2]) && is_hex(s[3]);
}

/* Whether the closed string token at `at` is a string jansson reads: only
 * the escapes it knows, \u escapes of whole surrogate pairs, no \u0000
 * (which jansson refuses without JSON_ALLOW_NUL).  A string token without
 * a backslash always is: the scanner ends a string at a control character. */
static bool string_ok(const char *t, struct span at)
{
	uint32_t end = at.end - 1; /* the closing quote */
	STATS_WORK(at.end - at.start);
	for (uint32_t i = at.start + 1; i < end; i++) {
		if ((unsigned char)t[i] < 0x20)
			return false;
		if (t[i] != '\\')
			continue;
		char c = t[++i]; /* a backslash is never last: it escaped the quote */
		if (c != 'u') {
			if (!c || !memchr("\"\\/bfnrt", c, 8))
				return false;
			continue;
		}
		if (end - i < 5 || !is_hex4(t + i + 1))
			return false;
		unsigned u = hex4(t + i + 1);
		i += 4;
		if (u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
			return false;
		if (u >= 0xD800 && u <= 0xDBFF) {
			if (end - i < 7 || t[i + 1] != '\\' || t[i + 2] != 'u' || !is_hex4(t + i + 3))
				return false;
			unsigned v = hex4(t + i + 3);
			if (v < 0xDC00 || v > 0xDFFF)
				return false;
			i += 6;
		}
	}
	return true;
}

/* Decodes the content s[0..n) of a string token that jansson can read
 * (\u0000 included) into out, which has room for n bytes; returns the
 * bytes written. */
static size_t unescape(char *out, const char *s, size_t n)
{
	size_t o = 0;
	STATS_WORK(n);
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\') {
			out[o++] = s[i];
			continue;
		}
		char c = s[++i];
		if (c != 'u') {
			out[o++] = c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n' : c == 'r' ? '\r' :
				   c == 't' ? '\t' : c;
			continue;
		}
		unsigned u = hex4(s + i + 1);
		i += 4;
		if (u >= 0xD800 && u <= 0xDBFF && i + 6 < n) {
			u = 0x10000 + ((u - 0xD800) << 10) + (hex4(s + i + 3) - 0xDC00);
			i += 6;
		}
		o += (size_t)utf8proc_encode_char((utf8proc_int32_t)u, (utf8proc_uint8_t *)out + o);
	}
	return o;
}

/* The text of the string token at `at`, decoded: in the data's text when
 * it has no escape (not NUL-terminated), else decoded into the arena (""
 * when that is out of memory and does not longjmp). */
static const char *string_text(struct data *d, struct span at, size_t *len)
{
	const char *s = d->src.text + at.start + 1;
	size_t n = at.end - at.start - 2;
	*len = n;
	if (!memchr(s, '\\', n))
		return s;
	char *out = arena_alloc(&d->arena, n + 1);
	*len = 0;
	if (!out)
		return "";
	*len = unescape(out, s, n);
	out[*len] = '\0';
	return out;
}

/* Whether NFC leaves s[0..len) as it is, by a quick look: ASCII, CJK
 * ideographs, CJK punctuation (but the tone marks U+302A-U+302F, which
 * NFC may reorder) and full-width forms neither decompose nor compose.
 * False means perhaps not. */
static bool nfc_stable(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n;
		if (c >= 0xE3 && c <= 0xEF && c != 0xED && len - i >= 3 && ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
			/* three bytes, as Chinese text is: decoded here (no
			 * overlong form or surrogate begins with these bytes) */
			cp = (c & 0x0F) << 12 | ((unsigned char)s[i + 1] & 0x3F) << 6 | ((unsigned char)s[i + 2] & 0x3F);
			n = 3;
		} else {
			n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
		}
		if (n <= 0 || !((cp >= 0x3000 && cp <= 0x303F && !(cp >= 0x302A && cp <= 0x302F)) ||
				(cp >= 0x3400 && cp <= 0x4DBF) ||
				(cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF)))
			return false;
		i += (size_t)n;
	}
	return true;
}

static char *nfc_changed(struct data *d, const char *s, size_t len, size_t *out_len);

/* s[0..len) in Unicode NFC, as the template's names are (the lexer
 * normalises them): s itself when NFC leaves it as it is, else a copy in
 * the arena.  A key copied from the template in a decomposed form is then
 * the template's name. */
static const char *nfc(struct data *d, const char *s, size_t len, size_t *out_len)
{
	*out_len = len;
	STATS_WORK(len);
	if (nfc_stable(s, len))
		return s;
	size_t n;
	char *m = nfc_changed(d, s, len, &n);
	if (!m)
		return s;
	/* m is freed before the arena may longjmp for want of memory */
	jmp_buf *oom = d->arena.on_oom;
	d->arena.on_oom = NULL;
	char *copy = arena_alloc(&d->arena, n + 1);
	d->arena.on_oom = oom;
	if (copy) {
		memcpy(copy, m, n);
		copy[n] = '\0';
		*out_len = n;
	}
	free(m);
	if (!copy && oom)
		longjmp(*oom, 1);
	return copy ? copy : s;
}

/* s[0..len) in NFC, malloc'd (its length in *out_len), when NFC changes it;
 * NULL when it does not (or s is not UTF-8, which the check rules out).
 * Longjmps when out of memory. */
static char *nfc_changed(struct data *d, const char *s, size_t len, size_t *out_len)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &m,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0) {
		if (n == UTF8PROC_ERROR_NOMEM && d->arena.on_oom)
			longjmp(*d->arena.on_oom, 1);
		return NULL; /* not UTF-8: the data was checked, but keep it as it is */
	}
	/* m is utf8proc's, from the C library's malloc: given back to it
	 * (rb_libc_free), a copy of ours kept */
	bool same = (size_t)n == len && !memcmp(m, s, len);
	char *c = same ? NULL : malloc((size_t)n + 1);
	if (c) {
		memcpy(c, m, (size_t)n + 1);
		*out_len = (size_t)n;
	}
	rb_libc_free(m);
	if (!same && !c && d->arena.on_oom)
		longjmp(*d->arena.on_oom, 1);
	return c;
}

/* ---- what jansson refused ---- */

/* Reports what is wrong in the string token tk, in the order jansson finds
 * it: reading the string, an escape it does not know or a control
 * character; decoding it, an escape of half a surrogate pair.  Returns false
 * when nothing is (jansson stopped at the string for another reason). */
static bool report_string(struct data *d, struct token tk, struct diag *diag)
{
	const char *t = d->src.text;
	uint32_t end = tk.at.end - (tk.kind == T_STRING); /* before the closing quote */
	bool cut = tk.kind == T_OPEN_STRING && end == d->src.len; /* by the end of the data */
	STATS_WORK(2 * (end - tk.at.start));
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
	const char *key = string_text(d, tk.at, &len);
	uint32_t first = tk.at.start;
	struct token k = next_token(d, w->depth ? w->open[w->depth - 1] + 1 : tk.at.start);
	while (k.kind == T_STRING && k.at.start < tk.at.start) {
		const char *name = string_text(d, k.at, &first_len);
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
	struct token prev = { T_END, false, { 0, 0 } }, tk = next_token(d, 0);
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
		const char *s = string_text(d, tk.at, &slen);
		diag_report(diag, &d->src, tk.at, D_BAD_JSON,
			    "the key \"%s\" contains a NUL character (\\u0000)", diag_shown(buf, s, slen));
	} else if (code == json_error_null_character) {
		const char *s = string_text(d, tk.at, &slen);
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

/* ---- is it JSON? ---- */

#define NONE UINT32_MAX

/* The keys of one object so far, to find a key given twice: open
 * addressing over the offset of each key's token + 1 (0 is empty).  Four
 * bytes a key: the hash is computed again from the text when the table
 * grows, and a probe compares the keys themselves. */
struct key_set {
	uint32_t *slots;
	uint32_t cap, n;
};

/* An object or list open where the check is. */
struct frame {
	char kind;               /* '{' or '[' */
	uint32_t open;           /* where its bracket is */
	uint32_t cur;            /* the member being read: its key (objects), its
				    value (lists); NONE between members */
	uint32_t value;          /* where the value being read starts */
	uint32_t last;           /* the last complete member or item, or NONE */
	uint32_t last_value;     /* where that one's value starts */
	uint32_t comma;          /* the ',' after it, or NONE */
	uint32_t end_slot;       /* its entry in the checker's ends, or NONE */
	struct key_set keys;     /* objects: the keys so far */
};

/* The state of the check. */
struct checker {
	struct data *d;
	struct frame *frames;    /* the objects and lists open, outermost first */
	size_t depth, cap;       /* frames in use; frames allocated (their key
				    sets are kept for the next object at that depth) */
	uint32_t top_open, top_close; /* the data's object */
	char *buf[2];            /* two keys with escapes, decoded */
	size_t bufcap[2];
	uint64_t seed;           /* of the key hashes */
	struct data_end *ends;   /* the big objects and lists so far, by start
				    (see DATA_END_MIN); those open end at 0 */
	size_t nends, capends;
};

/* The text of the key token at `at`, decoded into c->buf[which] if it has
 * escapes; NULL when out of memory. */
static const char *key_text(struct checker *c, int which, struct span at, size_t *len)
{
	const char *s = c->d->src.text + at.start + 1;
	size_t n = at.end - at.start - 2;
	*len = n;
	if (!memchr(s, '\\', n))
		return s;
	if (c->bufcap[which] < n + 1) {
		size_t cap = 2 * c->bufcap[which] > n + 1 ? 2 * c->bufcap[which] : n + 1;
		char *b = realloc(c->buf[which], cap);
		if (!b)
			return NULL;
		STATS_BYTES(cap - c->bufcap[which]);
		c->buf[which] = b;
		c->bufcap[which] = cap;
	}
	*len = unescape(c->buf[which], s, n);
	return c->buf[which];
}

/* What adding a key found. */
enum { KEY_NEW, KEY_TWICE, KEY_NOMEM };

/* Whether the key token at `at`, decoded into c->buf[0] as k[0..len), and
 * the key whose token starts at off are the same key.  Keys written alike
 * are; when the new key has no escape, keys that differ in a byte other
 * than a backslash are not; else both are decoded.  -1 when out of
 * memory. */
static int same_key(struct checker *c, struct span at, const char *k, size_t len, uint32_t off)
{
	const char *t = c->d->src.text;
	size_t n = at.end - at.start, i = 0; /* as written, quotes included */
	while (i < n && off + i < c->d->src.len && t[off + i] == t[at.start + i])
		i++;
	STATS_WORK(i / 8);
	if (i == n)
		return 1; /* written alike: the same string */
	if (k == t + at.start + 1 && (off + i >= c->d->src.len || t[off + i] != '\\'))
		return 0;
	size_t olen;
	const char *o = key_text(c, 1, next_token(c->d, off).at, &olen);
	if (!o)
		return -1;
	return olen == len && !memcmp(o, k, len);
}

/* The slot of ks where the key written at off goes: hashed from its
 * decoded text (into c->buf[1]); ks has an empty slot.  UINT32_MAX when
 * out of memory. */
static uint32_t key_home(struct checker *c, const struct key_set *ks, uint32_t off)
{
	size_t len;
	const char *k = key_text(c, 1, next_token(c->d, off).at, &len);
	if (!k)
		return UINT32_MAX;
	uint32_t i = (uint32_t)names_hash(c->seed, k, len) & (ks->cap - 1);
	while (ks->slots[i])
		i = (i + 1) & (ks->cap - 1);
	return i;
}

/* Adds the key token at `at` to f's keys: KEY_TWICE, with where it was
 * first in *first, if the object has it already. */
static int add_key(struct checker *c, struct frame *f, struct span at, uint32_t *first)
{
	struct key_set *ks = &f->keys;
	if (2 * (ks->n + 1) > ks->cap) {
		struct key_set bigger = { calloc(ks->cap ? 2 * (size_t)ks->cap : 8, sizeof *ks->slots),
					  ks->cap ? 2 * ks->cap : 8, ks->n };
		if (!bigger.slots)
			return KEY_NOMEM;
		STATS_BYTES(bigger.cap * sizeof *ks->slots);
		for (uint32_t i = 0; i < ks->cap; i++) {
			if (!ks->slots[i])
				continue;
			uint32_t home = key_home(c, &bigger, ks->slots[i] - 1);
			if (home == UINT32_MAX) {
				free(bigger.slots);
				return KEY_NOMEM;
			}
			bigger.slots[home] = ks->slots[i];
		}
		STATS_WORK(ks->cap);
		free(ks->slots);
		*ks = bigger;
	}
	size_t len;
	const char *k = key_text(c, 0, at, &len);
	if (!k)
		return KEY_NOMEM;
	for (uint32_t i = (uint32_t)names_hash(c->seed, k, len) & (ks->cap - 1);; i = (i + 1) & (ks->cap - 1)) {
		STATS_WORK(1);
		if (!ks->slots[i]) {
			ks->slots[i] = at.start + 1;
			ks->n++;
			return KEY_NEW;
		}
		int same = same_key(c, at, k, len, ks->slots[i] - 1);
		if (same < 0)
			return KEY_NOMEM;
		if (same) {
			*first = ks->slots[i] - 1;
			return KEY_TWICE;
		}
	}
}

/* Opens an object or list at `open`; false when out of memory.  On the
 * levels whose ends are recorded, it takes an entry of c->ends, which
 * pop gives back if it turns out small. */
static bool push(struct checker *c, char kind, uint32_t open)
{
	uint32_t end_slot = NONE;
	if (c->depth < DATA_END_DEPTH) {
		if (c->nends == c->capends) {
			size_t cap = c->capends ? 2 * c->capends : 64;
			struct data_end *ends = realloc(c->ends, cap * sizeof *ends);
			if (!ends)
				return false;
			STATS_BYTES((cap - c->capends) * sizeof *ends);
			c->ends = ends;
			c->capends = cap;
		}
		end_slot = (uint32_t)c->nends;
		c->ends[c->nends++] = (struct data_end){ open, 0 };
	}
	if (c->depth == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		struct frame *frames = realloc(c->frames, cap * sizeof *frames);
		if (!frames)
			return false;
		STATS_BYTES((cap - c->cap) * sizeof *frames);
		memset(frames + c->cap, 0, (cap - c->cap) * sizeof *frames);
		c->frames = frames;
		c->cap = cap;
	}
	struct frame *f = &c->frames[c->depth++];
	struct key_set keys = f->keys;
	if (keys.cap > 64) { /* clearing it for every small object would cost too much */
		free(keys.slots);
		keys = (struct key_set){ NULL, 0, 0 };
	} else if (keys.slots) {
		memset(keys.slots, 0, keys.cap * sizeof *keys.slots);
		keys.n = 0;
	}
	*f = (struct frame){ kind, open, NONE, NONE, NONE, NONE, NONE, end_slot, keys };
	return true;
}

/* Closes the innermost object or list, whose closing bracket is at close:
 * its end is kept if it is big.  Anything it holds is smaller, so its entry
 * is the last when it is small. */
static void pop(struct checker *c, uint32_t close)
{
	struct frame *f = &c->frames[--c->depth];
	if (f->end_slot == NONE)
		return;
	if (close - f->open + 1 >= DATA_END_MIN)
		c->ends[f->end_slot].end = close + 1;
	else
		c->nends = f->end_slot;
}

static void report_json(struct data *d, const json_error_t *err, struct diag *diag);

/* Reports why the text is not JSON, which the check found at token e, in
 * state x (see enum expect): jansson reads a copy of the text that keeps,
 * before e, only the brackets still open, the keys whose values are open,
 * and the last member or item of the innermost with its value a 0; all
 * else is blanked out.  jansson is then in the state it would be in at e,
 * stops at the same place with the same error, and has built a few values
 * at most. */
static void report_fault(struct checker *c, struct token e, enum expect x, struct diag *diag)
{
	struct data *d = c->d;
	const char *t = d->src.text;
	size_t len = d->src.len;
	char *copy = malloc(len ? len : 1);
	if (!copy) {
		diag_report(diag, &d->src, SPAN_START, D_MEMORY, "out of memory");
		return;
	}
	STATS_BYTES(len);
	STATS_WORK(len / 16);
	memset(copy, ' ', len);
	for (size_t i = 0; i < c->depth; i++) {
		struct frame *f = &c->frames[i];
		copy[f->open] = t[f->open];
		if (i + 1 < c->depth) {
			if (f->kind == '{') /* the key (and ':') of the member the next is in */
				memcpy(copy + f->cur, t + f->cur, c->frames[i + 1].open - f->cur);
			continue;
		}
		if (f->last != NONE) {
			memcpy(copy + f->last, t + f->last, f->last_value - f->last);
			copy[f->last_value] = '0';
			if (f->comma != NONE)
				copy[f->comma] = ',';
		}
		if (f->kind == '{' && f->cur != NONE) /* a key, and perhaps its ':' */
			memcpy(copy + f->cur, t + f->cur, e.at.start - f->cur);
	}
	if (x == X_END) {
		copy[c->top_open] = '{';
		copy[c->top_close] = '}';
	}
	memcpy(copy + e.at.start, t + e.at.start, len - e.at.start);
	/* each number a 0 padded to its length, each NUL byte a 0x01, as
	 * parse_data explains */
	for (char *nul = memchr(copy, '\0', len); nul; nul = memchr(nul, '\0', len - (size_t)(nul - copy)))
		*nul = 1;
	for (struct token tk = e; tk.kind != T_END; tk = next_token(d, tk.at.end))
		if (tk.kind == T_NUMBER) {
			memset(copy + tk.at.start, ' ', tk.at.end - tk.at.start);
			copy[tk.at.start] = '0';
		}
	json_error_t err;
	json_t *doc = json_loadb(copy, len, JSON_REJECT_DUPLICATES, &err);
	free(copy);
	if (doc) { /* the check and jansson disagree: say where the check stopped */
		json_decref(doc);
		diag_report(diag, &d->src, e.at, D_BAD_JSON, "the data is not valid JSON here");
		return;
	}
	report_json(d, &err, diag);
}

/* Reads on in the list f after its item tk, while a ',' and a string
 * without escapes follow: the bulk of a long list, checked without the
 * general machinery of check_json.  Leaves f as check_json would after the
 * last of them, which it returns (tk if none). */
static struct token plain_items(struct data *d, struct frame *f, struct token tk)
{
	const char *t = d->src.text;
	uint32_t n = (uint32_t)d->src.len, from = tk.at.end;
	for (;;) {
		uint32_t i = tk.at.end;
		while (i < n && json_space(t[i]))
			i++;
		if (i == n || t[i] != ',')
			break;
		do
			i++;
		while (i < n && json_space(t[i]));
		if (i == n || t[i] != '"')
			break;
		bool escaped = false;
		uint32_t close = string_end(d, i, &escaped);
		if (close == n || t[close] != '"' || escaped)
			break;
		tk = (struct token){ T_STRING, false, { i, close + 1 } };
		f->last = f->last_value = f->value = i;
	}
	STATS_WORK(tk.at.end - from);
	return tk;
}

/* Checks that the text of d is JSON that jansson reads, from its first
 * token first; when it is not, reports why (one error) and returns false.
 * One pass over the tokens; a hash set of keys per object open. */
static bool check_json(struct data *d, struct token first, struct diag *diag)
{
	/* the room of the unit before, if d was emptied by data_clear_values */
	struct checker c = { .d = d, .top_open = first.at.start, .top_close = NONE,
			     .frames = d->frames, .cap = d->frames_cap, .ends = d->ends, .capends = d->ends_cap };
	d->frames = NULL;
	d->frames_cap = 0;
	d->ends = NULL;
	d->nends = d->ends_cap = 0;
	c.seed = names_hash(0x13198A2E03707344u, (const char *)&d, sizeof d);
	enum expect x = X_VALUE;
	struct token tk = first;
	uint32_t first_key = 0;
	bool ok = false, twice = false, nomem = false;
	for (;; tk = next_token(d, tk.at.end)) {
		struct frame *f = c.depth ? &c.frames[c.depth - 1] : NULL;
		char p = punct(d, tk);
		bool closes = (x == X_ITEM && p == ']') || (x == X_MEMBER && p == '}') ||
			      (x == X_NEXT && p == (f->kind == '{' ? '}' : ']'));
		if (closes) {
			pop(&c, tk.at.start);
			if (c.depth == 0)
				c.top_close = tk.at.start;
		} else if (x == X_VALUE || x == X_ITEM) {
			if (c.depth >= JSON_PARSER_MAX_DEPTH)
				break; /* jansson's limit: 2048 values one in another */
			if (f) {
				f->value = tk.at.start;
				if (f->kind == '[')
					f->cur = tk.at.start;
			}
			if (p == '{' || p == '[') {
				if ((nomem = !push(&c, p, tk.at.start)))
					break;
				x = p == '{' ? X_MEMBER : X_ITEM;
				continue;
			}
			if (tk.kind == T_STRING ? tk.escaped && !string_ok(d->src.text, tk.at)
						: tk.kind != T_NUMBER && tk.kind != T_WORD)
				break;
		} else if (x == X_MEMBER || x == X_KEY) {
			if (tk.kind != T_STRING || (tk.escaped && !string_ok(d->src.text, tk.at)))
				break;
			int r = add_key(&c, f, tk.at, &first_key);
			nomem = r == KEY_NOMEM;
			if ((twice = r == KEY_TWICE) || nomem)
				break;
			f->cur = tk.at.start;
			x = X_COLON;
			continue;
		} else if (x == X_COLON) {
			if (p != ':')
				break;
			x = X_VALUE;
			continue;
		} else if (x == X_NEXT) {
			if (p != ',')
				break;
			f->comma = tk.at.start;
			x = f->kind == '{' ? X_KEY : X_VALUE;
			continue;
		} else { /* X_END */
			ok = tk.kind == T_END;
			break;
		}
		/* a value ended at tk: the last of the object or list it is in */
		f = c.depth ? &c.frames[c.depth - 1] : NULL;
		if (!f) {
			x = X_END;
			continue;
		}
		f->last = f->cur;
		f->last_value = f->value;
		f->comma = NONE;
		f->cur = NONE;
		x = X_NEXT;
		if (f->kind == '[')
			tk = plain_items(d, f, tk);
	}
	char buf[DIAG_SHOWN_CAP];
	size_t len;
	const char *key = twice ? key_text(&c, 0, tk.at, &len) : NULL;
	if (nomem || (twice && !key))
		diag_report(diag, &d->src, SPAN_START, D_MEMORY, "out of memory");
	else if (twice)
		diag_report(diag, &d->src, tk.at, D_BAD_JSON, "the key \"%s\" is given twice: first on line %d",
			    diag_shown(buf, key, len), line_of(d, first_key));
	else if (!ok)
		report_fault(&c, tk, x, diag);
	d->frames = c.frames; /* for the next unit: data_clear_values keeps them */
	d->frames_cap = c.cap;
	free(c.buf[0]);
	free(c.buf[1]);
	d->ends = c.ends; /* the reader skips the big values by these */
	d->nends = ok ? c.nends : 0;
	d->ends_cap = c.capends;
	return ok;
}

/* ---- values ---- */

/* What a value of the data is. */
enum vkind { V_NULL, V_BOOL, V_NUMBER, V_STRING, V_LIST, V_OBJECT };

/* A value of the data, as written. */
struct jvalue {
	enum vkind kind;
	struct span at;          /* one token, or an object or list through its closing bracket */
	bool truth;              /* V_BOOL */
	const char *str;         /* V_STRING: the text, decoded (see string_text) */
	size_t len;
};

/* A key of an object and its value. */
struct member {
	const char *raw;         /* the key, decoded: shown in messages */
	size_t raw_len;
	const char *name;        /* the key in NFC: matched against names */
	size_t len;
	struct span key;         /* the key, quotes included */
	struct jvalue v;         /* its value (read by read_value) */
	struct token vt;         /* the first token of its value */
};

/* The value starting with token tk (of checked JSON) and ending at end
 * (skip_value). */
static struct jvalue read_value(struct data *d, struct token tk, uint32_t end)
{
	struct jvalue v = { V_NULL, tk.at, false, NULL, 0 };
	char c = punct(d, tk);
	if (c == '{' || c == '[') {
		v.kind = c == '{' ? V_OBJECT : V_LIST;
		v.at.end = end;
	} else if (tk.kind == T_STRING) {
		v.kind = V_STRING;
		v.str = string_text(d, tk.at, &v.len);
	} else if (tk.kind == T_NUMBER) {
		v.kind = V_NUMBER;
	} else if (d->src.text[tk.at.start] != 'n') {
		v.kind = V_BOOL;
		v.truth = d->src.text[tk.at.start] == 't';
	}
	return v;
}

/* Reads the key token tk of an object and the ':' after it into m; the
 * value is m->vt, not read yet. */
static void read_key(struct data *d, struct token tk, struct member *m)
{
	m->key = tk.at;
	m->raw = string_text(d, tk.at, &m->raw_len);
	m->name = nfc(d, m->raw, m->raw_len, &m->len);
	m->vt = next_token(d, next_token(d, tk.at.end).at.end); /* past the ':' */
	m->v = (struct jvalue){ V_NULL, m->vt.at, false, NULL, 0 };
}

/* The token after a value ending at end: past the ',' if one follows. */
static struct token after_value(struct data *d, uint32_t end)
{
	struct token tk = next_token(d, end);
	return punct(d, tk) == ',' ? next_token(d, tk.at.end) : tk;
}

/* Reads the next member of an object, whose key is *tk, into m with its
 * value; moves *tk past it.  False at the end of the object. */
static bool next_member(struct data *d, struct token *tk, struct member *m)
{
	if (tk->kind != T_STRING)
		return false;
	STATS_WORK(1);
	read_key(d, *tk, m);
	m->v = read_value(d, m->vt, skip_value(d, m->vt));
	*tk = after_value(d, m->v.at.end);
	return true;
}

/* Whether s[0..len) is the NUL-terminated word w. */
static bool is(const char *s, size_t len, const char *w)
{
	return strlen(w) == len && !memcmp(s, w, len);
}

static void data_error(struct data *d, struct diag *diag, const struct member *m,
		       enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Reports a problem with the value of m, at m's key. */
static void data_error(struct data *d, struct diag *diag, const struct member *m,
		       enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(diag, d->placeless ? NULL : &d->src, m->key, code, fmt, ap);
	va_end(ap);
}

/* s[0..len) as messages show it (diag_shown), or "" when the next
 * diagnostic of code will be hidden: data can make millions of errors, and
 * the message of one that is only counted is never built. */
static const char *shown_for(const struct diag *diag, enum diag_code code, char *buf,
			     const char *s, size_t len)
{
	return diag_hidden(diag, code) ? "" : diag_shown(buf, s, len);
}

/* The kind of v, for messages. */
static const char *json_kind(const struct jvalue *v)
{
	switch (v->kind) {
	case V_OBJECT: return _("an object");
	case V_LIST: return _("a list");
	case V_STRING: return _("a string");
	case V_NUMBER: return _("a number");
	case V_BOOL: return _("true/false");
	default: return "null";
	}
}

/* A string value as messages show it (see diag_shown). */
static const char *shown_string(char *buf, const struct jvalue *v)
{
	return diag_shown(buf, v->str, v->len);
}

/* printf into the arena. */
static const char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static const char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, aq;
	va_start(ap, fmt);
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	char *s = arena_alloc(a, n > 0 ? (size_t)n + 1 : 1);
	if (s)
		vsnprintf(s, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);
	return s ? s : "";
}

/* q as num_format writes it (max_frac fractional digits, as a percent or
 * not), in the arena, however long it is: a number of the data is never
 * cut to a buffer's size. */
static const char *format_q(struct data *d, const mpq_t q, int max_frac, bool percent)
{
	size_t n = num_format(NULL, 0, q, max_frac, percent, NULL);
	char *s = arena_alloc(&d->arena, n + 1);
	num_format(s, n + 1, q, max_frac, percent, NULL);
	return s;
}

/* Whom a value belongs to, for messages: name, or printf(_(fmt), name)
 * when fmt is set.  The text is made only when a message needs it: a
 * value read without error costs no formatting. */
struct who {
	const char *fmt;
	const char *name;
};

static const char *who_text(struct data *d, struct who w)
{
	return w.fmt ? arena_printf(&d->arena, _(w.fmt), w.name) : w.name;
}

static struct who who_input(const struct input *in)
{
	return (struct who){ in->owner ? N_("indicator %s") : N_("input %s"), in->name };
}

static struct who who_indicator(const char *name)
{
	return (struct who){ N_("indicator %s"), name };
}

/* Tables often copy the target's operator into the actual ("≥90%"): the
 * length of such a prefix (>= <= = and ≥ ≧ ≤ ≦ ＝ ═ ﹦), so that the value
 * is read without it.  A strict one ("<80%", "＞5") is no such copy of a
 * value: it says the value is past a bound, and is not read (see
 * strict_bound). */
/* Whether s begins with a strict comparison: < > ＜ ＞ (not <= or >=). */
static bool strict_bound(const char *s, size_t len)
{
	if (len >= 1 && (s[0] == '<' || s[0] == '>'))
		return len < 2 || s[1] != '=';
	return len >= 3 && (!memcmp(s, "\xEF\xBC\x9C", 3) || !memcmp(s, "\xEF\xBC\x9E", 3));
}

static size_t comparison_prefix(const char *s, size_t len)
{
	static const char *const ops[] = {
		">=", "<=", "\xE2\x89\xA5", "\xE2\x89\xA7", "\xE2\x89\xA4", "\xE2\x89\xA6",
		"\xEF\xBC\x9D", "\xE2\x95\x90", "\xEF\xB9\xA6", "=",
	};
	/* every one begins with one of these bytes: a number (most cells)
	 * is passed over at its first */
	if (len == 0 || !strchr("<=>\xE2\xEF", s[0]))
		return 0;
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

/* A number string as a spreadsheet or a Chinese input method writes it,
 * s[0..len), in the form num_parse reads, into out (cap bytes): full-width
 * digits, '．', '－' and '＋' in ASCII (they are the same characters in
 * NFKC), and commas that group the thousands taken out, by the rule of a
 * CSV cell: a comma between digits, every group after the first of three
 * ("1,234.5", "１２，３４５"); "1,0" is left as it is.  Returns the length
 * written, or 0 when nothing was changed or out is too small. */
static size_t number_ascii(const char *s, size_t len, char *out, size_t cap)
{
	size_t n = 0, commas = 0;
	bool changed = false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (n + 1 >= cap)
			return 0;
		if (c == 0xEF && len - i >= 3 && (unsigned char)s[i + 1] == 0xBC) {
			unsigned char c3 = (unsigned char)s[i + 2];
			char a = c3 >= 0x90 && c3 <= 0x99 ? (char)('0' + c3 - 0x90) : c3 == 0x8E ? '.' : c3 == 0x8D ? '-'
				: c3 == 0x8B ? '+' : c3 == 0x8C ? ',' : 0;
			if (a) {
				out[n++] = a;
				commas += a == ',';
				changed = true;
				i += 2;
				continue;
			}
		}
		commas += c == ',';
		out[n++] = (char)c;
	}
	if (commas) { /* only commas that group thousands go */
		size_t i = 0, run = 0, groups = 0;
		while (i < n && !is_digit(out[i]))
			i++; /* a sign */
		for (; i < n && out[i] != '.'; i++) {
			if (is_digit(out[i])) {
				run++;
			} else if (out[i] == ',') {
				if (run == 0 || (groups == 0 ? run > 3 : run != 3))
					return 0;
				groups++;
				run = 0;
			} else {
				break;
			}
		}
		if (groups != commas || run != 3)
			return 0;
		size_t k = 0;
		for (i = 0; i < n; i++)
			if (out[i] != ',')
				out[k++] = out[i];
		n = k;
		changed = true;
	}
	return changed ? n : 0;
}

/* Reads the JSON number s[0..n) exactly: its mantissa by num_parse, scaled
 * by its exponent.  False when, written out in full, it has more digits than
 * num_parse reads; a zero is 0 whatever its exponent (0e5000) and however
 * many zeros it is written with. */
static bool read_json_number(mpq_t out, const char *s, size_t n)
{
	size_t m = 0;
	STATS_WORK(n);
	while (m < n && s[m] != 'e' && s[m] != 'E')
		m++;
	int64_t exp = 0;
	for (size_t i = m + 1; i < n; i++)
		if (is_digit(s[i]) && exp <= NUM_MAX_DIGITS + (int64_t)n) /* past that, too long anyway */
			exp = exp * 10 + (s[i] - '0');
	if (m + 1 < n && s[m + 1] == '-')
		exp = -exp;
	size_t nonzero = 0;
	while (nonzero < m && (s[nonzero] == '0' || s[nonzero] == '-' || s[nonzero] == '.'))
		nonzero++;
	if (nonzero == m) {
		mpq_set_ui(out, 0, 1);
		return true;
	}
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
enum { NUM_OK, NUM_NOT, NUM_TOO_LONG, NUM_REPORTED };

/* Reads the number or percent v gives: a JSON number exactly as its digits
 * write it, or a string holding a decimal.  A number with more digits than
 * num_parse reads is reported (naming who, at m's key), not rounded; a
 * value that is no number is the caller's to report. */
static int read_number(struct data *d, struct diag *diag, const struct member *m, struct who who,
		       const struct jvalue *v, mpq_t out, bool *percent)
{
	*percent = false;
	char buf[DIAG_SHOWN_CAP + 2];
	if (v->kind == V_NUMBER) {
		const char *s = d->src.text + v->at.start;
		size_t len = v->at.end - v->at.start;
		if (read_json_number(out, s, len))
			return NUM_OK;
		diag_shown(buf, s, len);
	} else if (v->kind == V_STRING) {
		size_t skip = comparison_prefix(v->str, v->len), digits = 0;
		if (num_parse(out, v->str + skip, v->len - skip, percent))
			return NUM_OK;
		char ascii[128]; /* "９５０", "1,234.5" */
		size_t n = number_ascii(v->str + skip, v->len - skip, ascii, sizeof ascii);
		if (n && num_parse(out, ascii, n, percent))
			return NUM_OK;
		STATS_WORK(v->len);
		for (size_t i = 0; i < v->len; i++)
			digits += is_digit(v->str[i]);
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
		   who_text(d, who), buf, NUM_MAX_DIGITS);
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

/* The packed items of one list value (eval.h), kept by struct data. */
struct data_list {
	struct data_list *next;  /* the list read before */
	unsigned char *bytes;    /* malloc'd */
	size_t used, cap;        /* bytes written; bytes allocated */
};

/* A buffer of a list of a unit before, kept for the next unit's lists:
 * scoring many units then allocates nothing for their lists once the
 * buffers have grown to size.  At most SPARE_ONE bytes each and
 * SPARE_BYTES in all are kept: a long list's buffer is given back. */
struct data_spare {
	unsigned char *bytes;
	size_t cap;
};

#define SPARE_ONE (64 * 1024)
#define SPARE_BYTES (1024 * 1024)

/* Keeps the buffer of l for a list to come, or frees it. */
static void spare_keep(struct data *d, struct data_list *l)
{
	if (!l->bytes)
		return;
	if (l->cap <= SPARE_ONE && d->spare_bytes + l->cap <= SPARE_BYTES) {
		if (d->nspare == d->cap_spare) {
			int cap = d->cap_spare ? 2 * d->cap_spare : 8;
			struct data_spare *more = realloc(d->spare, (size_t)cap * sizeof *more);
			if (!more) {
				free(l->bytes);
				return;
			}
			d->spare = more;
			d->cap_spare = cap;
		}
		d->spare[d->nspare++] = (struct data_spare){ l->bytes, l->cap };
		d->spare_bytes += l->cap;
		return;
	}
	free(l->bytes);
}

static void spare_free(struct data *d)
{
	while (d->nspare > 0)
		free(d->spare[--d->nspare].bytes);
	free(d->spare);
	d->spare = NULL;
	d->cap_spare = 0;
	d->spare_bytes = 0;
}

static bool list_room(struct data_list *l, size_t need);

/* The JSON check's room kept for the next unit: at most this many open
 * objects and lists, key sets of this many slots, and big values' ends;
 * a unit that needed more gives the rest back. */
#define KEEP_FRAMES 64
#define KEEP_KEYS 64
#define KEEP_ENDS 4096

static void frames_free(struct data *d)
{
	for (size_t i = 0; i < d->frames_cap; i++)
		free(d->frames[i].keys.slots);
	free(d->frames);
	d->frames = NULL;
	d->frames_cap = 0;
}

/* Gives d, just emptied, what kept (d as it was) had to reuse: its
 * arena, whose block data_clear_values kept, its spare list buffers and
 * the JSON check's room. */
static void keep_reusable(struct data *d, const struct data *kept)
{
	d->arena = kept->arena;
	d->spare = kept->spare;
	d->nspare = kept->nspare;
	d->cap_spare = kept->cap_spare;
	d->spare_bytes = kept->spare_bytes;
	d->frames = kept->frames;
	d->frames_cap = kept->frames_cap;
	d->ends = kept->ends;
	d->ends_cap = kept->ends_cap;
	if (d->frames_cap > KEEP_FRAMES)
		frames_free(d);
	for (size_t i = 0; i < d->frames_cap; i++)
		if (d->frames[i].keys.cap > KEEP_KEYS) {
			free(d->frames[i].keys.slots);
			d->frames[i].keys = (struct key_set){ NULL, 0, 0 };
		}
	if (d->ends_cap > KEEP_ENDS) {
		free(d->ends);
		d->ends = NULL;
		d->ends_cap = 0;
	}
}

/* Gives the new list l (of d) room for need bytes: a kept buffer, grown if
 * need be, when there is one.  False when out of memory. */
static bool list_start(struct data *d, struct data_list *l, size_t need)
{
	if (d->nspare > 0) {
		struct data_spare *s = &d->spare[--d->nspare];
		d->spare_bytes -= s->cap;
		l->bytes = s->bytes;
		l->cap = s->cap;
		l->used = 0;
	}
	return list_room(l, need);
}

/* Makes room in l for need bytes more; false when out of memory. */
static bool list_room(struct data_list *l, size_t need)
{
	if (l->cap - l->used >= need)
		return true;
	size_t cap = 2 * l->cap > l->used + need ? 2 * l->cap : l->used + need;
	unsigned char *b = realloc(l->bytes, cap);
	if (!b)
		return false;
	STATS_BYTES(cap - l->cap);
	l->bytes = b;
	l->cap = cap;
	return true;
}

/* Appends to l the item written s[0..len) in a string of the data (escaped:
 * it has a backslash), decoded and in NFC.  Longjmps when out of memory. */
static void list_item(struct data *d, struct data_list *l, const char *s, size_t len, bool escaped)
{
	size_t room = eval_list_size(len); /* decoding never lengthens it */
	if (l->cap - l->used < room && !list_room(l, room))
		longjmp(*d->arena.on_oom, 1);
	if (!escaped && len < 0x80) { /* a short item, in ASCII most often: as it is */
		unsigned char *out = l->bytes + l->used, high = 0;
		out[0] = (unsigned char)len;
		for (size_t i = 0; i < len; i++)
			high |= (unsigned char)(out[i + 1] = (unsigned char)s[i]);
		if (!(high & 0x80)) {
			l->used += len + 1;
			return;
		}
	}
	if (escaped) { /* decoded where its packed text will end */
		char *at = (char *)l->bytes + l->used + room - len;
		len = unescape(at, s, len);
		s = at;
	}
	STATS_WORK(len);
	size_t n;
	char *m = nfc_stable(s, len) ? NULL : nfc_changed(d, s, len, &n);
	if (m) { /* NFC may lengthen it: s, in l, may move */
		if (!list_room(l, eval_list_size(n))) {
			free(m);
			longjmp(*d->arena.on_oom, 1);
		}
		s = m;
		len = n;
	}
	l->used = (size_t)(eval_list_put(l->bytes + l->used, s, len) - l->bytes);
	free(m);
}

/* Reads the list v of m (for input in, named who) into slot: its items'
 * text, decoded and in NFC, packed (eval.h) in one buffer that d keeps.
 * Returns the errors reported: an item that is not a string.  One sweep
 * over the checked text; the buffer starts at the size of the list's text,
 * which holds the items unless NFC lengthens them, and is cut to size. */
static int load_list(struct data *d, struct value *slot, struct who who, const struct member *m,
		     const struct jvalue *v, struct diag *diag)
{
	const char *t = d->src.text;
	uint32_t i = v->at.start + 1;
	struct data_list *l = arena_alloc(&d->arena, sizeof *l); /* longjmps when out of memory */
	l->next = d->lists; /* d frees it, whatever happens */
	d->lists = l;
	if (!list_start(d, l, v->at.end - v->at.start))
		longjmp(*d->arena.on_oom, 1);
	size_t items = 0;
	for (;;) { /* the text is checked: a ']' ends the list before the end of the text */
		while (json_space(t[i]))
			i++;
		if (t[i] == ']')
			break;
		if (t[i] != '"') {
			struct token tk = next_token(d, i);
			struct jvalue x = read_value(d, tk, skip_value(d, tk));
			data_error(d, diag, m, D_BAD_VALUE, "%s: item %zu of the list is %s, not text",
				   who_text(d, who), items + 1, json_kind(&x));
			free(l->bytes);
			*l = (struct data_list){ l->next, NULL, 0, 0 };
			return 1;
		}
		bool escaped = false;
		uint32_t close = string_end(d, i, &escaped);
		list_item(d, l, t + i + 1, close - i - 1, escaped);
		items++;
		for (i = close + 1; json_space(t[i]); i++)
			;
		if (t[i] == ']')
			break;
		i++; /* the ',' */
	}
	STATS_WORK(i - v->at.start);
	if (l->used < l->cap && l->cap > SPARE_ONE) { /* a long list: give back what the items did not take */
		unsigned char *b = realloc(l->bytes, l->used ? l->used : 1);
		if (b) {
			l->bytes = b;
			l->cap = l->used ? l->used : 1;
		}
	}
	slot->type = TY_LIST;
	slot->list = l->bytes;
	slot->nitems = (int)items;
	return 0;
}

/* A number with its unit, as tables write it ("20万元", "≥266米", "10
 * 倍"), into out: read when the unit is the value's own (`unit` of its
 * input, or of its indicator), an amount of money converted exactly
 * between 元, 千元, 万元 and 亿元.  Returns NUM_OK; NUM_NOT when v is not
 * a number and a unit; NUM_REPORTED when it is, in another unit. */
static int read_with_unit(struct data *d, struct diag *diag, const struct member *m, struct input *in,
			  const struct jvalue *v, mpq_t out, bool zh)
{
	const char *s = v->str;
	size_t len = v->len;
	char ascii[128]; /* "1,234万元", "１２万元": read as number_ascii writes it */
	size_t alen = number_ascii(s, len, ascii, sizeof ascii);
	if (alen) {
		s = ascii;
		len = alen;
	}
	size_t at = comparison_prefix(s, len), n = at;
	while (n < len && (is_digit(s[n]) || s[n] == '.' || (n == at && s[n] == '-')))
		n++;
	size_t u = n;
	while (u < len && s[u] == ' ')
		u++;
	bool pct;
	if (n == at || u == len || !num_parse(out, s + at, n - at, &pct))
		return NUM_NOT;
	const char *unit = s + u;
	size_t ulen = len - u;
	while (ulen && unit[ulen - 1] == ' ')
		ulen--;
	for (size_t i = 0; i < ulen; i++)
		if (is_digit(unit[i]) || unit[i] == '%')
			return NUM_NOT; /* "3 of 4", "12/30": no unit */
	const char *own = in->unit ? in->unit : in->owner ? in->owner->unit : NULL;
	char buf[DIAG_SHOWN_CAP];
	struct who who = who_input(in);
	if (own && strlen(own) == ulen && !memcmp(own, unit, ulen))
		return NUM_OK;
	long from = ast_money_yuan(unit, ulen), to = own ? ast_money_yuan(own, strlen(own)) : 0;
	if (from && to) { /* 20万元 for an amount in 元: 200000 */
		mpz_mul_ui(mpq_numref(out), mpq_numref(out), (unsigned long)from);
		mpz_mul_ui(mpq_denref(out), mpq_denref(out), (unsigned long)to);
		mpq_canonicalize(out);
		return NUM_OK;
	}
	if (own) {
		data_error(d, diag, m, D_BAD_VALUE, "%s: \"%s\" is in %.*s, but its unit is \"%s\"", who_text(d, who),
			   shown_string(buf, v), (int)ulen, unit, own);
		if (to)
			diag_help(diag, "write the value in %s (an amount in 元, 千元, 万元 or 亿元 is converted)", own);
		else
			diag_help(diag, "write the value in %s", own);
	} else {
		data_error(d, diag, m, D_BAD_VALUE, "%s: \"%s\" is in %.*s, but the template gives it no unit",
			   who_text(d, who), shown_string(buf, v), (int)ulen, unit);
		/* (the clause in the template's keywords: unit, 单位) */
		if (in->owner)
			diag_help(diag, "declare it in the template, %s \"%.*s\" on the indicator, or write the number "
					"alone", parse_keyword(TOK_UNIT, zh), (int)ulen, unit);
		else
			diag_help(diag, "declare it in the template, %s \"%.*s\" on the input, or write the number alone",
				  parse_keyword(TOK_UNIT, zh), (int)ulen, unit);
	}
	return NUM_REPORTED;
}

/* Whether a value in unit u may be a percent: a unit of percents ("%",
 * "％", 百分点), not an amount or a count. */
static bool percent_unit(const char *u)
{
	return strstr(u, "%") || strstr(u, "％") || strstr(u, "百分");
}

/* Help for a number string s[0..len) that does not read: a space before
 * its percent sign ("95 %"), a comma that groups no thousands ("1,0"). */
static void number_help(struct diag *diag, const char *s, size_t len)
{
	char ascii[128];
	size_t n = number_ascii(s, len, ascii, sizeof ascii);
	if (n == 0 && len < sizeof ascii) {
		memcpy(ascii, s, len);
		n = len;
	}
	for (size_t i = 1; i < n; i++) {
		if (ascii[i] != ' ' || !is_digit(ascii[i - 1]))
			continue;
		size_t j = i;
		while (j < n && ascii[j] == ' ')
			j++;
		if (j < n && (ascii[j] == '%' || (n - j >= 3 && !memcmp(ascii + j, "\xEF\xBC\x85", 3)))) {
			diag_help(diag, "write \"%.*s%.*s\", without the space before the percent sign", (int)i, ascii,
				  (int)(n - j), ascii + j);
			return;
		}
	}
	bool comma = memchr(ascii, ',', n) != NULL;
	for (size_t i = 0; i + 3 <= len && !comma; i++)
		comma = !memcmp(s + i, "\xEF\xBC\x8C", 3); /* ， */
	if (comma)
		diag_help(diag, "a comma may only group the thousands, by threes (\"1,234.5\"): write the number "
				"without it, with '.' before a fraction");
}

/* What load_value returns for a value marked as not given (未填报, ...):
 * ev->mark says which word. */
enum { VALUE_MARKED = -1 };

/* Sets in's state from what load_value gave (e); returns the errors that
 * fail the unit. */
static int value_state(struct eval *ev, struct input *in, int e)
{
	ev->present[in->index] = e == VALUE_MARKED ? INPUT_MARKED : e ? INPUT_BAD : INPUT_OK;
	return e == VALUE_MARKED ? 0 : e;
}

/* Reads v, the value of m, into in's slot; text in NFC.  Returns the
 * errors reported, or VALUE_MARKED. */
static int load_value(struct data *d, struct eval *ev, struct input *in,
		      const struct member *m, const struct jvalue *v, struct diag *diag)
{
	struct value *slot = eval_input_slot(ev, in);
	char buf[DIAG_SHOWN_CAP];
	struct who who = who_input(in);
	slot->percent = in->percent;
	/* a value the unit has not given, as tables mark it: never a zero (a
	 * text input takes the words as its text); the rows that need it score
	 * as their `missing` policy says, and an error is reported where one
	 * of them makes it one (the default) */
	int mark = v->kind == V_STRING ? eval_input_mark(in, v->str, v->len) : -1;
	if (mark >= 0) {
		ev->mark[in->index] = (signed char)mark;
		if (in->marked_error) {
			data_error(d, diag, m, D_MISSING_VALUE, "%s is marked \"%s\": the unit has not given it",
				   who_text(d, who), eval_marks[mark]);
			bool zh = ev->prog->chinese_keywords; /* the template's keywords */
			diag_help(diag, "give the value, or \"/\" (不适用) if the row does not apply to the unit; "
					"the row is pending, never scored as 0, unless the template says what "
					"such a row scores (%s %s, %s or %s)", parse_keyword(TOK_MISSING, zh),
				  parse_keyword(TOK_ZERO, zh), parse_keyword(TOK_EXCLUDE, zh), parse_keyword(TOK_RESCALE, zh));
			ev->row_errors++;
		}
		return VALUE_MARKED;
	}
	switch (in->type) {
	case TY_NUMBER: {
		bool pct;
		int r = read_number(d, diag, m, who, v, slot->num, &pct);
		if (r == NUM_NOT && v->kind == V_STRING && !strict_bound(v->str, v->len)) {
			r = read_with_unit(d, diag, m, in, v, slot->num, ev->prog->chinese_keywords); /* "20万元" */
			if (r == NUM_REPORTED)
				return 1;
		}
		if (r == NUM_NOT && v->kind == V_STRING) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: \"%s\" is not a number", who_text(d, who),
				   shown_string(buf, v));
			if (strict_bound(v->str, v->len))
				diag_help(diag, "a strict comparison (< or >) says the value is past a bound, not what "
						"it is: write the value itself; a ≥ or ≤ copied from the target is "
						"read without it");
			else
				number_help(diag, v->str, v->len);
		} else if (r == NUM_NOT) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected a number, got %s", who_text(d, who),
				   json_kind(v));
		}
		if (r != NUM_OK)
			return 1;
		if (in->percent && !pct) {
			const char *as_num = format_q(d, slot->num, 6, false);
			data_error(d, diag, m, D_BAD_VALUE,
				   "%s is a percent: write it with a percent sign", who_text(d, who));
			diag_help(diag, "\"%s\" if %s is a fraction, or \"%s%%\"; a bare number would be ambiguous",
				  format_q(d, slot->num, 6, true), as_num, as_num);
			return 1;
		}
		const char *own = in->unit ? in->unit : in->owner ? in->owner->unit : NULL;
		if (pct && !in->percent && own && !percent_unit(own)) {
			/* "95%" for an amount in 万元 is a rate copied into the wrong
			 * column, never 0.95万元 */
			data_error(d, diag, m, D_BAD_VALUE, "%s: \"%s\" is a percent, but its unit is \"%s\"",
				   who_text(d, who), shown_string(buf, v), own);
			diag_help(diag, "write the value in %s", own);
			return 1;
		}
		if (pct && in->owner && in->owner->scoring && in->owner->scoring->kind == RULE_JUDGED) {
			/* a judged row's value is its score, in points: a percent is
			 * its actual, copied from the table's 实际完成值 column */
			data_error(d, diag, m, D_BAD_VALUE,
				   "indicator %s is judged: its value is the score, in points, not a percent",
				   in->owner->name);
			diag_help(diag, "give the score and the actual the table shows: {\"actual\": \"%s\", \"score\": N}",
				  shown_string(buf, v));
			return 1;
		}
		if (in->integer && (pct || mpz_cmp_ui(mpq_denref(slot->num), 1) != 0)) {
			data_error(d, diag, m, D_BAD_VALUE, "%s is a whole number (a count), not %s", who_text(d, who),
				   format_q(d, slot->num, 6, pct));
			return 1;
		}
		slot->type = TY_NUMBER;
		return 0;
	}
	case TY_TEXT:
		if (v->kind != V_STRING) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected text, got %s", who_text(d, who), json_kind(v));
			return 1;
		}
		/* in NFC, as the template's names and texts are: compared
		 * with a target or a level, "café" is "café" however typed */
		slot->type = TY_TEXT;
		slot->str = nfc(d, v->str, v->len, &slot->len);
		return 0;
	case TY_DATE:
		if (v->kind != V_STRING || !read_date(v->str, v->len, &slot->date)) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected a date like \"2020-12-31\", got %s%s%s",
				   who_text(d, who), v->kind == V_STRING ? "\"" : "",
				   v->kind == V_STRING ? shown_string(buf, v) : json_kind(v),
				   v->kind == V_STRING ? "\"" : "");
			return 1;
		}
		slot->type = TY_DATE;
		return 0;
	case TY_BOOL: {
		const char *s = v->str;
		size_t len = v->len;
		if (v->kind == V_BOOL)
			slot->boolean = v->truth;
		else if (v->kind == V_STRING && (is(s, len, "是") || is(s, len, "true")))
			slot->boolean = true;
		else if (v->kind == V_STRING && (is(s, len, "否") || is(s, len, "false")))
			slot->boolean = false;
		else if (v->kind == V_STRING) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected true or false (是/否), got \"%s\"",
				   who_text(d, who), shown_string(buf, v));
			return 1;
		} else {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected true or false (是/否), got %s",
				   who_text(d, who), json_kind(v));
			return 1;
		}
		slot->type = TY_BOOL;
		return 0;
	}
	case TY_LIST:
		if (v->kind != V_LIST) {
			data_error(d, diag, m, D_BAD_VALUE, "%s: expected a list of items, got %s",
				   who_text(d, who), json_kind(v));
			return 1;
		}
		return load_list(d, slot, who, m, v, diag);
	default:
		return 0;
	}
}

/* "/" and "不适用" mark a row that does not apply. */
static bool is_inapplicable(const struct jvalue *v)
{
	return v->kind == V_STRING &&
	       (is(v->str, v->len, "/") || is(v->str, v->len, "／") || is(v->str, v->len, "不适用"));
}

/* The fields of a row object, with their Chinese synonyms. ORDER row_keys */
enum { ROW_ACTUAL, ROW_SCORE, ROW_REASON, ROW_PUBLISHED, ROW_LEVEL, ROW_NKEYS };

static const struct {
	const char *key;
	int field;
} row_keys[] = {
	{ "actual", ROW_ACTUAL }, { "实际值", ROW_ACTUAL }, { "完成值", ROW_ACTUAL },
	{ "level", ROW_LEVEL }, { "等级", ROW_LEVEL },
	{ "score", ROW_SCORE }, { "得分", ROW_SCORE },
	{ "reason", ROW_REASON }, { "偏差原因", ROW_REASON },
	{ "published", ROW_PUBLISHED }, { "公布得分", ROW_PUBLISHED },
};

/* An actual given for indicator ind, whose actual is an expression (m its
 * key); in a row object, the object itself needs no mention. */
static void computed_actual(struct data *d, struct diag *diag, const struct member *m,
			    const struct item *ind, bool in_row)
{
	data_error(d, diag, m, D_BAD_VALUE, "indicator %s computes its actual: the data cannot give it",
		   ind->name);
	if (in_row)
		diag_help(diag, "give the inputs its actual is computed from");
	else
		diag_help(diag, "give the inputs it is computed from; an object {\"score\": N, \"reason\": \"...\", "
			  "\"published\": N} may override or audit its score");
}

/* A score in a row object or in "$published": field f (spelt field) of m,
 * which is key (an indicator's name, or "$published"). */
static bool read_score(struct data *d, struct diag *diag, const struct member *m, const char *key,
		       const char *field, const struct jvalue *v, mpq_t out)
{
	struct who who = { key[0] == '$' ? NULL : N_("indicator %s"), key };
	bool pct;
	int r = read_number(d, diag, m, who, v, out, &pct);
	if (r == NUM_OK && !pct)
		return true;
	if (r == NUM_NOT && v->kind == V_STRING) {
		/* a string that holds no number alone ("18分"): it is quoted,
		 * and the help shows the number it starts with, if any */
		char buf[DIAG_SHOWN_CAP];
		data_error(d, diag, m, D_BAD_VALUE, key[0] == '$' ? N_("%s: \"%s\" must be a number of points, not \"%s\"")
			   : N_("indicator %s: \"%s\" must be a number of points, not \"%s\""),
			   key, field, shown_for(diag, D_BAD_VALUE, buf, v->str, v->len));
		size_t n = 0;
		while (n < v->len && n < 32 && (is_digit(v->str[n]) || (n && v->str[n] == '.')))
			n++;
		while (n && v->str[n - 1] == '.')
			n--;
		if (n)
			diag_help(diag, "write the number alone: %.*s or \"%.*s\"", (int)n, v->str, (int)n, v->str);
		else
			diag_help(diag, "points are a number, 18, or a string holding one, \"18\"");
	} else if (r == NUM_NOT || pct) {
		data_error(d, diag, m, D_BAD_VALUE, key[0] == '$' ? N_("%s: \"%s\" must be a number of points, not %s")
			   : N_("indicator %s: \"%s\" must be a number of points, not %s"),
			   key, field, pct ? _("a percent") : json_kind(v));
	}
	return false;
}

/* The reader's state while it binds one data file. */
struct reader {
	struct data *d;
	struct eval *ev;
	struct program *prog;
	struct diag *diag;
	const char **cands;         /* the inputs' names, for "did you mean": built
				       at the first unknown key shown */
	uint32_t *input_key;        /* per input: where its key was, + 1; 0 if none yet */
	uint32_t *ind_key;          /* per indicator: the same */
	const char *const *ids;     /* keys that are identity fields */
	int nids;
	int top_ids[64];            /* where the identities given as keys of
				       their own are in data.id_keys */
	int ntop_ids;
};

/* An indicator's row written as an object (m): {"actual": ..., "score": N,
 * "reason": "...", "published": N}. */
static int load_row(struct reader *rd, struct item *ind, struct input *in, const struct member *m)
{
	struct data *d = rd->d;
	struct eval *ev = rd->ev;
	struct diag *diag = rd->diag;
	struct jvalue field[ROW_NKEYS];
	const char *spelt[ROW_NKEYS] = { 0 };
	bool given[ROW_NKEYS] = { 0 };
	const char *key = ind->name;
	char buf[DIAG_SHOWN_CAP];
	int errors = 0;
	struct member f;
	for (struct token tk = next_token(d, m->v.at.start + 1); next_member(d, &tk, &f);) {
		size_t k = 0;
		while (k < sizeof row_keys / sizeof row_keys[0] && !is(f.name, f.len, row_keys[k].key))
			k++;
		if (k == sizeof row_keys / sizeof row_keys[0]) {
			data_error(d, diag, m, D_BAD_VALUE, "indicator %s: unknown field \"%s\"", key,
				   shown_for(diag, D_BAD_VALUE, buf, f.raw, f.raw_len));
			diag_help(diag, "a row has \"actual\", \"score\", \"reason\" and \"published\" "
				  "(实际值, 得分, 偏差原因, 公布得分)");
			errors++;
			continue;
		}
		int r = row_keys[k].field;
		if (given[r]) {
			data_error(d, diag, m, D_BAD_VALUE, "indicator %s: \"%s\" is given twice", key,
				   row_keys[k].key);
			errors++;
		}
		if (f.v.kind != V_NULL) {
			field[r] = f.v;
			spelt[r] = row_keys[k].key;
			given[r] = true;
		}
	}
	if (errors) {
		if (in)
			ev->present[in->index] = INPUT_BAD; /* reported */
		return errors;
	}
	struct row_data *row = &ev->row[ind->index];
	struct rule *rule = ind->scoring;
	bool judged = rule && rule->kind == RULE_JUDGED;
	/* a score given that does not read: its error is the row's only one,
	 * the row is not scored (no "must pick the score" besides) */
	bool bad_score = given[ROW_SCORE] &&
			 !read_score(d, diag, m, key, spelt[ROW_SCORE], &field[ROW_SCORE], row->score);
	row->bad_score = bad_score;
	if (bad_score)
		errors++;
	else
		row->has_score = given[ROW_SCORE];
	if (given[ROW_PUBLISHED] &&
	    !read_score(d, diag, m, key, spelt[ROW_PUBLISHED], &field[ROW_PUBLISHED], row->published))
		errors++;
	else
		row->has_published = given[ROW_PUBLISHED];
	if (given[ROW_REASON]) {
		struct jvalue *r = &field[ROW_REASON];
		if (r->kind != V_STRING) {
			data_error(d, diag, m, D_BAD_VALUE, "indicator %s: the reason must be text, not %s",
				   key, json_kind(r));
			errors++;
		} else if (r->len && !is_inapplicable(r)) { /* "/": none */
			row->reason = r->str;
			row->reason_len = r->len;
		}
	}
	/* a level: the value of a grade row; beside it, the actual is the
	 * text the published table shows (基本健全, level 有制度) */
	struct jvalue *actual = given[ROW_ACTUAL] ? &field[ROW_ACTUAL] : NULL;
	if (given[ROW_LEVEL] && given[ROW_ACTUAL]) {
		if (!rule || rule->kind != RULE_GRADE || actual->kind != V_STRING) {
			data_error(d, diag, m, D_BAD_VALUE,
				   rule && rule->kind == RULE_GRADE
					   ? N_("indicator %s: the actual beside its level must be the text the table shows")
					   : N_("indicator %s: gives a level and an actual, but only a grade's row has a level"),
				   key);
			if (in)
				ev->present[in->index] = INPUT_BAD;
			return errors + 1;
		}
		row->shown = actual->str;
		row->shown_len = actual->len;
		actual = &field[ROW_LEVEL];
	} else if (given[ROW_LEVEL]) {
		actual = &field[ROW_LEVEL];
	}
	if (actual && is_inapplicable(actual)) {
		row->inapplicable = true;
		return errors;
	}
	if (judged) {
		/* the score is the rule's input; the actual is only shown */
		if (actual) {
			if (actual->kind == V_STRING) {
				row->shown = actual->str;
				row->shown_len = actual->len;
			} else if (actual->kind == V_NUMBER) {
				bool pct;
				mpq_t q;
				mpq_init(q);
				if (read_number(d, diag, m, who_indicator(key),
						actual, q, &pct) == NUM_OK) {
					row->shown = format_q(d, q, 6, false);
					row->shown_len = strlen(row->shown);
				} else {
					row->shown = "";
					errors++;
				}
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
		} else if (in && !errors && !given[ROW_SCORE]) {
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
		computed_actual(d, diag, m, ind, true);
		return errors + 1;
	}
	int e = value_state(ev, in, load_value(d, ev, in, m, actual, diag));
	if (ev->present[in->index] == INPUT_OK && rule && rule->kind == RULE_GRADE && row->has_score) {
		/* a level whose points are a range: the data picks the score */
		struct value *slot = eval_input_slot(ev, in);
		mpq_set(slot->num, row->score);
		slot->picked = true;
	}
	return errors + e;
}

/* "groups" of "$published": {"产出": 48, ...}, the published subtotals,
 * each group found by its name (one a template gives two groups is
 * refused: which one is meant cannot be said).  Returns the errors. */
static int load_group_subtotals(struct reader *rd, const struct member *m, const struct member *f)
{
	struct data *d = rd->d;
	struct eval *ev = rd->ev;
	struct diag *diag = rd->diag;
	struct program *p = rd->prog;
	char buf[DIAG_SHOWN_CAP];
	if (f->v.kind != V_OBJECT) {
		data_error(d, diag, m, D_BAD_VALUE, "$published: \"groups\" must be an object: {\"产出\": N, ...}");
		return 1;
	}
	struct name_map names;
	name_map_init(&names);
	bool *twice = calloc((size_t)p->groups.n + 1, sizeof *twice);
	bool ok = twice && name_map_reserve(&names, (size_t)p->groups.n);
	for (int i = 0; ok && i < p->groups.n; i++) {
		struct item *g = p->groups.items[i];
		struct item *first = name_map_put(&names, g->name, strlen(g->name), g);
		if (first != g)
			twice[first->index] = true;
	}
	int errors = 0;
	struct member e;
	STATS_WORK(p->groups.n);
	for (struct token tk = next_token(d, f->v.at.start + 1); ok && next_member(d, &tk, &e);) {
		struct item *g = name_map_get(&names, e.name, e.len);
		if (!g || twice[g->index]) {
			data_error(d, diag, m, D_BAD_VALUE,
				   g ? N_("$published: the template has two groups called \"%s\": their subtotals cannot be told apart")
				     : N_("$published: the template has no group called \"%s\""),
				   shown_for(diag, D_BAD_VALUE, buf, e.raw, e.raw_len));
			errors++;
		} else if (read_score(d, diag, m, "$published", g->name, &e.v, ev->group_pub[g->index])) {
			ev->group_has_pub[g->index] = true;
		} else {
			errors++;
		}
	}
	if (!ok) {
		diag_report(diag, NULL, SPAN_START, D_MEMORY, "out of memory");
		errors++;
	}
	free(twice);
	name_map_free(&names);
	return errors;
}

/* "$published": {"total": N, "max": N, "grade": "优", "groups": {...}},
 * the published table's own total, full score, grade and subtotals. */
static int load_published(struct reader *rd, const struct member *m)
{
	struct data *d = rd->d;
	struct eval *ev = rd->ev;
	struct diag *diag = rd->diag;
	const char *key = "$published";
	char buf[DIAG_SHOWN_CAP];
	if (m->v.kind != V_OBJECT) {
		data_error(d, diag, m, D_BAD_VALUE, "%s must be an object: {\"total\": N, \"grade\": \"...\"}", key);
		return 1;
	}
	int errors = 0;
	struct member f;
	for (struct token tk = next_token(d, m->v.at.start + 1); next_member(d, &tk, &f);) {
		if (is(f.name, f.len, "total") || is(f.name, f.len, "总分")) {
			if (read_score(d, diag, m, key, is(f.name, f.len, "total") ? "total" : "总分", &f.v,
				       ev->pub_total))
				ev->has_pub_total = true;
			else
				errors++;
		} else if (is(f.name, f.len, "groups") || is(f.name, f.len, "分组")) {
			errors += load_group_subtotals(rd, m, &f);
		} else if (is(f.name, f.len, "max") || is(f.name, f.len, "满分")) {
			if (read_score(d, diag, m, key, is(f.name, f.len, "max") ? "max" : "满分", &f.v, ev->pub_max))
				ev->has_pub_max = true;
			else
				errors++;
		} else if (is(f.name, f.len, "grade") || is(f.name, f.len, "等级")) {
			if (f.v.kind == V_STRING) {
				size_t len;
				const char *grade = nfc(d, f.v.str, f.v.len, &len);
				ev->pub_grade = arena_strndup(&d->arena, grade, len);
			} else {
				data_error(d, diag, m, D_BAD_VALUE, "%s: the grade must be text, not %s", key,
					   json_kind(&f.v));
				errors++;
			}
		} else {
			data_error(d, diag, m, D_BAD_VALUE,
				   "%s: unknown field \"%s\" (it has \"total\", \"max\", \"grade\" and \"groups\")",
				   key, shown_for(diag, D_BAD_VALUE, buf, f.raw, f.raw_len));
			errors++;
		}
	}
	return errors;
}

/* The names for "did you mean" after an unknown key: the inputs', built
 * once for the file. */
static const char *const *candidates(struct reader *rd)
{
	if (!rd->cands) {
		struct program *p = rd->prog;
		rd->cands = arena_alloc(&rd->d->arena, (size_t)(p->inputs.n + 1) * sizeof *rd->cands);
		for (int k = 0; k < p->inputs.n; k++)
			rd->cands[k] = ((struct input *)p->inputs.items[k])->name;
		STATS_WORK(p->inputs.n);
	}
	return rd->cands;
}

/* Keeps the identity field key = v (a string or a number, as written). */
static int keep_id(struct reader *rd, const struct member *m, const char *key, size_t key_len,
		   const struct jvalue *v, bool top)
{
	struct data *d = rd->d;
	const char *text;
	size_t len;
	/* an identity given twice: in "$id" and as a key of its own (JSON
	 * refuses a key twice in one object).  The keys of their own are few
	 * (the identity names): each is compared with every "$id" field, and
	 * each "$id" field with them */
	int nscan = top ? d->nids : rd->ntop_ids;
	for (int i = 0; i < nscan; i++) {
		const char *k = d->id_keys[top ? i : rd->top_ids[i]];
		if (strlen(k) == key_len && !memcmp(k, key, key_len)) {
			data_error(d, rd->diag, m, D_BAD_VALUE,
				   "the identity \"%.*s\" is given twice: in \"$id\" and as a key of its own",
				   (int)key_len, key);
			return 1;
		}
	}
	if (v->kind == V_STRING) {
		text = v->str;
		len = v->len;
	} else if (v->kind == V_NUMBER) {
		text = d->src.text + v->at.start;
		len = v->at.end - v->at.start;
	} else {
		data_error(d, rd->diag, m, D_BAD_VALUE, "the identity field \"%.*s\" must be text or a number, not %s",
			   (int)key_len, key, json_kind(v));
		return 1;
	}
	if (d->nids == d->cap_ids) {
		int cap = d->cap_ids ? 2 * d->cap_ids : 8;
		const char **k = arena_alloc(&d->arena, (size_t)cap * sizeof *k);
		const char **val = arena_alloc(&d->arena, (size_t)cap * sizeof *val);
		if (d->nids) {
			memcpy(k, d->id_keys, (size_t)d->nids * sizeof *k);
			memcpy(val, d->id_values, (size_t)d->nids * sizeof *val);
		}
		d->id_keys = k;
		d->id_values = val;
		d->cap_ids = cap;
	}
	/* a key of its own is listed once kept (a refused one is not there
	 * to compare with) */
	if (top && rd->ntop_ids < (int)(sizeof rd->top_ids / sizeof rd->top_ids[0]))
		rd->top_ids[rd->ntop_ids++] = d->nids;
	d->id_keys[d->nids] = arena_strndup(&d->arena, key, key_len);
	d->id_values[d->nids++] = arena_strndup(&d->arena, text, len);
	return 0;
}

/* "$id": {"项目编号": "P01", ...}, the unit's identity. */
static int load_ids(struct reader *rd, const struct member *m)
{
	struct data *d = rd->d;
	if (m->v.kind != V_OBJECT) {
		data_error(d, rd->diag, m, D_BAD_VALUE, "\"$id\" must be an object: {\"项目编号\": \"...\", ...}");
		return 1;
	}
	int errors = 0;
	struct member f;
	for (struct token tk = next_token(d, m->v.at.start + 1); next_member(d, &tk, &f);)
		errors += keep_id(rd, m, f.raw, f.raw_len, &f.v, false);
	return errors;
}

/* Binds the member m (its value unread) of the data's object; returns the
 * errors reported, and where its value ends in *end. */
static int load_member(struct reader *rd, struct member *m, uint32_t *end)
{
	struct data *d = rd->d;
	struct diag *diag = rd->diag;
	struct eval *ev = rd->ev;
	char buf[DIAG_SHOWN_CAP];
	*end = skip_value(d, m->vt);
	if (m->len && m->name[0] == '$') {
		if (is(m->name, m->len, "$published")) {
			m->v = read_value(d, m->vt, *end);
			return load_published(rd, m);
		}
		if (is(m->name, m->len, "$id")) {
			m->v = read_value(d, m->vt, *end);
			return load_ids(rd, m);
		}
		if (is(m->name, m->len, "$form")) /* rubric schema's hints: for people */
			return 0;
		data_error(d, diag, m, D_UNKNOWN_INPUT,
			   "unknown key \"%s\" (the data may have \"$published\", \"$id\" and \"$form\")",
			   shown_for(diag, D_UNKNOWN_INPUT, buf, m->raw, m->raw_len));
		return 1;
	}
	/* the checker's tables of the template's names, made once for it */
	struct input *in = names_findn(&rd->prog->input_names, NULL, m->name, m->len);
	struct item *ind = names_findn(&rd->prog->indicator_names, NULL, m->name, m->len);
	for (int i = 0; !in && !ind && i < rd->nids; i++)
		if (is(m->name, m->len, rd->ids[i])) {
			m->v = read_value(d, m->vt, *end);
			return keep_id(rd, m, m->raw, m->raw_len, &m->v, true);
		}
	if (!in && !ind) {
		data_error(d, diag, m, D_UNKNOWN_INPUT, "the template has no input or indicator called \"%s\"",
			   shown_for(diag, D_UNKNOWN_INPUT, buf, m->raw, m->raw_len));
		if (!diag->muted) /* no list of names for a message not shown */
			diag_suggest(diag, arena_strndup(&d->arena, m->name, m->len), candidates(rd),
				     (size_t)rd->prog->inputs.n);
		return 1;
	}
	/* the same name in two spellings (NFC makes them one) */
	uint32_t *seen = in ? &rd->input_key[in->index] : &rd->ind_key[ind->index];
	if (*seen) {
		bool hidden = diag_hidden(diag, D_BAD_JSON);
		data_error(d, diag, m, D_BAD_JSON, "the key \"%s\" is given twice: first on line %d",
			   shown_for(diag, D_BAD_JSON, buf, m->raw, m->raw_len),
			   hidden ? 0 : line_of(d, *seen - 1));
		return 1;
	}
	*seen = m->key.start + 1;
	m->v = read_value(d, m->vt, *end);
	struct jvalue *v = &m->v;
	if (ind && ind->inapplicable) {
		if (v->kind != V_NULL && !is_inapplicable(v)) {
			data_error(d, diag, m, D_BAD_VALUE,
				   "indicator %s is inapplicable in the template: the data cannot give it a value",
				   ind->name);
			return 1;
		}
		return 0;
	}
	if (ind && (v->kind == V_OBJECT || is_inapplicable(v))) {
		if (is_inapplicable(v)) {
			ev->row[ind->index].inapplicable = true;
			return 0;
		}
		return load_row(rd, ind, in, m);
	}
	if (!in && v->kind != V_NULL) {
		computed_actual(d, diag, m, ind, false);
		return 1;
	}
	if (!in || v->kind == V_NULL)
		return 0; /* null: reported as missing */
	int e = value_state(ev, in, load_value(d, ev, in, m, v, diag));
	return e;
}

/* Sets up rd over d's template: where each input's and indicator's key
 * was, none yet.  The names are looked up in the checker's tables
 * (program.input_names, indicator_names), made once for the template. */
static void reader_init(struct reader *rd)
{
	struct program *p = rd->prog;
	struct arena *a = &rd->d->arena;
	rd->input_key = arena_alloc(a, (size_t)(p->inputs.n + 1) * sizeof *rd->input_key);
	rd->ind_key = arena_alloc(a, (size_t)(p->indicators.n + 1) * sizeof *rd->ind_key);
	STATS_WORK(p->inputs.n + p->indicators.n);
}

/* ---- reading the data ---- */

/* The first byte of s[0..len) that is not UTF-8, or len. */
static size_t bad_utf8(const char *s, size_t len)
{
	STATS_WORK(len / 16);
	for (size_t i = 0; i < len;) {
		uint64_t w;
		if (len - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080u))) {
			i += 8; /* eight ASCII bytes */
			continue;
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return i;
		i += (size_t)n;
	}
	return len;
}

/* The encoding of text that is JSON in UTF-32 or UTF-16, with a byte order
 * mark or without (JSON starts with an ASCII character, so the NUL bytes
 * among its first four tell, as RFC 4627 says), named as iconv knows it;
 * NULL for anything else.  *unit is the length of the mark or of the first
 * character. */
static const char *wide_encoding(const char *t, size_t len, uint32_t *unit)
{
	const unsigned char *u = (const unsigned char *)t;
	*unit = 4;
	if (len >= 4 && !memcmp(t, "\0\0\xFE\xFF", 4))
		return "UTF-32BE";
	if (len >= 4 && !memcmp(t, "\xFF\xFE\0\0", 4))
		return "UTF-32LE";
	if (len >= 4 && !u[0] && !u[1] && !u[2] && u[3])
		return "UTF-32BE";
	if (len >= 4 && u[0] && !u[1] && !u[2] && !u[3])
		return "UTF-32LE";
	*unit = 2;
	if (len >= 2 && !memcmp(t, "\xFE\xFF", 2))
		return "UTF-16BE";
	if (len >= 2 && !memcmp(t, "\xFF\xFE", 2))
		return "UTF-16LE";
	if (len >= 4 && !u[0] && u[1] && !u[2] && u[3])
		return "UTF-16BE";
	if (len >= 4 && u[0] && !u[1] && u[2] && !u[3])
		return "UTF-16LE";
	return NULL;
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

/* Checks that d->src is a JSON object that jansson reads; false, with the
 * one error reported, when it is not.  *first is set to its '{'. */
static bool parse_data(struct data *d, struct token *first, struct diag *diag)
{
	const char *t = d->src.text;
	uint32_t unit;
	const char *wide = wide_encoding(t, d->src.len, &unit);
	if (wide) {
		struct span at = { 0, unit };
		diag_report(diag, &d->src, at, D_BAD_JSON, "the data is %s, not UTF-8", wide);
		diag_help(diag, "convert it with 'iconv -f %s -t UTF-8'", wide);
		return false;
	}
	size_t len = d->src.len, bad = bad_utf8(t, len);
	if (bad < len) {
		struct span at = { (uint32_t)bad, (uint32_t)bad + 1 };
		diag_report(diag, &d->src, at, D_BAD_JSON, "invalid UTF-8 byte 0x%02X", (unsigned char)t[bad]);
		diag_help(diag, "data files are UTF-8, and Chinese Excel often saves GB18030: "
			  "convert it with 'iconv -f GB18030 -t UTF-8'");
		return false;
	}
	*first = next_token(d, 0);
	if (first->kind == T_END) {
		diag_report(diag, &d->src, SPAN_START, D_BAD_JSON, "the data file is empty");
		return false;
	}
	const char *kind = not_object(d, *first);
	if (kind) {
		diag_report(diag, &d->src, first->at, D_BAD_JSON,
			    "the data must be a JSON object of input names and values, not %s", kind);
		return false;
	}
	/* jansson would read numbers as doubles: 1999.99999999999999 as 2000,
	 * 1e-400 as 0, and it refuses 20-digit integers and 1e400.  The check
	 * reads the text itself, and read_number reads each number from its
	 * digits; when jansson is asked why the text is not JSON, it reads a
	 * copy in which each number is a 0 padded with spaces to its length,
	 * and each NUL byte a 0x01: jansson would skip a NUL right after a
	 * number or a word (it takes the NUL it pushed back for the end of its
	 * buffer), and accept "1962\0"; both are control characters. */
	return check_json(d, *first, diag);
}

int data_load_json(struct data *d, struct eval *ev, const char *name,
		   const char *text, size_t len, struct diag *diag)
{
	return data_load_json_ids(d, ev, name, text, len, NULL, 0, diag);
}

static int load_json(struct data *d, const struct data *kept, struct eval *ev, const char *name,
		     const char *text, size_t len, const char *const *ids, int nids, struct diag *diag);

int data_load_json_ids(struct data *d, struct eval *ev, const char *name, const char *text, size_t len,
		       const char *const *ids, int nids, struct diag *diag)
{
	return load_json(d, NULL, ev, name, text, len, ids, nids, diag);
}

int data_reload_json_ids(struct data *d, struct eval *ev, const char *name, const char *text, size_t len,
			 const char *const *ids, int nids, struct diag *diag)
{
	struct data kept = *d;
	return load_json(d, &kept, ev, name, text, len, ids, nids, diag);
}

/* data_load_json_ids; when kept is given, d was emptied by
 * data_clear_values, and kept is what it was then: its arena and its
 * spare list buffers serve the new unit. */
static int load_json(struct data *d, const struct data *kept, struct eval *ev, const char *name,
		     const char *text, size_t len, const char *const *ids, int nids, struct diag *diag)
{
	memset(d, 0, sizeof *d);
	if (kept)
		keep_reusable(d, kept);
	else
		arena_init(&d->arena);
	int before = diag->errors, row_errors = ev->row_errors;
	/* a UTF-8 byte order mark (Notepad and Excel write one) is no part of
	 * the data; positions count from after it, as an editor shows them */
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
		text += 3;
		len -= 3;
	}
	if (len > UINT32_MAX - 1)
		len = UINT32_MAX - 1; /* positions are 32-bit; main refuses such files anyway */
	src_init(&d->src, name, text, len);
	for (d->run_stop = (uint32_t)len; d->run_stop && !(ch_class[(unsigned char)text[d->run_stop - 1]] & CH_STRING_END);)
		d->run_stop--; /* past the last byte that ends a run in a string */
	struct token first;
	if (!parse_data(d, &first, diag))
		return diag->errors - before;
	/* the reader's tables live in the arena, which longjmps to oom when
	 * memory runs out: one error, and nothing is scored */
	jmp_buf oom;
	struct reader *rd = arena_alloc(&d->arena, sizeof *rd);
	if (!rd || setjmp(oom)) {
		d->arena.on_oom = NULL;
		diag_report(diag, &d->src, SPAN_START, D_MEMORY, "out of memory");
		return diag->errors - before;
	}
	d->arena.on_oom = &oom;
	*rd = (struct reader){ .d = d, .ev = ev, .prog = ev->prog, .diag = diag, .ids = ids, .nids = nids };
	reader_init(rd);
	/* the members of the object, one at a time: each is bound and gone */
	struct member m;
	for (struct token tk = next_token(d, first.at.end); tk.kind == T_STRING;) {
		uint32_t end;
		STATS_WORK(1);
		read_key(d, tk, &m);
		load_member(rd, &m, &end);
		tk = after_value(d, end);
	}
	d->arena.on_oom = NULL;
	d->readable = true;
	return diag->errors - before - (ev->row_errors - row_errors); /* not the pending rows' */
}

/* ---- values given one at a time (rubric.h's setters) ---- */

void data_init_values(struct data *d)
{
	memset(d, 0, sizeof *d);
	arena_init(&d->arena);
	src_init(&d->src, "", "", 0);
	d->placeless = true;
	d->readable = true;
}

/* Sets in's value from v, given for it by the caller; sets in's state in
 * the frame.  Returns the errors reported. */
static int set_value(struct data *d, struct eval *ev, struct input *in, const struct jvalue *v,
		     struct diag *diag)
{
	struct member m = { .raw = in->name, .raw_len = strlen(in->name), .name = in->name,
			    .len = strlen(in->name), .key = SPAN_START, .v = *v };
	int e = value_state(ev, in, load_value(d, ev, in, &m, v, diag));
	return e;
}

int data_set_string(struct data *d, struct eval *ev, struct input *in, const char *s, size_t len,
		    struct diag *diag)
{
	jmp_buf oom;
	if (setjmp(oom)) {
		d->arena.on_oom = NULL;
		diag_report(diag, NULL, SPAN_START, D_MEMORY, "out of memory");
		ev->present[in->index] = INPUT_BAD;
		return 1;
	}
	d->arena.on_oom = &oom;
	/* a text value is kept, in NFC: a copy of the caller's text; a number,
	 * a date or a truth is read at once, from the caller's text */
	const char *copy = s;
	if (in->type == TY_TEXT) {
		char *c = arena_alloc(&d->arena, len + 1);
		memcpy(c, s, len);
		c[len] = '\0';
		copy = c;
	}
	struct jvalue v = { V_STRING, SPAN_START, false, copy, len };
	int e = set_value(d, ev, in, &v, diag);
	d->arena.on_oom = NULL;
	return e;
}

int data_set_bool(struct data *d, struct eval *ev, struct input *in, bool truth, struct diag *diag)
{
	struct jvalue v = { V_BOOL, SPAN_START, truth, NULL, 0 };
	return set_value(d, ev, in, &v, diag);
}

int data_set_list(struct data *d, struct eval *ev, struct input *in, const char *const *items,
		  const size_t *lens, int n, struct diag *diag)
{
	jmp_buf oom;
	if (setjmp(oom)) {
		d->arena.on_oom = NULL;
		diag_report(diag, NULL, SPAN_START, D_MEMORY, "out of memory");
		ev->present[in->index] = INPUT_BAD;
		return 1;
	}
	d->arena.on_oom = &oom;
	if (in->type != TY_LIST) {
		struct jvalue v = { V_LIST, SPAN_START, false, NULL, 0 };
		int e = set_value(d, ev, in, &v, diag); /* "expected ..., got a list" */
		d->arena.on_oom = NULL;
		return e;
	}
	struct data_list *l = arena_alloc(&d->arena, sizeof *l);
	*l = (struct data_list){ d->lists, NULL, 0, 0 };
	d->lists = l;
	size_t room = 1; /* what the items take unless NFC lengthens one: one allocation */
	for (int i = 0; i < n; i++)
		if (__builtin_add_overflow(room, eval_list_size(lens ? lens[i] : strlen(items[i])), &room))
			longjmp(oom, 1);
	if (!list_start(d, l, room))
		longjmp(oom, 1);
	for (int i = 0; i < n; i++)
		list_item(d, l, items[i], lens ? lens[i] : strlen(items[i]), false);
	struct value *slot = eval_input_slot(ev, in);
	slot->type = TY_LIST;
	slot->list = l->bytes;
	slot->nitems = n;
	ev->present[in->index] = INPUT_OK;
	d->arena.on_oom = NULL;
	return 0;
}

void data_clear_values(struct data *d)
{
	for (struct data_list *l = d->lists; l; l = l->next)
		spare_keep(d, l);
	d->lists = NULL;
	free(d->owned);
	src_free(&d->src);
	arena_clear(&d->arena);
	struct data kept = *d;
	data_init_values(d);
	keep_reusable(d, &kept);
}

void data_free(struct data *d)
{
	d->readable = false;
	d->placeless = false;
	free(d->owned);
	d->owned = NULL;
	for (struct data_list *l = d->lists; l; l = l->next)
		free(l->bytes);
	d->lists = NULL;
	spare_free(d);
	frames_free(d);
	free(d->ends);
	d->ends = NULL;
	d->nends = d->ends_cap = 0;
	arena_free(&d->arena);
	src_free(&d->src);
}
