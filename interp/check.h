/* check.h - static checking of a parsed template.
 *
 * The checker resolves every name (an unknown one is an error with a "did
 * you mean"), checks types, computes and checks weights (a group's children
 * must add up to its weight, the top level to `total`), checks bands for
 * gaps and overlaps and checklists for unreachable full marks, lowers the
 * library rules to calls of stdlib functions, resolves every call to its
 * function (whose body is checked once), measures what an evaluation costs
 * (steps, number sizes, nesting: the limits of docs/language.md).  It
 * leaves the tree as written (ast.h): compile.c then makes the program
 * the evaluator runs.
 */
#ifndef RUBRIC_CHECK_H
#define RUBRIC_CHECK_H

#include "ast.h"

/* Checks prog (a parsed template, or the standard library), recording what
 * it finds beside the tree, and reports to diag.  Returns the number of
 * errors. */
int check_program(struct program *prog, struct diag *diag);

/* Finds the input called name, or NULL. */
struct input *check_find_input(struct program *prog, const char *name);

/* Finds the indicator called name, or NULL. */
struct item *check_find_indicator(struct program *prog, const char *name);

#endif
