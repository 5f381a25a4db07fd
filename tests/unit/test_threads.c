/* test_threads.c - cmocka tests: templates loaded and scored on many
 * threads at once.
 *
 * The standard library is set up once per process and then only read by
 * every template (load.c); a template's program is only read by its
 * frames.  Here the first loads race to set the library up, each thread
 * loads its own program and scores it many times, and every thread must
 * get the same total.  Run under ThreadSanitizer (`make check-tsan`), a
 * data race anywhere on these paths fails the run.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "eval.h"
#include "load.h"

#define THREADS 4
#define ROUNDS 50

/* Library rules and a function of the template's, with defaults for every
 * input, so that no data is needed. */
static const char template[] =
	"rubric \"线程\" {\n"
	"    func half(x) = x / 2\n"
	"    input 实际 : number default 962\n"
	"    input 预算 : number default 100\n"
	"    input 执行 : number default 97\n"
	"    let 执行率 = 执行 / 预算\n"
	"    indicator 批次 weight 4 { actual 实际; target >= 2000; score proportional }\n"
	"    indicator 执行率指标 weight 4 { actual 执行率; target >= 100%; score deduct 0.5 per 1% below 100% }\n"
	"    indicator 减半 weight 2 { actual half(实际); target >= 100; score met }\n"
	"}\n";

struct job {
	char total[64];          /* the total, as text */
	int errors;
};

static void *run(void *arg)
{
	struct job *job = arg;
	for (int round = 0; round < ROUNDS; round++) {
		struct diag d;
		struct source src;
		struct program prog;
		diag_init(&d, NULL);
		d.format = DIAG_COLLECT;
		src_init(&src, "t.rubric", template, sizeof template - 1);
		int errors = load_template(&prog, &src, &d);
		struct eval *ev = errors ? NULL : eval_new(&prog, &d);
		if (ev) {
			eval_reset(ev);
			int e = eval_run(ev);
			errors += e > 0 ? e : e < 0; /* -1: a value not read (none here) */
			if (!errors)
				num_format(job->total, sizeof job->total, ev->total, 4, false, NULL);
		}
		job->errors += errors + (ev == NULL && errors == 0);
		eval_free(ev);
		ast_program_free(&prog);
		src_free(&src);
		diag_free(&d);
	}
	return NULL;
}

static void test_threads_score_alike(void **state)
{
	(void)state;
	pthread_t t[THREADS];
	struct job jobs[THREADS];
	memset(jobs, 0, sizeof jobs);
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, run, &jobs[i]), 0);
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(jobs[i].errors, 0);
		/* 962/2000×4 + (4 - 0.5×3) + 2 */
		assert_string_equal(jobs[i].total, "6.424");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threads_score_alike),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
