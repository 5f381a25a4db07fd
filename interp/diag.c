/* diag.c - line tables, display widths, the diagnostic codes, and writing
 * diagnostics as text, JSON or SARIF, in English or Chinese. */
#define _GNU_SOURCE /* dladdr */
#include "diag.h"
#include "stats.h"
#include "version.h"

#include <dlfcn.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

void src_init(struct source *src, const char *name, const char *text, size_t len)
{
	src->name = name;
	src->text = text;
	src->len = len;
	src->lines = NULL;
	src->nlines = 0;
	src->marks = NULL;
	src->nmarks = 0;
}

char *src_read_file(const char *path, size_t max, size_t *len, int *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *buf = NULL;
	size_t n = 0, cap = 1 << 16;
	*err = 0;
	if (!f) {
		*err = errno;
	} else if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		*err = EISDIR;
	} else {
		buf = malloc(cap + 1);
		while (buf) {
			n += fread(buf + n, 1, cap - n, f);
			if (n < cap)
				break; /* the end, or an error */
			int c = getc(f); /* full: is there more? */
			if (c == EOF)
				break;
			if (cap >= max) {
				*err = EFBIG;
				break;
			}
			size_t more = cap > max / 2 ? max : 2 * cap;
			char *bigger = realloc(buf, more + 1);
			if (!bigger) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = bigger;
			buf[n++] = (char)c;
			cap = more;
		}
		if (!buf)
			*err = ENOMEM;
		else if (!*err && ferror(f))
			*err = errno ? errno : EIO;
	}
	if (f)
		fclose(f);
	if (*err) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

void src_free(struct source *src)
{
	free(src->lines);
	free(src->marks);
	src->lines = NULL;
	src->nlines = 0;
	src->marks = NULL;
	src->nmarks = 0;
}

/* Length in bytes of the UTF-8 sequence starting at s (1 for an invalid
 * byte, so that scanning always advances). */
static size_t char_len(const char *s, size_t len)
{
	if ((unsigned char)*s < 0x80)
		return 1;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
					      (utf8proc_ssize_t)len, &cp);
	return n > 0 ? (size_t)n : 1;
}

/* Builds the table of line starts (one entry per line, the first at 0) and
 * the marks of the lines longer than SRC_MARK_STRIDE bytes.  The tables
 * are filled first and src->lines is set last (a release store), so that
 * a thread that sees it set sees them whole: the source of a compiled
 * template is shared by every thread scoring with it, and the first
 * diagnostic about it builds its tables. */
static int build_lines(struct source *src)
{
	const char *t = src->text;
	size_t n = 1, nmarks = 0, nlines = 0;
	for (const char *nl = memchr(t, '\n', src->len); nl;
	     nl = memchr(nl + 1, '\n', src->len - (size_t)(nl + 1 - t)))
		n++;
	STATS_WORK(src->len / 64 + n);
	uint32_t *lines = malloc(n * sizeof *lines);
	/* a mark per SRC_MARK_STRIDE bytes at most */
	size_t capmarks = src->len / SRC_MARK_STRIDE + 1;
	struct src_mark *marks = malloc(capmarks * sizeof *marks);
	if (!lines || !marks) {
		free(lines);
		free(marks);
		return -1;
	}
	STATS_BYTES(n * sizeof *lines + capmarks * sizeof *marks);
	lines[nlines++] = 0;
	for (size_t i = 0; i < src->len; i++) {
		const char *nl = memchr(t + i, '\n', src->len - i);
		size_t end = nl ? (size_t)(nl - t) : src->len;
		/* a long line: count its characters once, marking the way */
		if (end - i > SRC_MARK_STRIDE) {
			uint32_t col = 1;
			size_t next = i + SRC_MARK_STRIDE;
			for (size_t j = i; j < end; col++) {
				if (j >= next && nmarks < capmarks) {
					marks[nmarks++] = (struct src_mark){ (uint32_t)j, col };
					next = j + SRC_MARK_STRIDE;
				}
				j += char_len(t + j, end - j);
			}
			STATS_WORK(end - i);
		}
		if (!nl)
			break;
		i = end;
		lines[nlines++] = (uint32_t)(i + 1);
	}
	src->nlines = nlines;
	src->marks = marks;
	src->nmarks = nmarks;
	__atomic_store_n(&src->lines, lines, __ATOMIC_RELEASE);
	return 0;
}

/* Held while a line table is built, so that two threads meeting the
 * first diagnostic of one template build it once. */
static pthread_mutex_t lines_lock = PTHREAD_MUTEX_INITIALIZER;

int src_linecol(struct source *src, uint32_t off, int *line, int *col)
{
	if (!__atomic_load_n(&src->lines, __ATOMIC_ACQUIRE)) {
		pthread_mutex_lock(&lines_lock);
		int rc = src->lines ? 0 : build_lines(src);
		pthread_mutex_unlock(&lines_lock);
		if (rc < 0)
			return -1;
	}
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
	/* and for the last mark <= off: count from it if it is on this line */
	size_t from = src->lines[lo], c = 1, mlo = 0, mhi = src->nmarks;
	while (mlo < mhi) {
		size_t mid = (mlo + mhi) / 2;
		if (src->marks[mid].off <= off)
			mlo = mid + 1;
		else
			mhi = mid;
	}
	if (mlo > 0 && src->marks[mlo - 1].off >= from) {
		from = src->marks[mlo - 1].off;
		c = src->marks[mlo - 1].col;
	}
	STATS_WORK(off - from + 1);
	for (size_t i = from; i < off; c++)
		i += char_len(src->text + i, off - i);
	*line = (int)lo + 1;
	*col = (int)c;
	return 0;
}

