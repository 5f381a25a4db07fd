/* bounds.h - interval analysis of checked expressions.
 *
 * Computes, without data, an interval that holds every value a numeric
 * expression can take: the checker uses it to prove that a score rule stays
 * within [0, weight] and to warn when full marks cannot be reached.
 *
 * The analysis is sound under its one assumption: every number a unit
 * supplies (an input) is 0 or more, as amounts, counts and rates are.  It
 * follows the branches of `if` and `cases`, narrowing an input (or any
 * expression) by the conditions that lead there ("a >= t" is false in the
 * else branch, so there a < t), and knows that x / y lies in [0, 1] where
 * 0 <= x <= y.  It does not track open ends: [0, 5) is taken as [0, 5].
 */
#ifndef RUBRIC_BOUNDS_H
#define RUBRIC_BOUNDS_H

#include <stdbool.h>
#include <stdint.h>
#include <gmp.h>

#include "ast.h"

/* A closed interval of numbers; either end may be infinite. */
struct interval {
	bool lo_inf;  /* no lower bound (lo unused) */
	bool hi_inf;  /* no upper bound (hi unused) */
	mpq_t lo, hi;
};

void interval_init(struct interval *v);
void interval_clear(struct interval *v);

struct bounds_memo;

/* What the analyses of one template share: the nodes they may still
 * visit, the numbers they compute with (kept from one analysis to the
 * next, so that they allocate nothing once grown), and the results of the
 * analyses of calls already made (a rule lowered to the same call of the
 * library with arguments of the same shape and constants, as most
 * indicators of a template are, is analysed once).  Zero-initialise;
 * bounds_pool_free when done. */
struct bounds_pool {
	uint64_t budget;         /* nodes the analyses may still visit */
	__mpq_struct *q;         /* initialised numbers ready for use */
	int n, cap;
	struct bounds_memo **memo; /* results by signature, open addressing,
				      memo_cap a power of 2 (NULL: empty) */
	int nmemo, memo_cap;
};

void bounds_pool_free(struct bounds_pool *p);

/* Computes an interval holding every value of the checked numeric
 * expression e into out; returns false when nothing can be said (e is not
 * a number, or the expression is too large to analyse).  The walk follows
 * function bodies into every call; pool->budget is decreased by the nodes
 * it visits, so that all the analyses of a template together do work
 * linear in its size.  A call analysed before with the same arguments
 * (bounds.c, signature) takes its result, and the budget, from then. */
bool bounds_of(struct expr *e, struct interval *out, struct bounds_pool *pool);

/* As bounds_of, where the expression x (a band's actual) lies in range (the
 * band's constant bounds) and, for lo and hi when not NULL (its bounds that
 * are not constant), lo <= x <= hi: the points of a band that are a formula
 * of the actual.  False also when the range is empty. */
bool bounds_within(struct expr *e, struct expr *x, const struct interval *range, struct expr *lo, struct expr *hi,
		   struct interval *out, struct bounds_pool *pool);

#endif
