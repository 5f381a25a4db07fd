/* names.h - hash tables from names to declarations.
 *
 * Every lookup of a name the checker, the data readers and the test runner
 * make goes through one of these: inputs, lets, functions, indicators,
 * level sets, the items of a checklist, the groups under one parent.  A key
 * is a name and a scope pointer (NULL when the table has one scope), so one
 * table can hold, say, the groups of every parent.  Lookups cost one hash
 * of the name; a table of n names costs O(n) to build.
 *
 * Ownership: the slots live in the arena given to names_add; names and
 * values are borrowed (they live in the same arena, as a rule).
 */
#ifndef RUBRIC_NAMES_H
#define RUBRIC_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

struct name_slot {
	const char *name;        /* NULL: empty slot */
	const void *scope;
	void *value;
	uint32_t len;            /* bytes in name */
	uint32_t hash;
};

struct names {
	struct name_slot *slots; /* cap slots, cap a power of 2 (or 0); tables start
				    small, since most hold a few names */
	uint32_t cap;
	uint32_t n;              /* names held */
	uint64_t seed;           /* of the hash, set when the table is made */
};

/* A hash of s[0..len) under seed: multiply and shift, eight bytes at a
 * time.  Each table has a seed of its own (from its address), so that
 * names chosen to collide in one table do not collide in another. */
uint64_t names_hash(uint64_t seed, const char *s, size_t len);

/* The value of name s[0..len) in scope, or NULL.  Names are shorter than
 * 4 GiB. */
void *names_findn(const struct names *t, const void *scope, const char *s, size_t len);

/* The value of the NUL-terminated name in scope, or NULL. */
void *names_find(const struct names *t, const void *scope, const char *name);

/* Adds name (NUL-terminated, borrowed) in scope with value, unless the name
 * is there already: then returns the value it has and adds nothing.
 * Returns NULL when it was added.  Out of memory longjmps through a's
 * on_oom (arena.h); without one, the name is not added and NULL returned. */
void *names_add(struct names *t, struct arena *a, const void *scope, const char *name, void *value);

/* Starts reading into the cache the slot where name would be found in
 * scope, and returns at once.  A loop over many names calls it a few
 * names ahead of its lookups, so that the slots of a table larger than
 * the cache are read while it works on the names before: a lookup in a
 * table of 100 000 names otherwise waits for main memory. */
void names_prefetch(const struct names *t, const void *scope, const char *name);

/* The same, a step further: when the slot has come (names_prefetch some
 * names before), starts reading the name and the value it holds, which a
 * lookup compares and its caller reads. */
void names_prefetch_value(const struct names *t, const void *scope, const char *name);

/* Makes room for n names in all, so that adding them moves no slot.
 * Out of memory longjmps as names_add does; without on_oom, nothing is
 * reserved. */
void names_reserve(struct names *t, struct arena *a, uint32_t n);

#endif