size_t diag_width(const char *s, size_t len)
{
	size_t w = 0;
	STATS_WORK(len);
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

const char *diag_shown(char *buf, const char *s, size_t len)
{
	static const char plain[] = "\"\\\b\f\n\r\t", escaped[] = "\"\\bfnrt";
	size_t o = 0;
	for (size_t i = 0, chars = 0; i < len; chars++) {
		if (chars == DIAG_SHOWN_CHARS) {
			memcpy(buf + o, "…", 3);
			o += 3;
			break;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) { /* the data is checked UTF-8, but never loop forever */
			n = 1;
			cp = 0xFFFD;
		}
		const char *p = cp > 0 && cp < 0x80 ? memchr(plain, cp, sizeof plain - 1) : NULL;
		utf8proc_category_t cat = utf8proc_category(cp);
		if (p) {
			buf[o++] = '\\';
			buf[o++] = escaped[p - plain];
		} else if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
			   cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP ||
			   (cat == UTF8PROC_CATEGORY_ZS && cp != ' ')) {
			if (cp > 0xFFFF) /* as JSON writes it: a surrogate pair */
				o += (size_t)sprintf(buf + o, "\\u%04x\\u%04x",
						     (unsigned)(0xD800 + ((cp - 0x10000) >> 10)),
						     (unsigned)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
			else
				o += (size_t)sprintf(buf + o, "\\u%04x", (unsigned)cp);
		} else {
			memcpy(buf + o, s + i, (size_t)n);
			o += (size_t)n;
		}
		i += (size_t)n;
	}
	buf[o] = '\0';
	return buf;
}

/* ---- codes ---- */

static const struct diag_code_info code_table[] = {
#define CODE(id, code, name, summary) { code, name, summary },
#include "codes.def"
#undef CODE
};

const struct diag_code_info *diag_code_info(enum diag_code code)
{
	return &code_table[code];
}

bool diag_is_warning(enum diag_code code)
{
	return code_table[code].code[0] == 'W';
}

const char *diag_code_string(enum diag_code code)
{
	return code_table[code].code;
}

/* ---- language ----
 *
 * Messages are translated from the gettext catalogue, a GNU .mo file,
 * read here rather than through the C library's gettext: a library must
 * not set the locale or the environment of the program it is part of, and
 * the translation must not depend on which locales are installed.  The
 * catalogue is read once, on the first Chinese message, and only read
 * afterwards, so any thread may translate. */

enum { LANG_UNSET, LANG_ENGLISH, LANG_CHINESE };
static atomic_int language; /* LANG_*: the environment decides at first use */

/* The catalogue: its bytes, and the tables of original and translated
 * strings (each entry a length and an offset), originals sorted. */
static struct {
	char *bytes;
	size_t size;
	uint32_t n;
	uint32_t orig, trans;    /* offsets of the two tables */
	bool swapped;            /* written in the other byte order */
} mo;
static pthread_mutex_t cat_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_bool cat_ready; /* cat is read, or is known to be missing */

/* Where the catalogues are: locale/ beside the library (a build tree has
 * build/locale beside build/librubric.so.0) or beside the program; or
 * ../share/locale beside either (bin/ and lib/ of an install, under any
 * prefix or DESTDIR); else LOCALEDIR.  dir receives the path of the
 * Chinese catalogue. */
static void find_catalogue(char *dir, size_t cap)
{
	char where[2][4096];
	int n = 0;
	Dl_info info;
	if (dladdr((void *)find_catalogue, &info) && info.dli_fname && info.dli_fname[0] == '/' &&
	    strlen(info.dli_fname) < sizeof where[0])
		strcpy(where[n++], info.dli_fname);
	ssize_t len = readlink("/proc/self/exe", where[n], sizeof where[n] - 1);
	if (len > 0)
		where[n++][len] = '\0';
	static const char *const beside[] = { "/locale", "/../share/locale" };
	for (int i = 0; i < n; i++) {
		char *slash = strrchr(where[i], '/');
		if (!slash)
			continue;
		*slash = '\0';
		for (size_t j = 0; j < sizeof beside / sizeof *beside; j++) {
			snprintf(dir, cap, "%s%s/zh_CN/LC_MESSAGES/rubric.mo", where[i], beside[j]);
			if (access(dir, R_OK) == 0)
				return;
		}
	}
	snprintf(dir, cap, "%s/zh_CN/LC_MESSAGES/rubric.mo", LOCALEDIR);
}

/* The 32-bit number at offset off of the catalogue (which has 4 bytes
 * there). */
static uint32_t cat_u32(size_t off)
{
	uint32_t v;
	memcpy(&v, mo.bytes + off, 4);
	return mo.swapped ? __builtin_bswap32(v) : v;
}

/* String i of the table at off, if the catalogue holds it whole:
 * NUL-terminated within the file. */
static const char *cat_string(uint32_t table, uint32_t i)
{
	size_t len = cat_u32(table + 8 * (size_t)i), at = cat_u32(table + 8 * (size_t)i + 4);
	if (at > mo.size || len >= mo.size - at || mo.bytes[at + len] != '\0')
		return NULL;
	return mo.bytes + at;
}

/* Reads and checks the catalogue; false (and no catalogue) when it is
 * missing or malformed: messages then stay in English. */
static bool cat_read(void)
{
	char path[4300];
	find_catalogue(path, sizeof path);
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	struct stat st;
	bool ok = fstat(fileno(f), &st) == 0 && st.st_size >= 28 && st.st_size < (64 << 20);
	if (ok) {
		mo.size = (size_t)st.st_size;
		mo.bytes = malloc(mo.size);
		ok = mo.bytes && fread(mo.bytes, 1, mo.size, f) == mo.size;
	}
	fclose(f);
	if (ok) {
		uint32_t magic;
		memcpy(&magic, mo.bytes, 4);
		mo.swapped = magic == 0xde120495u;
		ok = magic == 0x950412deu || mo.swapped;
	}
	if (ok) {
		mo.n = cat_u32(8);
		mo.orig = cat_u32(12);
		mo.trans = cat_u32(16);
		ok = mo.n < mo.size / 16 && mo.orig <= mo.size - 8 * (size_t)mo.n &&
		     mo.trans <= mo.size - 8 * (size_t)mo.n && mo.orig % 4 == 0 && mo.trans % 4 == 0;
	}
	/* every string whole, and the originals in order: then a lookup is
	 * a binary search that cannot read outside the file */
	for (uint32_t i = 0; ok && i < mo.n; i++) {
		const char *o = cat_string(mo.orig, i);
		ok = o && cat_string(mo.trans, i) && (i == 0 || strcmp(cat_string(mo.orig, i - 1), o) < 0);
	}
	if (!ok) {
		free(mo.bytes);
		memset(&mo, 0, sizeof mo);
	}
	return ok;
}

/* The catalogue, read on first use; false when there is none. */
static bool cat_open(void)
{
	if (!atomic_load_explicit(&cat_ready, memory_order_acquire)) {
		pthread_mutex_lock(&cat_lock);
		if (!atomic_load_explicit(&cat_ready, memory_order_relaxed)) {
			cat_read();
			atomic_store_explicit(&cat_ready, true, memory_order_release);
		}
		pthread_mutex_unlock(&cat_lock);
	}
	return mo.bytes != NULL;
}

void diag_set_language(void)
{
	/* the first of these that is set decides, as in gettext */
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *lang = NULL;
	for (size_t i = 0; i < sizeof vars / sizeof *vars && !lang; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			lang = v;
	}
	diag_use_language(lang && strncmp(lang, "zh", 2) == 0);
}

void diag_use_language(bool chinese)
{
	atomic_store_explicit(&language, chinese ? LANG_CHINESE : LANG_ENGLISH, memory_order_relaxed);
}

const char *diag_tr(const char *msg)
{
	int lang = atomic_load_explicit(&language, memory_order_relaxed);
	if (lang == LANG_UNSET) {
		diag_set_language();
		lang = atomic_load_explicit(&language, memory_order_relaxed);
	}
	if (lang != LANG_CHINESE || !cat_open())
		return msg;
	uint32_t lo = 0, hi = mo.n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = strcmp(cat_string(mo.orig, mid), msg);
		if (c == 0) {
			const char *t = cat_string(mo.trans, mid);
			return *t ? t : msg;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return msg;
}

/* ---- reporting ---- */

struct diag_record {
	enum diag_code code;
	bool error;            /* an error (a warning under --werror is one) */
	char *file;            /* NULL for a diagnostic with no place */
	struct span at;        /* its place: bytes of the file */
	int line, col;         /* 0 when there is no place */
	int end_line, end_col; /* one past the span's last character */
	char *message;
	char **help;
	int nhelp;
	int about;             /* struct diag's, when it was reported */
	char *justification;   /* a warning allowed by a comment, SARIF only:
				  the comment's reason */
};

void diag_init(struct diag *d, FILE *out)
{
	memset(d, 0, sizeof *d);
	d->out = out;
	d->format = DIAG_TEXT;
}

/* Frees record r's strings. */
static void record_free(struct diag_record *r)
{
	free(r->justification);
	free(r->file);
	free(r->message);
	for (int j = 0; j < r->nhelp; j++)
		free(r->help[j]);
	free(r->help);
}

void diag_free(struct diag *d)
{
	for (int i = 0; i < d->nrecords; i++)
		record_free(&d->records[i]);
	free(d->records);
	d->records = NULL;
	d->nrecords = d->caprecords = 0;
}

const char *diag_message(const struct diag *d, int i)
{
	return d->records[i].message;
}

/* vsnprintf into a fresh buffer; NULL when out of memory. */
static char *vformat(const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return NULL;
	char *s = malloc((size_t)n + 1);
	if (s)
		vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

/* Cells of a source line shown at most: a longer line is cut to a window
 * around the span, marked with "…" where it is cut.  The window also holds
 * at most EXCERPT_CHARS characters, so that a line of zero-width
 * characters is cut too, and finding it never reads more of the line than
 * it shows. */
#define EXCERPT_WIDTH 120
#define EXCERPT_BEFORE 40 /* cells of the window before the span */
#define EXCERPT_CHARS (4 * EXCERPT_WIDTH)

/* Prints text[from..to) of a source line, each cell as diag_width counts
 * it: control characters as a space and bytes that are not UTF-8 as U+FFFD,
 * so that nothing from the file reaches the terminal but text. */
static void print_text(FILE *out, const char *text, size_t from, size_t to)
{
	for (size_t i = from; i < to;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
						      (utf8proc_ssize_t)(to - i), &cp);
		if (n <= 0) {
			fputs("\xEF\xBF\xBD", out);
			i++;
		} else if (cp == '\t') {
			fputs("    ", out);
			i++;
		} else if (cp < 0x20 || cp == 0x7F) {
			fputc(' ', out);
			i++;
		} else {
			fwrite(text + i, 1, (size_t)n, out);
			i += (size_t)n;
		}
	}
}

/* The offset of the first character of text[from..to) at which the cells
 * from `from` reach cells, or at which EXCERPT_CHARS characters are passed;
 * to if neither happens. */
static size_t skip_cells(const char *text, size_t from, size_t to, size_t cells)
{
	size_t i = from, w = 0;
	for (size_t chars = 0; i < to && w < cells && chars < EXCERPT_CHARS; chars++) {
		size_t len = char_len(text + i, to - i);
		w += diag_width(text + i, len);
		i += len;
	}
	STATS_WORK(i - from);
	return i;
}

/* The start of the character of text[lo..i) that ends at i: the bytes
 * back to a lead byte if they decode to one character ending at i, else
 * the byte before i alone. */
static size_t prev_char(const char *text, size_t lo, size_t i)
{
	size_t j = i - 1;
	while (j > lo && i - j < 4 && ((unsigned char)text[j] & 0xC0) == 0x80)
		j--;
	return char_len(text + j, i - j) == i - j ? j : i - 1;
}

/* The smallest offset of text[lo..i) from which text up to i is at most
 * cells wide (and at most EXCERPT_CHARS / 4 characters long), stepping
 * back from i. */
static size_t back_cells(const char *text, size_t lo, size_t i, size_t cells)
{
	size_t w = 0, start = i;
	for (size_t chars = 0; i > lo && chars < EXCERPT_CHARS / 4; chars++) {
		size_t j = prev_char(text, lo, i);
		size_t cw = diag_width(text + j, i - j);
		if (w + cw > cells)
			break;
		w += cw;
		i = j;
	}
	STATS_WORK(start - i);
	return i;
}

/* Prints the source line holding sp.start, then an underline as wide as the
 * part of the span on that line (at least one cell).  A line wider than
 * EXCERPT_WIDTH is shown as a window around the span; nothing but the
 * window is read, so that the cost does not grow with the line. */
static void print_excerpt(FILE *out, struct source *src, struct span sp, int line)
{
	const char *t = src->text;
	size_t ls = src->lines[line - 1];
	size_t le = (size_t)line < src->nlines ? src->lines[line] - 1 : src->len;
	size_t shown = le;
	if (shown > ls && t[shown - 1] == '\r')
		shown--;
	size_t start = sp.start < ls ? ls : sp.start;
	if (start > shown)
		start = shown;
	size_t end = sp.end > shown ? shown : sp.end;
	if (end < start)
		end = start;
	/* the window of the line shown: the whole line if it fits */
	size_t first = ls, last = skip_cells(t, ls, shown, EXCERPT_WIDTH + 1);
	if (last < shown || diag_width(t + ls, last - ls) > EXCERPT_WIDTH) {
		first = back_cells(t, ls, start, EXCERPT_BEFORE);
		last = skip_cells(t, first, shown, EXCERPT_WIDTH);
	} else {
		last = shown;
	}
	fputs(first > ls ? "    \xE2\x80\xA6" : "    ", out); /* … */
	print_text(out, t, first, last);
	fputs(last < shown ? "\xE2\x80\xA6\n" : "\n", out);
	if (end > last)
		end = last;
	size_t pad = diag_width(t + first, start - first) + (first > ls);
	size_t width = end > start ? diag_width(t + start, end - start) : 0;
	if (width == 0)
		width = 1;
	fprintf(out, "    %*s", (int)pad, "");
	for (size_t i = 0; i < width; i++)
		fputc('^', out);
	fputc('\n', out);
}

/* Whether text diagnostics escape cp (see diag_put_text). */
static bool hidden_char(utf8proc_int32_t cp)
{
	utf8proc_category_t cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
	       cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

/* Whether the character at s[i] (n bytes, code point cp; n <= 0 for an
 * invalid sequence) is written as it is by diag_put_text. */
static bool shown_as_is(utf8proc_int32_t cp, utf8proc_ssize_t n)
{
	return n > 0 && (cp >= 0x80 ? !hidden_char(cp) : cp >= 0x20 && cp != 0x7F);
}

/* The length of the longest prefix of s[0..len) that diag_put_text writes
 * as it is; *cp and *n describe the character after it. */
static size_t plain_run(const char *s, size_t len, utf8proc_int32_t *cp, utf8proc_ssize_t *n)
{
	size_t i = 0;
	while (i < len) {
		*cp = (unsigned char)s[i];
		*n = 1;
		if (*cp >= 0x80)
			*n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), cp);
		if (!shown_as_is(*cp, *n))
			break;
		i += (size_t)*n;
	}
	return i;
}

bool diag_text_is_plain(const char *s, size_t len)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;
	return plain_run(s, len, &cp, &n) == len;
}

