/* stats.c - the per-thread work counters (see stats.h). */
#include "stats.h"

#include <gmp.h>
#include <stdlib.h>

_Thread_local struct stats stats;

static void *count_alloc(size_t n)
{
	STATS_BYTES(n);
	void *p = malloc(n);
	if (!p)
		abort(); /* GMP's own allocator aborts too; see num.h for the bounds that keep this away */
	return p;
}

static void *count_realloc(void *p, size_t old, size_t n)
{
	if (n > old)
		STATS_BYTES(n - old);
	void *q = realloc(p, n);
	if (!q)
		abort();
	return q;
}

static void count_free(void *p, size_t n)
{
	(void)n;
	free(p);
}

void stats_count_gmp(void)
{
	mp_set_memory_functions(count_alloc, count_realloc, count_free);
}
