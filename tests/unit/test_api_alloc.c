/* test_api_alloc.c - cmocka tests of the allocator hook (rubric.h,
 * rubric_set_allocator): every allocation of the library goes through it,
 * every block comes back, and an allocator that fails is met with
 * RUBRIC_NOMEM, never a crash or a leak.
 *
 * The hook is installed first thing in main, before the library has
 * allocated anything, as the header requires.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rubric.h"

/* The counting allocator: blocks and bytes live, calls made, and after
 * how many more allocations it starts to fail (-1: never). */
static long live_blocks, calls;
static size_t live_bytes;
static long fail_after = -1;

/* The blocks live, in an open-addressed set: what the library keeps for
 * the life of the process (the standard library) stays reachable from
 * here, as it would from malloc's own records, so that valgrind does not
 * call it lost. */
#define LIVE_CAP (1 << 16)
static void *live[LIVE_CAP];

static size_t slot_of(void *p)
{
	size_t h = ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15u;
	return h & (LIVE_CAP - 1);
}

static void live_put(void *p)
{
	size_t i = slot_of(p);
	while (live[i] && live[i] != (void *)1)
		i = (i + 1) & (LIVE_CAP - 1);
	live[i] = p;
}

static void live_drop(void *p)
{
	size_t i = slot_of(p);
	while (live[i] != p) {
		assert_non_null(live[i]); /* a block the library never had */
		i = (i + 1) & (LIVE_CAP - 1);
	}
	live[i] = (void *)1; /* a tombstone: the chain goes on past it */
}

static void *counting(void *ud, void *ptr, size_t old_size, size_t size)
{
	(void)ud;
	calls++;
	if (size == 0) {
		if (ptr) {
			live_blocks--;
			live_bytes -= old_size;
			live_drop(ptr);
		}
		free(ptr);
		return NULL;
	}
	if (fail_after == 0)
		return NULL;
	if (fail_after > 0)
		fail_after--;
	if (ptr)
		live_drop(ptr);
	void *p = realloc(ptr, size);
	if (!p) {
		if (ptr)
			live_put(ptr); /* still the caller's */
		return NULL;
	}
	live_put(p);
	if (!ptr)
		live_blocks++;
	live_bytes += size - old_size;
	return p;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = malloc(1 << 16);
	*len = fread(buf, 1, 1 << 16, f);
	fclose(f);
	return buf;
}

static char *seed_json;
static size_t seed_len;

/* Compiles seed 004 and scores it; the status of the first step that
 * failed, or RUBRIC_OK with total and grade checked. */
static int score_seed(void)
{
	rubric_template *t = NULL;
	rubric_unit *u = NULL;
	int rc = rubric_template_load(&t, "examples/quality-inspection-2018.rubric", NULL);
	if (rc == RUBRIC_OK)
		rc = rubric_unit_new(&u, t, NULL);
	if (rc == RUBRIC_OK)
		rc = rubric_unit_load_json(u, "seed.json", seed_json, seed_len);
	if (rc == RUBRIC_OK)
		rc = rubric_unit_evaluate(u);
	if (rc == RUBRIC_OK) {
		const char *total = rubric_result_total(u);
		if (!total)
			rc = RUBRIC_NOMEM; /* the text of the result could not be made */
		else
			assert_string_equal(total, "93.92");
	}
	rubric_unit_free(u);
	rubric_template_free(t);
	return rc;
}

/* Everything goes through the hook and comes back, but the standard
 * library, which is compiled once and kept for the life of the process. */
static void test_every_block_comes_back(void **state)
{
	(void)state;
	assert_int_equal(score_seed(), RUBRIC_OK);
	assert_true(calls > 100);
	long kept_blocks = live_blocks;
	size_t kept_bytes = live_bytes;
	for (int i = 0; i < 3; i++)
		assert_int_equal(score_seed(), RUBRIC_OK);
	assert_int_equal(live_blocks, kept_blocks);
	assert_int_equal(live_bytes, kept_bytes);
	/* and once anything is allocated, the hook stays */
	assert_int_equal(rubric_set_allocator(NULL, NULL), RUBRIC_MISUSE);
}

/* An allocator that fails at the n-th allocation, for n all along the way
 * of compiling and scoring: RUBRIC_NOMEM (or success, once n is past the
 * allocations made), nothing left allocated, and then a clean run. */
static void test_failing_allocator(void **state)
{
	(void)state;
	assert_int_equal(score_seed(), RUBRIC_OK);
	long before = calls;
	long kept_blocks = live_blocks;
	assert_int_equal(score_seed(), RUBRIC_OK);
	long per_run = calls - before; /* an upper bound of the allocations of a run */
	long step = per_run / 400 + 1;
	int nomem = 0;
	for (long n = 0; n < per_run; n += step) {
		fail_after = n;
		int rc = score_seed();
		fail_after = -1;
		assert_true(rc == RUBRIC_OK || rc == RUBRIC_NOMEM);
		nomem += rc == RUBRIC_NOMEM;
		assert_int_equal(live_blocks, kept_blocks);
	}
	assert_true(nomem > 0);
	assert_int_equal(score_seed(), RUBRIC_OK);
}

int main(void)
{
	if (rubric_set_allocator(counting, NULL) != RUBRIC_OK)
		return 1;
	seed_json = slurp("examples/quality-inspection-2018.json", &seed_len);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_block_comes_back),
		cmocka_unit_test(test_failing_allocator),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	free(seed_json);
	return failed;
}
