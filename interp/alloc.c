/* alloc.c - the library's allocator (alloc.h, rubric_set_allocator).
 *
 * Without a hook, each function is the C library's.  With one, every block
 * carries its size in a header in front, since the hook, as Lua's, is told
 * the old size of what it resizes or frees.  The hook can be installed only
 * before the library has allocated anything: a block must be freed by the
 * allocator that made it.
 */
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h" /* after the C library's headers: the macros change nothing here */
#include "rubric.h"

#undef malloc
#undef calloc
#undef realloc
#undef free
#undef strdup
#undef strndup

void rb_libc_free(void *p)
{
	free(p);
}

static rubric_alloc_fn *hook;
static void *hook_ud;
static atomic_bool used; /* something was allocated: the hook is fixed */

/* The header in front of a block, aligned as malloc aligns. */
#define HEADER sizeof(max_align_t)

int rubric_set_allocator(rubric_alloc_fn *fn, void *ud)
{
	if (atomic_load_explicit(&used, memory_order_relaxed))
		return RUBRIC_MISUSE;
	hook = fn;
	hook_ud = ud;
	return RUBRIC_OK;
}

void rubric_free(void *p)
{
	rb_free(p);
}

void *rb_malloc(size_t n)
{
	if (!atomic_load_explicit(&used, memory_order_relaxed))
		atomic_store_explicit(&used, true, memory_order_relaxed);
	if (!hook)
		return malloc(n);
	if (n > (size_t)-1 - HEADER)
		return NULL;
	unsigned char *b = hook(hook_ud, NULL, 0, n + HEADER);
	if (!b)
		return NULL;
	*(size_t *)b = n;
	return b + HEADER;
}

void *rb_calloc(size_t n, size_t size)
{
	if (!hook) {
		if (!atomic_load_explicit(&used, memory_order_relaxed))
			atomic_store_explicit(&used, true, memory_order_relaxed);
		return calloc(n, size);
	}
	if (size && n > (size_t)-1 / size)
		return NULL;
	void *p = rb_malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void *rb_realloc(void *p, size_t n)
{
	if (!hook) {
		if (!atomic_load_explicit(&used, memory_order_relaxed))
			atomic_store_explicit(&used, true, memory_order_relaxed);
		return realloc(p, n);
	}
	if (!p)
		return rb_malloc(n);
	if (n > (size_t)-1 - HEADER)
		return NULL;
	unsigned char *b = (unsigned char *)p - HEADER;
	size_t old = *(size_t *)b;
	unsigned char *c = hook(hook_ud, b, old + HEADER, n + HEADER);
	if (!c)
		return NULL;
	*(size_t *)c = n;
	return c + HEADER;
}

void rb_free(void *p)
{
	if (!p)
		return;
	if (!hook) {
		free(p);
		return;
	}
	unsigned char *b = (unsigned char *)p - HEADER;
	hook(hook_ud, b, *(size_t *)b + HEADER, 0);
}

char *rb_strdup(const char *s)
{
	return rb_strndup(s, strlen(s));
}

char *rb_strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *c = rb_malloc(len + 1);
	if (c) {
		memcpy(c, s, len);
		c[len] = '\0';
	}
	return c;
}
