/* alloc.h - every allocation of the library goes through the allocator
 * rubric_set_allocator installs (rubric.h).
 *
 * The Makefile includes this header first in every object of the library
 * but alloc.c (`-include interp/alloc.h`), so that malloc, calloc,
 * realloc, free, strdup and strndup there are the library's own, with no
 * change to the code that calls them: the C library's headers, read after
 * it, declare rb_malloc and the rest under their names.  It includes
 * nothing that sets the feature macros, so a file may still define
 * _GNU_SOURCE before its first #include.  Memory another library allocated
 * with the C library's malloc (utf8proc_map's result, an open_memstream
 * buffer) is given back with rb_libc_free.
 */
#ifndef RUBRIC_ALLOC_H
#define RUBRIC_ALLOC_H

#include <stddef.h>

void *rb_malloc(size_t n);
void *rb_calloc(size_t n, size_t size);
void *rb_realloc(void *p, size_t n);
void rb_free(void *p);
char *rb_strdup(const char *s);
char *rb_strndup(const char *s, size_t n);
void rb_libc_free(void *p);

#define malloc(n) rb_malloc(n)
#define calloc(n, size) rb_calloc(n, size)
#define realloc(p, n) rb_realloc(p, n)
#define free(p) rb_free(p)
#define strdup(s) rb_strdup(s)
#define strndup(s, n) rb_strndup(s, n)

#endif
