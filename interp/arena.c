/* arena.c - bump allocator owning a compiled template's memory.
 *
 * Blocks come zeroed from calloc and their bytes are handed out once, so
 * an allocation is a pointer bump with nothing to clear.  A block is at
 * least BLOCK_SIZE and an eighth of what the arena holds already, at most
 * BLOCK_MAX: a template of a megabyte takes a few dozen blocks, not
 * hundreds, and a small one wastes at most one small block. */
#include "arena.h"

#include "stats.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE (64 * 1024)
#define BLOCK_MAX (1024 * 1024)

struct arena_block {
	struct arena_block *next; /* older block */
	size_t size;              /* usable bytes in data */
	alignas(max_align_t) unsigned char data[];
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = 0;
	a->total = 0;
	a->on_oom = NULL;
}

void arena_free(struct arena *a)
{
	jmp_buf *on_oom = a->on_oom;
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	arena_init(a);
	a->on_oom = on_oom;
}

/* n bytes at the start of a new block, which becomes the head. */
static void *bump_new_block(struct arena *a, size_t n)
{
	if (n > SIZE_MAX - sizeof(struct arena_block))
		goto oom; /* overflow */
	size_t size = a->total / 8;
	if (size > BLOCK_MAX)
		size = BLOCK_MAX;
	if (size < BLOCK_SIZE)
		size = BLOCK_SIZE;
	if (size < n)
		size = n;
	struct arena_block *b = calloc(1, sizeof *b + size);
	if (!b)
		goto oom;
	STATS_BYTES(sizeof *b + size);
	b->next = a->head;
	b->size = size;
	a->head = b;
	a->used = n;
	a->total += n;
	return b->data;
oom:
	if (a->on_oom)
		longjmp(*a->on_oom, 1);
	return NULL;
}

/* n bytes at the next multiple of align (a power of 2, at most that of
 * max_align_t) in the head block, or at the start of a new block.  They
 * are zero already: every byte of a block is handed out once. */
static inline void *bump(struct arena *a, size_t n, size_t align)
{
	size_t at = (a->used + align - 1) & ~(align - 1);
	if (!a->head || at > a->head->size || a->head->size - at < n)
		return bump_new_block(a, n);
	a->used = at + n;
	a->total += n;
	return a->head->data + at;
}

void *arena_alloc(struct arena *a, size_t n)
{
	return bump(a, n, alignof(max_align_t));
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	if (len == SIZE_MAX)
		return bump(a, len, 1); /* overflow: out of memory */
	char *d = bump(a, len + 1, 1); /* text needs no alignment */
	if (d) {
		memcpy(d, s, len);
		d[len] = '\0';
	}
	return d;
}

int vec_push(struct arena *a, struct vec *v, void *item)
{
	if (v->n == v->cap) {
		int cap = v->cap ? v->cap * 2 : 4;
		void **items = arena_alloc(a, (size_t)cap * sizeof *items);
		if (!items)
			return -1;
		if (v->n)
			memcpy(items, v->items, (size_t)v->n * sizeof *items);
		v->items = items;
		v->cap = cap;
	}
	v->items[v->n++] = item;
	return 0;
}
