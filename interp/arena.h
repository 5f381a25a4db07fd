/* arena.h - bump allocation for everything a compiled template owns.
 *
 * A template's AST nodes, interned names, lowered rules and checker tables
 * all live in one arena; freeing the template frees the arena in one call.
 * Ownership: the arena owns every block it hands out; blocks are never freed
 * one by one.
 */
#ifndef RUBRIC_ARENA_H
#define RUBRIC_ARENA_H

#include <setjmp.h>
#include <stddef.h>

/* Starts reading the memory at p into the cache, and goes on at once: a
 * hint for a walk over memory larger than the cache, which asks for what
 * it will read some steps ahead.  Nothing where the compiler cannot say
 * it. */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

struct arena_block;
struct arena_grown;

struct arena {
	struct arena_block *head; /* newest block; older ones chain behind it */
	struct arena_grown *grown; /* the blocks of arena_grow, newest first */
	size_t used;              /* bytes used in head */
	size_t total;             /* bytes handed out, for statistics */
	jmp_buf *on_oom;          /* if set, out of memory longjmps here with 1 */
};

/* Initialises an empty arena (no allocation happens until the first use). */
void arena_init(struct arena *a);

/* Frees every block of the arena; the arena may be used again afterwards. */
void arena_free(struct arena *a);

/* Empties the arena for reuse: as arena_free, but keeps its newest block
 * (when it is of ordinary size) for what comes next, zeroing the bytes it
 * handed out.  A loop that fills and empties an arena per unit then
 * allocates nothing once its block has grown to size. */
void arena_clear(struct arena *a);

/* Returns n zeroed bytes aligned for any object.  When memory runs out it
 * longjmps to a->on_oom if set, else returns NULL.  n may be 0. */
void *arena_alloc(struct arena *a, size_t n);

/* Makes the block p of arena_grow (or, if p is NULL, a new one) n bytes
 * long, moving it if need be, and returns it: for the arrays a pass
 * appends to without knowing their length.  A block it outgrows is given
 * back, not left in the arena, and a large one is moved by remapping its
 * pages, not by copying them; the bytes added are not zeroed.  The arena
 * frees these blocks with the rest.  Out of memory longjmps to a->on_oom
 * if set, else returns NULL (p is left as it was). */
void *arena_grow(struct arena *a, void *p, size_t n);

/* Copies s[0..len) into the arena, NUL-terminated, with no alignment (text
 * needs none); NULL when out of memory. */
char *arena_strndup(struct arena *a, const char *s, size_t len);

/* Growable array of pointers whose storage lives in the arena (growing
 * abandons the old storage to the arena, which is fine for parse-time
 * lists). */
struct vec {
	void **items; /* items[0..n) */
	int n;        /* number of items */
	int cap;      /* capacity of items */
};

/* Appends item; returns 0, or -1 when out of memory. */
int vec_push(struct arena *a, struct vec *v, void *item);

#endif
