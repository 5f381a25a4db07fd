/* stats.h - counted work, for the scale tests.
 *
 * Every pass whose cost grows with its input counts its steps here: nodes
 * visited, names hashed, items compared, bytes read.  The scale suite
 * (tests/scale/) reads the totals (rubric_counters gives them to a
 * program; RUBRIC_STATS=1 makes the command line print them) and checks
 * that they grow linearly with the input, which wall time cannot show
 * reliably.  The counters are per thread, so counting is cheap and never a
 * data race; nothing in the library decides anything by them.
 */
#ifndef RUBRIC_STATS_H
#define RUBRIC_STATS_H

#include <stddef.h>
#include <stdint.h>

struct stats {
	uint64_t work;   /* steps of work */
	uint64_t bytes;  /* bytes allocated: arena blocks, buffers (GMP's limbs
			    are counted by the program that sets GMP's
			    allocator: cli/main.c) */
};

/* This thread's counters. */
extern _Thread_local struct stats stats;

/* Counts n steps of work; counts n bytes allocated. */
#define STATS_WORK(n) ((void)(stats.work += (uint64_t)(n)))
#define STATS_BYTES(n) ((void)(stats.bytes += (uint64_t)(n)))

#endif
