/* test.h - the test blocks of a template: their static checks, and the
 * runner behind rubric_unit_run_test (rubric.h) and `rubric test`.
 *
 *     test "2018 published" {
 *         given { 实际在编人数: 18; 委托检验合同的完备性: "完备"; 项目管理制度: scored(有制度, 3) }
 *         expect { 人员控制率: 3; 投入: 12; total: 95.5; grade: "优" }
 *     }
 *
 * A `given` entry names an input (declared, or an indicator's own) or an
 * indicator, and plays the part of the data: a literal of the input's type
 * (a list [a, b] for a checklist), "/" for a row that does not apply, or
 * scored(ACTUAL, SCORE) / scored(SCORE) (打分) for a score the data would
 * give in a row object (a judged score, a level's picked score, an
 * override).  An `expect` entry names an indicator, a group, `total` or
 * `grade`, and the value it must have exactly.
 */
#ifndef RUBRIC_TEST_H
#define RUBRIC_TEST_H

#include "ast.h"

struct eval;

/* Checks the test blocks of a checked program (check_program returned 0):
 * every name resolves, every value has the type its name needs, nothing is
 * given or expected twice.  Reports to diag; returns the number of errors. */
int test_check(struct program *prog, struct diag *diag);

/* A runner of the test blocks of one loaded program: its names hashed
 * once, for any number of tests run in frames of that program.  It only
 * reads the program. */
struct test_runner;

/* A runner for prog (loaded without errors, so its tests are checked);
 * NULL when out of memory. */
struct test_runner *test_runner_new(struct program *prog);
void test_runner_free(struct test_runner *tr);

/* What came of running a test. */
enum test_outcome {
	TEST_PASSED,             /* every expectation holds */
	TEST_FAILED,             /* one or more do not */
	TEST_ERROR,              /* scoring the given values failed: no
				    expectation was compared */
};

/* Receives one reason a test does not pass, at span sp of the template:
 * an expectation that does not hold ("投入: expected 12, got 11", at the
 * expect entry; kind TEST_FAILED), or an error that kept the test from
 * running ("could not run: ...", at the test block; kind TEST_ERROR).
 * reason is valid during the call only. */
typedef void test_reason_fn(void *ud, enum test_outcome kind, struct span sp, const char *reason);

/* Runs test i of the runner's program in frame ev (a frame of that
 * program, whose values it replaces; its diag is left as it was), the
 * values of given lists allocated in scratch, which must outlive their use
 * in ev.  Calls fn(ud, ...) (fn may be NULL) for each reason it does not
 * pass, and sets *outcome.  Returns 0, or -1 when out of memory (some
 * reasons may be missing then). */
int test_run(struct test_runner *tr, struct eval *ev, int i, struct arena *scratch,
	     test_reason_fn *fn, void *ud, enum test_outcome *outcome);

#endif
