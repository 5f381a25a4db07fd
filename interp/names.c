/* names.c - open-addressing hash tables of names (see names.h). */
#include "names.h"

#include <string.h>

#include "stats.h"

uint64_t names_hash(uint64_t seed, const char *s, size_t len)
{
	uint64_t h = seed ^ (len * 0x9E3779B97F4A7C15u);
	size_t i = 0;
	STATS_WORK(len / 8 + 1);
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xBF58476D1CE4E5B9u;
		h ^= h >> 31;
	}
	uint64_t w = 0;
	memcpy(&w, s + i, len - i);
	h = (h ^ w) * 0x94D049BB133111EBu;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9u;
	return h ^ (h >> 32);
}

/* The hash of a name in a scope, under the table's seed. */
static uint32_t hash_of(const struct names *t, const void *scope, const char *s, size_t len)
{
	return (uint32_t)names_hash(t->seed ^ (uint64_t)(uintptr_t)scope * 0x9E3779B97F4A7C15u, s, len);
}

static struct name_slot *lookup(const struct names *t, const void *scope, const char *s,
				uint32_t len, uint32_t h)
{
	uint32_t mask = t->cap - 1;
	for (uint32_t i = h & mask;; i = (i + 1) & mask) {
		struct name_slot *e = &t->slots[i];
		STATS_WORK(1);
		if (!e->name || (e->hash == h && e->scope == scope && e->len == len &&
				 memcmp(e->name, s, len) == 0))
			return e;
	}
}

void *names_findn(const struct names *t, const void *scope, const char *s, size_t len)
{
	if (t->n == 0 || len > UINT32_MAX)
		return NULL;
	struct name_slot *e = lookup(t, scope, s, (uint32_t)len, hash_of(t, scope, s, len));
	return e->name ? e->value : NULL;
}

void *names_find(const struct names *t, const void *scope, const char *name)
{
	return names_findn(t, scope, name, strlen(name));
}

void names_prefetch(const struct names *t, const void *scope, const char *name)
{
	if (t->cap)
		PREFETCH(&t->slots[hash_of(t, scope, name, strlen(name)) & (t->cap - 1)]);
}

void names_prefetch_value(const struct names *t, const void *scope, const char *name)
{
	if (t->n == 0)
		return;
	uint32_t h = hash_of(t, scope, name, strlen(name)), mask = t->cap - 1;
	/* the first slot of the same hash: nearly always the name's */
	for (uint32_t i = h & mask; t->slots[i].name; i = (i + 1) & mask)
		if (t->slots[i].hash == h) {
			PREFETCH(t->slots[i].name);
			PREFETCH(t->slots[i].value);
			return;
		}
}

/* Moves the table into cap slots (more than it has); -1 if out of memory. */
static int resize(struct names *t, struct arena *a, uint32_t cap)
{
	struct name_slot *slots = arena_alloc(a, (size_t)cap * sizeof *slots);
	if (!slots)
		return -1;
	if (!t->cap) /* the table's own address, mixed: a seed of its own */
		t->seed = names_hash(0x243F6A8885A308D3u, (const char *)&t, sizeof t);
	struct names bigger = { slots, cap, t->n, t->seed };
	for (uint32_t i = 0; i < t->cap; i++) {
		struct name_slot *e = &t->slots[i];
		if (e->name)
			*lookup(&bigger, e->scope, e->name, e->len, e->hash) = *e;
	}
	*t = bigger;
	return 0;
}

/* Doubles the table (or makes its first 4 slots); -1 if out of memory. */
static int grow(struct names *t, struct arena *a)
{
	uint32_t cap = t->cap ? t->cap * 2 : 4;
	return cap < t->cap ? -1 : resize(t, a, cap);
}

void names_reserve(struct names *t, struct arena *a, uint32_t n)
{
	uint32_t cap = t->cap ? t->cap : 4;
	while ((uint64_t)n * 4 > (uint64_t)cap * 3 && cap < UINT32_MAX / 2)
		cap *= 2;
	if (cap > t->cap)
		(void)resize(t, a, cap); /* out of memory: names_add grows it */
}

void *names_add(struct names *t, struct arena *a, const void *scope, const char *name, void *value)
{
	size_t len = strlen(name);
	if (len > UINT32_MAX || (!t->cap && grow(t, a) < 0))
		return NULL;
	uint32_t h = hash_of(t, scope, name, len);
	if (t->n) {
		struct name_slot *e = lookup(t, scope, name, (uint32_t)len, h);
		if (e->name)
			return e->value;
	}
	if ((t->n + 1) * 4 > t->cap * 3 && grow(t, a) < 0) /* load at most 3/4 */
		return NULL;
	struct name_slot *e = lookup(t, scope, name, (uint32_t)len, h);
	*e = (struct name_slot){ name, scope, value, (uint32_t)len, h };
	t->n++;
	return NULL;
}
