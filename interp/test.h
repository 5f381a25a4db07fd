/* test.h - the test blocks of a template: their static checks, and the
 * runner behind `rubric test` (cmd_test, declared in cli.h).
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

/* Checks the test blocks of a checked program (check_program returned 0):
 * every name resolves, every value has the type its name needs, nothing is
 * given or expected twice.  Reports to diag; returns the number of errors. */
int test_check(struct program *prog, struct diag *diag);

#endif
