/* strbuf.h - growable strings, for messages built from the input.
 *
 * No fixed-size buffer holds text from a template or data: a message that
 * lists names or quotes text is built in a strbuf, as long as it needs to
 * be.  When memory runs out, what was built so far is kept, marked "…",
 * and sb->failed is set; the text is always NUL-terminated.
 *
 * Ownership: a strbuf owns its text until strbuf_free.
 */
#ifndef RUBRIC_STRBUF_H
#define RUBRIC_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

struct strbuf {
	char *s;                 /* the text, or NULL while empty */
	size_t len, cap;
	bool failed;             /* an allocation failed: the text is cut */
};

/* The text so far ("" when empty). */
const char *strbuf_str(const struct strbuf *sb);

/* Appends s[0..len); appends the formatted text. */
void strbuf_add(struct strbuf *sb, const char *s, size_t len);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap);

void strbuf_free(struct strbuf *sb);

#endif