void diag_put_text(FILE *out, const char *s, size_t len)
{
	static const char plain[] = "\b\f\n\r\t", escaped[] = "bfnrt";
	STATS_WORK(len);
	while (len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n;
		size_t run = plain_run(s, len, &cp, &n);
		fwrite(s, 1, run, out);
		s += run;
		len -= run;
		if (!len)
			break;
		const char *p = n > 0 && cp > 0 && cp < 0x20 ? memchr(plain, cp, sizeof plain - 1) : NULL;
		if (n <= 0) {
			fputs("\xEF\xBF\xBD", out); /* U+FFFD */
			n = 1;
		} else if (p) {
			fprintf(out, "\\%c", escaped[p - plain]);
		} else if (cp > 0xFFFF) {
			fprintf(out, "\\u%04x\\u%04x", (unsigned)(0xD800 + ((cp - 0x10000) >> 10)),
				(unsigned)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
		} else {
			fprintf(out, "\\u%04x", (unsigned)cp);
		}
		s += n;
		len -= (size_t)n;
	}
}

/* Keeps a diagnostic for the document diag_finish writes. */
static void record(struct diag *d, struct source *src, struct span sp, enum diag_code code,
		   bool error, int line, int col, char *msg)
{
	if (d->format == DIAG_CALLBACK)
		diag_flush(d); /* the one before is whole now: deliver it */
	if (d->nrecords == d->caprecords) {
		int cap = d->caprecords ? 2 * d->caprecords : 16;
		struct diag_record *r = realloc(d->records, (size_t)cap * sizeof *r);
		if (!r) {
			free(msg);
			d->muted = true;
			return;
		}
		d->records = r;
		d->caprecords = cap;
	}
	struct diag_record *r = &d->records[d->nrecords++];
	memset(r, 0, sizeof *r);
	r->code = code;
	r->error = error;
	r->message = msg;
	r->about = d->about;
	if (src) {
		r->file = strdup(src->name);
		if (!r->file) { /* kept whole or not at all */
			free(msg);
			d->nrecords--;
			d->muted = true;
			return;
		}
		r->at = sp;
		r->line = line;
		r->col = col;
		if (line > 0)
			src_linecol(src, sp.end > sp.start ? sp.end : sp.start, &r->end_line, &r->end_col);
	}
}

/* Whether a diagnostic of code counts as an error: an error, or a warning
 * under --werror or --deny. */
static bool as_error(const struct diag *d, enum diag_code code)
{
	return !diag_is_warning(code) || d->werror || d->level[code] == DIAG_DENY;
}

bool diag_hidden(const struct diag *d, enum diag_code code)
{
	bool warning = diag_is_warning(code);
	if (warning && (d->hide_warnings || d->level[code] == DIAG_ALLOW))
		return true;
	return (as_error(d, code) ? d->errors : d->warnings) >= DIAG_MAX_SHOWN;
}

/* Whether the template allows warning code at sp, by a comment on its line
 * or on the line before: "# rubric: allow W203 公布的评分标准如此" (codes
 * separated by commas or spaces, then the reason, which must be given).
 * *why and *why_len receive the reason.  Only the last 2 KiB of a line are
 * looked at, so that a diagnostic costs no more on a long line. */
static bool allowed_here(struct source *src, struct span sp, enum diag_code code, const char **why, size_t *why_len,
			 bool *no_reason)
{
	int line, col;
	if (src_linecol(src, sp.start, &line, &col) != 0 || line <= 0 || !src->lines)
		return false;
	const char *want = code_table[code].code;
	for (int l = line; l >= line - 1 && l >= 1; l--) {
		size_t start = src->lines[l - 1], end = (size_t)l < src->nlines ? src->lines[l] : src->len;
		if (start + 2048 < end)
			start = end - 2048;
		const char *s = src->text + start, *e = src->text + end;
		static const char key[] = "rubric: allow";
		for (const char *p = s; p + sizeof key - 1 <= e; p++) {
			if (memcmp(p, key, sizeof key - 1) != 0)
				continue;
			const char *h = p; /* a comment: '#' and spaces before it */
			while (h > s && (h[-1] == ' ' || h[-1] == '\t'))
				h--;
			if (h == s || h[-1] != '#')
				continue;
			bool found = false;
			const char *q = p + sizeof key - 1;
			for (;;) {
				while (q < e && (*q == ' ' || *q == '\t' || *q == ','))
					q++;
				if (q + 4 > e || (*q != 'W' && *q != 'E') || q[1] < '0' || q[1] > '9')
					break;
				found |= !memcmp(q, want, 4) && (q + 4 == e || q[4] == ' ' || q[4] == ',' || q[4] == '\t' ||
								 q[4] == '\n' || q[4] == '\r');
				q += 4;
			}
			const char *r = q, *re = r;
			while (re < e && *re != '\n' && *re != '\r')
				re++;
			while (re > r && (re[-1] == ' ' || re[-1] == '\t'))
				re--;
			if (found && re > r) {
				*why = r;
				*why_len = (size_t)(re - r);
				return true;
			}
			*no_reason |= found;
		}
	}
	return false;
}

/* Counts a diagnostic of code; false when it is not to be shown (then
 * d->muted is set). */
static bool count(struct diag *d, enum diag_code code)
{
	bool warning = diag_is_warning(code);
	if (code == D_MEMORY)
		d->out_of_memory = true;
	if (warning && d->hide_warnings) {
		d->warnings++;
		d->muted = true;
		return false;
	}
	/* errors and warnings are shown up to their own limits */
	if (as_error(d, code))
		d->muted = ++d->errors > DIAG_MAX_SHOWN;
	else
		d->muted = ++d->warnings > DIAG_MAX_SHOWN;
	return !d->muted;
}

void diag_count(struct diag *d, enum diag_code code)
{
	count(d, code);
}

/* The help of a warning a comment allows without a reason. */
static void say_no_reason(struct diag *d, enum diag_code code)
{
	diag_help(d, "the comment that allows %s here gives no reason, and so allows nothing: write it after the "
		     "code (# rubric: allow %s 公布的评分标准如此)", code_table[code].code, code_table[code].code);
}

void diag_vreport(struct diag *d, struct source *src, struct span sp,
		  enum diag_code code, const char *fmt, va_list ap)
{
	/* a warning allowed where it is, with a reason (first), or by
	 * --allow: not shown, not counted; SARIF lists it as suppressed */
	const char *why = NULL;
	size_t why_len = 0;
	bool no_reason = false;
	if (diag_is_warning(code) && !d->hide_warnings &&
	    ((src && allowed_here(src, sp, code, &why, &why_len, &no_reason)) || d->level[code] == DIAG_ALLOW)) {
		d->suppressed++;
		d->muted = true;
		if (d->format == DIAG_SARIF && why && d->suppressed <= DIAG_MAX_SHOWN) {
			int line = 0, col = 0;
			char *msg = vformat(diag_tr(fmt), ap);
			char *reason = strndup(why, why_len);
			if (msg && reason && src_linecol(src, sp.start, &line, &col) == 0) {
				int before = d->nrecords;
				record(d, src, sp, code, false, line, col, msg);
				msg = NULL;
				if (d->nrecords > before) {
					d->records[d->nrecords - 1].justification = reason;
					reason = NULL;
				}
			}
			free(msg);
			free(reason);
		}
		return;
	}
	bool error = as_error(d, code);
	if (!count(d, code))
		return;
	int line = 0, col = 0;
	if (src && src_linecol(src, sp.start, &line, &col) != 0)
		line = col = 0;
	char *msg = vformat(diag_tr(fmt), ap);
	if (!msg) {
		d->muted = true;
		return;
	}
	if (d->format != DIAG_TEXT) {
		record(d, src, sp, code, error, line, col, msg);
		if (no_reason)
			say_no_reason(d, code);
		return;
	}
	if (src && line > 0)
		fprintf(d->out, "%s:%d:%d: ", src->name, line, col);
	else if (src)
		fprintf(d->out, "%s: ", src->name);
	fprintf(d->out, "%s[%s]: ", error ? _("error") : _("warning"), code_table[code].code);
	diag_put_text(d->out, msg, strlen(msg));
	fputc('\n', d->out);
	free(msg);
	if (src && line > 0)
		print_excerpt(d->out, src, sp, line);
	if (no_reason)
		say_no_reason(d, code);
}

void diag_report(struct diag *d, struct source *src, struct span sp,
		 enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(d, src, sp, code, fmt, ap);
	va_end(ap);
}

void diag_help(struct diag *d, const char *fmt, ...)
{
	if (d->muted)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *msg = vformat(diag_tr(fmt), ap);
	va_end(ap);
	if (!msg)
		return;
	if (d->format == DIAG_TEXT) {
		fprintf(d->out, "%s: ", _("help"));
		diag_put_text(d->out, msg, strlen(msg));
		fputc('\n', d->out);
		free(msg);
		return;
	}
	struct diag_record *r = &d->records[d->nrecords - 1];
	char **help = realloc(r->help, (size_t)(r->nhelp + 1) * sizeof *help);
	if (!help) {
		free(msg);
		return;
	}
	r->help = help;
	r->help[r->nhelp++] = msg;
}

/* ---- the end of a run ---- */

/* Prints a count of errors or warnings (singular and plural forms), and
 * "(the first N shown)" when only the first DIAG_MAX_SHOWN of them were. */
static void print_count(FILE *out, int n, const char *one, const char *many)
{
	fprintf(out, n == 1 ? one : many, n);
	if (n > DIAG_MAX_SHOWN)
		fprintf(out, _(" (the first %d shown)"), DIAG_MAX_SHOWN);
}

/* The summary line: "2 errors", "1 warning", "3 errors, 1 warning", "150
 * errors (the first 100 shown), 2 warnings", ... */
static void print_summary(struct diag *d)
{
	int warnings = d->hide_warnings ? 0 : d->warnings;
	if (!d->errors && !warnings)
		return;
	/* TRANSLATORS: the summary line, e.g. "2 errors, 1 warning"; each
	   count may be followed by " (the first 100 shown)" */
	if (d->errors)
		print_count(d->out, d->errors, _("%d error"), _("%d errors"));
	if (d->errors && warnings)
		fputs(_(", "), d->out);
	if (warnings)
		print_count(d->out, warnings, _("%d warning"), _("%d warnings"));
	fputc('\n', d->out);
}

/* Sets key of obj to v (stolen); clears *ok when anything is NULL or
 * cannot be added (out of memory). */
static void set(json_t *obj, const char *key, json_t *v, bool *ok)
{
	if (json_object_set_new(obj, key, v) != 0)
		*ok = false;
}

/* Appends v (stolen) to list; clears *ok as set does. */
static void append(json_t *list, json_t *v, bool *ok)
{
	if (json_array_append_new(list, v) != 0)
		*ok = false;
}

/* Sets key to a string, or to null when s is NULL. */
static void set_str(json_t *obj, const char *key, const char *s, bool *ok)
{
	set(obj, key, s ? json_string(s) : json_null(), ok);
}

/* The --diagnostics=json document: {"diagnostics": [...], "errors": N,
 * "warnings": N}; NULL when out of memory. */
static json_t *json_document(struct diag *d)
{
	bool ok = true;
	json_t *list = json_array();
	for (int i = 0; list && i < d->nrecords; i++) {
		struct diag_record *r = &d->records[i];
		json_t *o = json_object();
		set(o, "code", json_string(code_table[r->code].code), &ok);
		set(o, "name", json_string(code_table[r->code].name), &ok);
		set(o, "severity", json_string(r->error ? "error" : "warning"), &ok);
		set_str(o, "message", r->message, &ok);
		set_str(o, "file", r->file, &ok);
		if (r->line > 0) {
			set(o, "line", json_integer(r->line), &ok);
			set(o, "column", json_integer(r->col), &ok);
			set(o, "end", json_pack("{s:i, s:i}", "line", r->end_line, "column", r->end_col), &ok);
		} else {
			set(o, "line", json_null(), &ok);
			set(o, "column", json_null(), &ok);
			set(o, "end", json_null(), &ok);
		}
		json_t *help = json_array();
		for (int j = 0; help && j < r->nhelp; j++)
			append(help, json_string(r->help[j]), &ok);
		set(o, "help", help, &ok);
		append(list, o, &ok);
	}
	json_t *doc = json_pack("{s:o, s:i, s:i}", "diagnostics", list, "errors", d->errors,
				"warnings", d->hide_warnings ? 0 : d->warnings);
	if (!ok) {
		json_decref(doc);
		return NULL;
	}
	return doc;
}

/* A file name as a relative URI reference: bytes outside the unreserved
 * set (and '/') percent-encoded, so that Chinese names survive. */
static char *uri_of(const char *path)
{
	size_t n = strlen(path);
	char *u = malloc(3 * n + 1), *o = u;
	if (!u)
		return NULL;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~/", *p))
			*o++ = (char)*p;
		else
			o += sprintf(o, "%%%02X", *p);
	}
	*o = '\0';
	return u;
}

