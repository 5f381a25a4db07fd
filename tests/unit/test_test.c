/* test_test.c - cmocka unit tests for interp/test.c, the test blocks of a
 * template and their runner (rubric_unit_run_test).
 *
 * The work counter (stats.h) shows that checking and running tests costs
 * work linear in the tests and their entries, plus the template: a test
 * naming each of n indicators, and listing each of a checklist's n items,
 * costs about ten times as much at 10n.  Names used to be found by linear
 * scans and entries compared pairwise, so that such a test cost n².
 * Each test frees what it sets up.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "rubric.h"
#include "stats.h"
#include "strbuf.h"
#include "test.h"

/* A template of n indicators and a checklist of n items, and one test that
 * gives and expects each of them (all hold). */
static char *wide_test(int n, size_t *len)
{
	struct strbuf t = { 0 };
	strbuf_printf(&t, "rubric \"t\" {\n");
	for (int i = 0; i < n; i++)
		strbuf_printf(&t, "    indicator 指标%d weight 1 { target >= 1; score proportional }\n", i);
	strbuf_printf(&t, "    indicator 制度 weight %d {\n        score checklist {", n);
	for (int i = 0; i < n; i++)
		strbuf_printf(&t, " 项%d: 1;", i);
	strbuf_printf(&t, " }\n    }\n    test \"all\" {\n        given {");
	for (int i = 0; i < n; i++)
		strbuf_printf(&t, " 指标%d: 1;", i);
	strbuf_printf(&t, " 制度: [");
	for (int i = 0; i < n; i++)
		strbuf_printf(&t, "%s项%d", i ? ", " : "", i);
	strbuf_printf(&t, "] }\n        expect {");
	for (int i = 0; i < n; i++)
		strbuf_printf(&t, " 指标%d: 1;", i);
	strbuf_printf(&t, " 制度: %d; total: %d }\n    }\n}\n", n, 2 * n);
	assert_false(t.failed);
	*len = t.len;
	return t.s;
}

/* The work test_check does over the test of wide_test(n), once the
 * template is loaded (which checks it once already). */
static uint64_t check_work(int n)
{
	size_t len;
	char *text = wide_test(n, &len);
	struct source src;
	struct program prog;
	struct diag d;
	diag_init(&d, stderr);
	src_init(&src, "t.rubric", text, len);
	assert_int_equal(load_template(&prog, &src, &d), 0);
	uint64_t work = stats.work;
	assert_int_equal(test_check(&prog, &d), 0);
	work = stats.work - work;
	diag_finish(&d);
	ast_program_free(&prog);
	src_free(&src);
	free(text);
	return work;
}

static void test_check_work_linear(void **state)
{
	(void)state;
	uint64_t w1 = check_work(300), w2 = check_work(3000);
	if (w2 > 12 * w1) {
		fprintf(stderr, "work %llu for n = 300, %llu for 3000\n", (unsigned long long)w1,
			(unsigned long long)w2);
		fail();
	}
}

/* The work of running the test of wide_test(n) (rubric_unit_run_test),
 * once the template is compiled: the first run, which hashes the names,
 * and a second.  The test passes. */
static uint64_t run_work(int n)
{
	size_t len;
	char *text = wide_test(n, &len);
	rubric_template *t;
	rubric_unit *u;
	int outcome = -1;
	assert_int_equal(rubric_template_compile(&t, "t.rubric", text, len, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	uint64_t work = stats.work;
	for (int i = 0; i < 2; i++) {
		assert_int_equal(rubric_unit_run_test(u, 0, NULL, NULL, &outcome), RUBRIC_OK);
		assert_int_equal(outcome, RUBRIC_TEST_PASSED);
	}
	work = stats.work - work;
	rubric_unit_free(u);
	rubric_template_free(t);
	free(text);
	return work;
}

static void test_run_work_linear(void **state)
{
	(void)state;
	uint64_t w1 = run_work(1000), w2 = run_work(10000);
	if (w2 > 12 * w1) {
		fprintf(stderr, "work %llu for n = 1000, %llu for 10000\n", (unsigned long long)w1,
			(unsigned long long)w2);
		fail();
	}
}

/* Entries given or expected twice, items listed twice, tests named twice
 * are still found, far apart, and each reported once. */
static void test_twice_far_apart(void **state)
{
	struct strbuf t = { 0 };
	struct source src;
	struct program prog;
	struct diag d;
	(void)state;
	strbuf_printf(&t, "rubric \"t\" {\n");
	for (int i = 0; i < 500; i++)
		strbuf_printf(&t, "    indicator 指标%d weight 1 { target >= 1; score proportional }\n", i);
	strbuf_printf(&t, "    indicator 制度 weight 500 {\n        score checklist {");
	for (int i = 0; i < 500; i++)
		strbuf_printf(&t, " 项%d: 1;", i);
	strbuf_printf(&t, " }\n    }\n    test \"a\" {\n        given { 指标0: 1;");
	for (int i = 1; i < 500; i++)
		strbuf_printf(&t, " 指标%d: 1;", i);
	strbuf_printf(&t, " 指标0: 2; 制度: [项0");
	for (int i = 1; i < 500; i++)
		strbuf_printf(&t, ", 项%d", i);
	strbuf_printf(&t, ", 项0] }\n        expect { total: 1000; 指标499: 1; total: 1000 }\n    }\n");
	strbuf_printf(&t, "    test \"b\" {\n        given { 指标0: 1 }\n        expect { 指标0: 1 }\n    }\n");
	strbuf_printf(&t, "    test \"a\" {\n        given { 指标0: 1 }\n        expect { 指标0: 1 }\n    }\n}\n");
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	src_init(&src, "t.rubric", t.s, t.len);
	assert_int_equal(load_template(&prog, &src, &d), 4);
	assert_string_equal(diag_message(&d, 0), "指标0 is given twice in this test");
	assert_string_equal(diag_message(&d, 1), "项0 is listed twice");
	assert_string_equal(diag_message(&d, 2), "total is expected twice in this test");
	assert_string_equal(diag_message(&d, 3), "there are two tests called \"a\"");
	diag_free(&d);
	ast_program_free(&prog);
	src_free(&src);
	assert_false(t.failed);
	strbuf_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_work_linear),
		cmocka_unit_test(test_run_work_linear),
		cmocka_unit_test(test_twice_far_apart),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
