/* test_api_threads.c - cmocka test: one compiled template scored on many
 * threads at once through rubric.h, each thread with units of its own.
 *
 * The main thread first scores each variant of seed 004's data alone and
 * keeps its JSON table.  Then THREADS threads score ROUNDS units each, from
 * the one template: every unit is read from JSON, a value changed to make
 * the variant, evaluated, and its total compared with the single-threaded
 * one; every 97th the whole table is compared byte for byte.  Under
 * ThreadSanitizer (`make check-tsan`, which sets RUBRIC_API_ROUNDS=100000)
 * a data race anywhere on these paths fails the run.
 *
 * RUBRIC_API_ROUNDS sets ROUNDS (default 2000, so that `make check` and
 * valgrind stay quick).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rubric.h"

#define THREADS 4
#define VARIANTS 8

static const rubric_template *tmpl;
static char *json;
static size_t json_len;
static int rate;                      /* the input the variants change */
static char *tables[VARIANTS];        /* each variant's JSON table */
static char totals[VARIANTS][64];     /* and its total */
static long rounds = 2000;

/* Variant v's value of the changed input: 80% to 115%. */
static void variant_value(int v, char *buf, size_t cap)
{
	snprintf(buf, cap, "%d%%", 80 + 5 * v);
}

/* Scores variant v in u; its total into total (NULL when it failed). */
static int score(rubric_unit *u, int v)
{
	char value[16];
	variant_value(v, value, sizeof value);
	if (rubric_unit_load_json(u, "seed.json", json, json_len) != RUBRIC_OK ||
	    rubric_unit_set_text(u, rate, value, strlen(value)) != RUBRIC_OK)
		return -1;
	return rubric_unit_evaluate(u);
}

struct job {
	int id;
	long mismatches;
	long failures;
};

static void *run(void *arg)
{
	struct job *job = arg;
	rubric_unit *u;
	if (rubric_unit_new(&u, tmpl, NULL) != RUBRIC_OK) {
		job->failures++;
		return NULL;
	}
	for (long r = 0; r < rounds; r++) {
		int v = (int)((r + job->id) % VARIANTS);
		if (score(u, v) != RUBRIC_OK) {
			job->failures++;
			continue;
		}
		const char *total = rubric_result_total(u);
		if (!total || strcmp(total, totals[v]) != 0)
			job->mismatches++;
		if (r % 97 == 0) {
			char *text;
			size_t len;
			if (rubric_unit_render(u, RUBRIC_FORMAT_JSON, 0, &text, &len) != RUBRIC_OK) {
				job->failures++;
				continue;
			}
			if (len != strlen(tables[v]) || memcmp(text, tables[v], len) != 0)
				job->mismatches++;
			rubric_free(text);
		}
	}
	rubric_unit_free(u);
	return NULL;
}

static void test_threads_share_a_template(void **state)
{
	(void)state;
	const char *env = getenv("RUBRIC_API_ROUNDS");
	if (env && atol(env) > 0)
		rounds = atol(env);
	rubric_template *t;
	assert_int_equal(rubric_template_load(&t, "examples/quality-inspection-2018.rubric", NULL), RUBRIC_OK);
	tmpl = t;
	FILE *f = fopen("examples/quality-inspection-2018.json", "rb");
	assert_non_null(f);
	json = malloc(1 << 16);
	json_len = fread(json, 1, 1 << 16, f);
	fclose(f);
	rate = rubric_input_find(t, "人员控制率");
	assert_true(rate >= 0);

	/* one thread first: the tables to compare with */
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	for (int v = 0; v < VARIANTS; v++) {
		assert_int_equal(score(u, v), RUBRIC_OK);
		snprintf(totals[v], sizeof totals[v], "%s", rubric_result_total(u));
		assert_int_equal(rubric_unit_render(u, RUBRIC_FORMAT_JSON, 0, &tables[v], NULL), RUBRIC_OK);
	}
	assert_string_equal(totals[2], "93.92"); /* 90%: the seed as published */
	assert_string_not_equal(totals[0], totals[VARIANTS - 1]);
	rubric_unit_free(u);

	pthread_t th[THREADS];
	struct job jobs[THREADS];
	for (int i = 0; i < THREADS; i++) {
		jobs[i] = (struct job){ .id = i };
		assert_int_equal(pthread_create(&th[i], NULL, run, &jobs[i]), 0);
	}
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_int_equal(jobs[i].failures, 0);
		assert_int_equal(jobs[i].mismatches, 0);
	}
	for (int v = 0; v < VARIANTS; v++)
		rubric_free(tables[v]);
	free(json);
	rubric_template_free(t);
}

/* Templates compiled on many threads at once, the first compiles racing
 * to set up the standard library. */
static void *compile_many(void *arg)
{
	long *bad = arg;
	for (int i = 0; i < 20; i++) {
		rubric_template *t;
		if (rubric_template_load(&t, "examples/quality-inspection-2018.rubric", NULL) != RUBRIC_OK) {
			(*bad)++;
			continue;
		}
		rubric_template_free(t);
	}
	return NULL;
}

static void test_threads_compile(void **state)
{
	(void)state;
	pthread_t th[THREADS];
	long bad[THREADS] = { 0 };
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&th[i], NULL, compile_many, &bad[i]), 0);
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_int_equal(bad[i], 0);
	}
}

/* The texts and name maps a template makes on first use, asked for by
 * every thread at once on a template fresh from compiling. */
static const rubric_template *fresh;

static void *ask(void *arg)
{
	long *bad = arg;
	for (int i = 0; i < rubric_item_count(fresh); i++) {
		const char *w = rubric_item_weight(fresh, i);
		if (!w || rubric_item_find(fresh, rubric_item_name(fresh, i), rubric_item_kind(fresh, i)) < 0)
			(*bad)++;
	}
	if (rubric_input_find(fresh, "人员控制率") < 0 || !rubric_template_total(fresh))
		(*bad)++;
	return NULL;
}

static void test_threads_first_use(void **state)
{
	(void)state;
	rubric_template *t;
	assert_int_equal(rubric_template_load(&t, "examples/quality-inspection-2018.rubric", NULL), RUBRIC_OK);
	fresh = t;
	pthread_t th[THREADS];
	long bad[THREADS] = { 0 };
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&th[i], NULL, ask, &bad[i]), 0);
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_int_equal(bad[i], 0);
	}
	assert_string_equal(rubric_template_total(t), "100");
	rubric_template_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threads_compile),
		cmocka_unit_test(test_threads_first_use),
		cmocka_unit_test(test_threads_share_a_template),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