/* The --diagnostics=sarif log (SARIF 2.1.0): one run, every code as a rule,
 * every diagnostic as a result; help lines follow the message.  NULL when
 * out of memory. */
static json_t *sarif_document(struct diag *d)
{
	bool ok = true;
	json_t *rules = json_array();
	for (int i = 0; rules && i < DIAG_NCODES; i++) {
		const struct diag_code_info *c = &code_table[i];
		json_t *rule = json_pack("{s:s, s:s, s:{s:s}, s:{s:s}}",
					 "id", c->code, "name", c->name,
					 "shortDescription", "text", c->summary,
					 "defaultConfiguration", "level", c->code[0] == 'W' ? "warning" : "error");
		append(rules, rule, &ok);
	}
	json_t *results = json_array();
	for (int i = 0; results && i < d->nrecords; i++) {
		struct diag_record *r = &d->records[i];
		const char *help_word = diag_tr("help");
		size_t len = strlen(r->message) + 1;
		for (int j = 0; j < r->nhelp; j++)
			len += strlen("\n: ") + strlen(help_word) + strlen(r->help[j]);
		char *text = malloc(len);
		if (!text) {
			ok = false;
			break;
		}
		size_t k = (size_t)sprintf(text, "%s", r->message);
		for (int j = 0; j < r->nhelp; j++)
			k += (size_t)sprintf(text + k, "\n%s: %s", help_word, r->help[j]);
		json_t *res = json_pack("{s:s, s:i, s:s, s:{s:s}}", "ruleId", code_table[r->code].code,
					"ruleIndex", (int)r->code, "level", r->error ? "error" : "warning",
					"message", "text", text);
		free(text);
		if (r->justification) /* allowed by a comment in the template */
			set(res, "suppressions",
			    json_pack("[{s:s, s:s}]", "kind", "inSource", "justification", r->justification), &ok);
		if (r->file) {
			char *uri = uri_of(r->file);
			json_t *phys = uri ? json_pack("{s:{s:s}}", "artifactLocation", "uri", uri) : NULL;
			free(uri);
			if (r->line > 0)
				set(phys, "region", json_pack("{s:i, s:i, s:i, s:i}", "startLine", r->line,
							      "startColumn", r->col, "endLine", r->end_line,
							      "endColumn", r->end_col), &ok);
			set(res, "locations", json_pack("[{s:o}]", "physicalLocation", phys), &ok);
		}
		append(results, res, &ok);
	}
	json_t *driver = json_pack("{s:s, s:s, s:o}", "name", "rubric", "version", RUBRIC_VERSION,
				   "rules", rules);
	json_t *run = json_pack("{s:{s:o}, s:s, s:o}", "tool", "driver", driver,
				"columnKind", "unicodeCodePoints", "results", results);
	json_t *doc = json_pack("{s:s, s:s, s:[o]}",
				"$schema", "https://json.schemastore.org/sarif-2.1.0.json",
				"version", "2.1.0", "runs", run);
	if (!ok) {
		json_decref(doc);
		return NULL;
	}
	return doc;
}

