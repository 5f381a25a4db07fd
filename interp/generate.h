/* generate.h - boundary cases for a template's tests: what
 * `rubric test --generate` writes (rubric_template_boundary_tests).
 */
#ifndef RUBRIC_GENERATE_H
#define RUBRIC_GENERATE_H

#include "eval.h"
#include "strbuf.h"

/* At most this many constants of a row's rule are taken as its edges, and
 * this many items of a checklist are each left out in a case of their own:
 * a row is scored at most 3 × GEN_MAX_CONSTS + 2 times (a value each, and
 * a first run that finds the target) or GEN_MAX_ITEMS + 2 times. */
#define GEN_MAX_CONSTS 16
#define GEN_MAX_ITEMS 32

/* Appends to out the test blocks of p's boundary cases, indented to be put
 * inside the template's braces: for each indicator scored from a value of
 * its own, one block per value at an edge of its rule, giving that value
 * (and the other values the rule reads, taken from base) and expecting the
 * score the template gives it now; a comment for a value the rule cannot
 * score, and for a row it cannot make cases for (judged, computed, or
 * reading a value base does not have).  ev is a frame of p, whose values
 * are overwritten; base a frame of p whose values are set, or NULL.
 * Returns the number of blocks, or -1 when memory ran out. */
int generate_tests(struct program *p, struct eval *ev, const struct eval *base, struct strbuf *out);

#endif
