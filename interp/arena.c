/* arena.c - bump allocator owning a compiled template's memory. */
#include "arena.h"

#include "stats.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE (64 * 1024)

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

void *arena_alloc(struct arena *a, size_t n)
{
	size_t align = alignof(max_align_t);
	size_t need = (n + align - 1) & ~(align - 1);
	if (need < n)
		goto oom; /* overflow */
	if (!a->head || a->head->size - a->used < need) {
		size_t size = need > BLOCK_SIZE ? need : BLOCK_SIZE;
		struct arena_block *b = malloc(sizeof *b + size);
		if (!b)
			goto oom;
		STATS_BYTES(sizeof *b + size);
		b->next = a->head;
		b->size = size;
		a->head = b;
		a->used = 0;
	}
	void *p = a->head->data + a->used;
	a->used += need;
	a->total += need;
	memset(p, 0, n);
	return p;
oom:
	if (a->on_oom)
		longjmp(*a->on_oom, 1);
	return NULL;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *d = arena_alloc(a, len + 1);
	if (d) {
		memcpy(d, s, len);
		d[len] = '\0';
	}
	return d;
}

int vec_push(struct arena *a, struct vec *v, void *item)
{
	if (v->n == v->cap) {
		int cap = v->cap ? v->cap * 2 : 8;
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