void diag_set_callback(struct diag *d, rubric_diagnostic_fn *fn, void *ud)
{
	d->format = DIAG_CALLBACK;
	d->fn = fn;
	d->fn_ud = ud;
}

void diag_flush(struct diag *d)
{
	if (d->format != DIAG_CALLBACK)
		return;
	for (int i = 0; i < d->nrecords; i++) {
		struct diag_record *r = &d->records[i];
		size_t n = 0;
		for (int j = 0; j < r->nhelp; j++)
			n += strlen(r->help[j]) + 1;
		char *help = n ? malloc(n) : NULL;
		if (help) {
			char *p = help;
			for (int j = 0; j < r->nhelp; j++) {
				size_t k = strlen(r->help[j]);
				memcpy(p, r->help[j], k);
				p += k;
				*p++ = j + 1 < r->nhelp ? '\n' : '\0';
			}
		}
		rubric_diagnostic out = {
			.code = code_table[r->code].code,
			.name = code_table[r->code].name,
			.severity = r->error ? RUBRIC_SEVERITY_ERROR : RUBRIC_SEVERITY_WARNING,
			.message = r->message,
			.help = help,
			.file = r->file,
			.start = r->at.start,
			.end = r->at.end,
			.line = r->line,
			.column = r->col,
			.end_line = r->end_line,
			.end_column = r->end_col,
			.item = r->about - 1,
		};
		if (d->fn)
			d->fn(d->fn_ud, &out);
		free(help);
		record_free(r);
	}
	d->nrecords = 0;
}

