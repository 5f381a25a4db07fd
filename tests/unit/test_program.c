/* test_program.c - cmocka tests: the compiled program (program.h).
 *
 * A function is compiled once, where it is defined, and every call runs
 * that block: the code grows by a constant per call, never by the size of
 * the body.  The standard library's functions are compiled in the
 * library's program, which every template shares.  A let is compiled
 * once, however many indicators read it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "load.h"
#include "program.h"
#include "strbuf.h"

struct loaded {
	struct diag d;
	struct source src;
	struct program prog;
	struct strbuf text;
};

static void load(struct loaded *l)
{
	diag_init(&l->d, NULL);
	l->d.format = DIAG_COLLECT;
	src_init(&l->src, "t.rubric", strbuf_str(&l->text), l->text.len);
	assert_int_equal(load_template(&l->prog, &l->src, &l->d), 0);
	assert_non_null(l->prog.code);
}

static void unload(struct loaded *l)
{
	ast_program_free(&l->prog);
	src_free(&l->src);
	diag_free(&l->d);
	strbuf_free(&l->text);
}

/* A template whose function of a long body is called by n indicators. */
static uint32_t insns_for_calls(int n)
{
	struct loaded l = { 0 };
	strbuf_printf(&l.text, "rubric \"calls\" {\n    func f(x) = x");
	for (int i = 0; i < 50; i++)
		strbuf_printf(&l.text, " + x * %d", i);
	strbuf_printf(&l.text, "\n    input a : number default 1\n");
	for (int i = 0; i < n; i++)
		strbuf_printf(&l.text, "    indicator 指标%d weight 1 { actual a; target >= 0; "
			      "score min(weight, f(actual) * 0) }\n", i);
	strbuf_printf(&l.text, "}\n");
	load(&l);
	uint32_t n_insns = l.prog.code->ninsns;
	unload(&l);
	return n_insns;
}

static void test_function_compiled_once(void **state)
{
	(void)state;
	uint32_t one = insns_for_calls(1), ten = insns_for_calls(10), hundred = insns_for_calls(100);
	/* each call adds the same few instructions: its indicator's blocks,
	 * not the body's hundred */
	uint32_t per_call = (hundred - ten) / 90;
	assert_true(per_call < 20);
	assert_int_equal(ten - one, 9 * per_call);
	assert_int_equal(hundred - ten, 90 * per_call);
}

/* A let read by n indicators. */
static uint32_t insns_for_let(int n)
{
	struct loaded l = { 0 };
	strbuf_printf(&l.text, "rubric \"let\" {\n    input a : number default 1\n    let L = a");
	for (int i = 0; i < 50; i++)
		strbuf_printf(&l.text, " + a * %d", i);
	strbuf_printf(&l.text, "\n");
	for (int i = 0; i < n; i++)
		strbuf_printf(&l.text, "    indicator 指标%d weight 1 { actual L; target >= 0; score met }\n", i);
	strbuf_printf(&l.text, "}\n");
	load(&l);
	uint32_t n_insns = l.prog.code->ninsns;
	unload(&l);
	return n_insns;
}

static void test_let_compiled_once(void **state)
{
	(void)state;
	uint32_t ten = insns_for_let(10), hundred = insns_for_let(100);
	assert_true((hundred - ten) / 90 < 20);
}

/* The library's rules run the library's code: no template holds a copy. */
static void test_library_shared(void **state)
{
	(void)state;
	struct loaded a = { 0 }, b = { 0 };
	const char *t = "rubric \"lib\" {\n    input a : number default 5\n"
			"    indicator 批次 weight 10 { actual a; target >= 10; score proportional }\n}\n";
	strbuf_printf(&a.text, "%s", t);
	strbuf_printf(&b.text, "%s", t);
	load(&a);
	load(&b);
	const struct code *lib = a.prog.lib->code;
	assert_ptr_equal(lib, b.prog.lib->code);
	int calls = 0;
	for (const struct code *k = a.prog.code; k; k = k == a.prog.code ? b.prog.code : NULL)
		for (uint32_t i = 0; i < k->ninsns; i++)
			if (k->insns[i].op == I_CALL) {
				assert_ptr_equal(k->insns[i].func->code, lib);
				calls++;
			}
	assert_int_equal(calls, 2);
	/* and both score it alike */
	struct eval *ev = eval_new(&a.prog, &a.d);
	assert_non_null(ev);
	eval_reset(ev);
	assert_int_equal(eval_run(ev), 0);
	assert_int_equal(mpq_cmp_ui(ev->total, 5, 1), 0);
	eval_free(ev);
	unload(&a);
	unload(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_function_compiled_once),
		cmocka_unit_test(test_let_compiled_once),
		cmocka_unit_test(test_library_shared),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
