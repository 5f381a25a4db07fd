/* strbuf.c - growable strings (see strbuf.h). */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

const char *strbuf_str(const struct strbuf *sb)
{
	return sb->s ? sb->s : "";
}

/* Makes room for n more bytes and the NUL; false if it cannot. */
static bool reserve(struct strbuf *sb, size_t n)
{
	if (sb->failed)
		return false;
	if (sb->cap - sb->len > n)
		return true;
	size_t cap = sb->cap ? sb->cap : 64;
	while (cap - sb->len <= n) {
		if (cap > ((size_t)-1) / 2)
			goto fail;
		cap *= 2;
	}
	char *s = realloc(sb->s, cap);
	if (!s)
		goto fail;
	STATS_BYTES(cap - sb->cap);
	sb->s = s;
	sb->cap = cap;
	return true;
fail:
	sb->failed = true;
	if (sb->s && sb->cap - sb->len > 3) { /* mark the cut: "…" */
		memcpy(sb->s + sb->len, "\xE2\x80\xA6", 4);
		sb->len += 3;
	}
	return false;
}

void strbuf_add(struct strbuf *sb, const char *s, size_t len)
{
	if (!reserve(sb, len))
		return;
	memcpy(sb->s + sb->len, s, len);
	sb->len += len;
	sb->s[sb->len] = '\0';
}

void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0 || !reserve(sb, (size_t)n))
		return;
	vsnprintf(sb->s + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_free(struct strbuf *sb)
{
	free(sb->s);
	*sb = (struct strbuf){ 0 };
}