void diag_finish(struct diag *d)
{
	if (d->format == DIAG_CALLBACK) {
		diag_flush(d);
	} else if (d->format == DIAG_TEXT) {
		print_summary(d);
	} else if (d->format != DIAG_COLLECT) {
		json_t *doc = d->format == DIAG_JSON ? json_document(d) : sarif_document(d);
		if (doc) {
			json_dumpf(doc, d->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
			fputc('\n', d->out);
			json_decref(doc);
		} else {
			d->out_of_memory = true; /* for the caller to say so and exit 2 */
		}
	}
	diag_free(d);
}

/* The characters of s (invalid bytes count one each), counted up to
 * max + 1 at most. */
static size_t count_chars(const char *s, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; s[i] && n <= max; n++)
		i += char_len(s + i, strnlen(s + i, 4));
	return n;
}

/* Decodes the first n characters of s into cps. */
static void decode(const char *s, utf8proc_int32_t *cps, size_t n)
{
	for (size_t i = 0, k = 0; k < n; k++) {
		size_t len = char_len(s + i, strnlen(s + i, 4));
		utf8proc_int32_t cp = (unsigned char)s[i];
		if (len > 1)
			utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)len, &cp);
		cps[k] = cp;
		i += len;
	}
}

/* The Levenshtein distance between a and b when it is at most limit, else
 * limit + 1.  Only the cells within limit of the diagonal are computed, in
 * row (nb + 1 entries): na * (2 * limit + 1) steps. */
static size_t distance(const utf8proc_int32_t *a, size_t na, const utf8proc_int32_t *b,
		       size_t nb, size_t limit, size_t *row)
{
	size_t inf = limit + 1;
	if ((na > nb ? na - nb : nb - na) > limit)
		return inf;
	for (size_t j = 0; j <= nb; j++)
		row[j] = j <= limit ? j : inf;
	for (size_t i = 1; i <= na; i++) {
		size_t lo = i > limit ? i - limit : 1, hi = i + limit < nb ? i + limit : nb;
		size_t diag = row[lo - 1], least = inf;
		row[lo - 1] = lo == 1 && i <= limit ? i : inf; /* the band's left edge */
		if (lo == 1)
			least = row[0];
		for (size_t j = lo; j <= hi; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best < inf ? best : inf;
			if (row[j] < least)
				least = row[j];
			diag = up;
		}
		STATS_WORK(hi + 1 - lo);
		if (least > limit)
			return inf; /* every path is already too long */
	}
	return row[nb] < inf ? row[nb] : inf;
}

const char *diag_closest(const char *name, const char *const *cands, size_t n)
{
	/* no candidate is within 3 edits of a name longer than the longest + 3 */
	size_t longest = 0;
	for (size_t i = 0; i < n; i++) {
		size_t nb = cands[i] ? count_chars(cands[i], SIZE_MAX - 1) : 0;
		if (nb > longest)
			longest = nb;
		STATS_WORK(nb + 1);
	}
	size_t na = count_chars(name, longest + 3);
	if (na > longest + 3)
		return NULL;
	size_t limit = na / 3;
	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	utf8proc_int32_t *a = malloc((na + 1) * sizeof *a), *b = malloc((longest + 1) * sizeof *b);
	size_t *row = malloc((longest + 1) * sizeof *row);
	const char *best = NULL;
	size_t best_d = limit + 1, best_pre = 0;
	if (a && b && row) {
		decode(name, a, na);
		for (size_t i = 0; i < n; i++) {
			if (!cands[i] || strcmp(cands[i], name) == 0)
				continue;
			size_t nb = count_chars(cands[i], longest);
			decode(cands[i], b, nb);
			size_t d = distance(a, na, b, nb, limit, row);
			/* of two as close, the one that begins as name does
			 * (权值: 权重 rather than 分值) */
			size_t pre = 0;
			if (d <= best_d)
				while (pre < na && pre < nb && a[pre] == b[pre])
					pre++;
			if (d < best_d || (d == best_d && d <= limit && pre > best_pre)) {
				best_d = d;
				best_pre = pre;
				best = cands[i];
			}
		}
	}
	free(a);
	free(b);
	free(row);
	return best;
}

bool diag_suggest(struct diag *d, const char *name, const char *const *cands, size_t n)
{
	if (d->muted)
		return true; /* the diagnostic is not shown: nothing to add */
	const char *best = diag_closest(name, cands, n);
	if (best)
		diag_help(d, "did you mean '%s'?", best);
	return best != NULL;
}
