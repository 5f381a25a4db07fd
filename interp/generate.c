/* generate.c - boundary cases for a template's tests (`rubric test
 * --generate`, rubric_template_boundary_tests).
 *
 * A published standard is easiest to get wrong at its edges: a band that
 * should include 90% and does not, a deadline a day off, a level that
 * gives the wrong points.  For each indicator scored from a value of its
 * own, this writes the values at the edges of its rule:
 *   - a number: every constant its target, its rule's parameters and its
 *     bands are written with (percents for a percent, other numbers
 *     otherwise), the value just below and just above each (one decimal
 *     more than the constant is written with, or 1 for a count), the
 *     target the unit's data gives, and 0;
 *   - a date: each date written, the day before and the day after;
 *   - a grade: each level (a ranged one at both ends of its range);
 *   - a checklist: every item, none, and each item left out;
 *   - a yes/no value (是否): both.
 * Each value is scored alone (eval_row), and written as a test block that
 * gives it, with the other values the rule reads, taken from a baseline
 * unit, and expects the score it gets now: a person then checks each one
 * against the published standard.  The blocks are spelt in the template's
 * keywords (测试/已知/预期 for a template that opens with 评分表), the
 * comments in the language of messages.  A value the rule cannot score (in a gap
 * between bands) becomes a comment that says why, and so does a row this
 * cannot make cases for.
 *
 * Work: each indicator's expressions are walked once, and it is scored at
 * most 3 × GEN_MAX_CONSTS + 2 (or GEN_MAX_ITEMS + 2) times, each run the
 * cost of that row: linear in the template.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "generate.h"
#include "diag.h"
#include "names.h"
#include "num.h"
#include "parse.h"
#include "render.h"
#include "stats.h"

#define GEN_MAX_VALUES (3 * GEN_MAX_CONSTS + 2)

struct gen {
	struct program *p;
	struct eval *ev;
	const struct eval *base;
	struct strbuf *out;
	struct diag *d;          /* the errors of the cases, collected */
	int blocks;
	/* per input k, the lets that read it: readers[reader_at[k] ..
	 * reader_at[k + 1]) */
	int *reader_at, *readers;
};

/* A row that reads more values than this gets a comment, not cases: each
 * case gives them all. */
#define GEN_MAX_READS 64

/* The value of in changed: the lets that read it are computed again. */
static void changed(struct gen *g, const struct input *in)
{
	for (int k = g->reader_at[in->index]; k < g->reader_at[in->index + 1]; k++)
		eval_forget_let(g->ev, g->readers[k]);
	STATS_WORK(g->reader_at[in->index + 1] - g->reader_at[in->index]);
}

/* The constants of a row's rule that are its edges. */
struct consts {
	bool dates;              /* dates, else numbers */
	bool percent;            /* the numbers that count: percents, or others */
	int n;
	mpq_t q[GEN_MAX_CONSTS];
	long date[GEN_MAX_CONSTS];
};

/* Adds v, a constant the rule compares with (its percent flag percent), to
 * c: one of c's kind (a number input takes percents too, as fractions; a
 * percent input only percents), not negative unless written so. */
static void add_number(struct consts *c, mpq_srcptr v, bool percent)
{
	if (c->n == GEN_MAX_CONSTS || c->dates || (c->percent && !percent))
		return;
	for (int i = 0; i < c->n; i++)
		if (mpq_equal(c->q[i], v))
			return;
	mpq_set(c->q[c->n++], v);
}

static void add_date(struct consts *c, long date)
{
	if (!c->dates || c->n == GEN_MAX_CONSTS)
		return;
	for (int i = 0; i < c->n; i++)
		if (c->date[i] == date)
			return;
	c->date[c->n++] = date;
}

/* Folds e: true, with its value in out, when it is a constant number
 * (literals, unary minus, + − × ÷ of constants: 1/3, -5); else walks it,
 * taking as edges the constants its comparisons compare with, and the
 * dates.  Each node is visited once. */
static bool fold(struct consts *c, const struct expr *e, mpq_t out)
{
	if (!e)
		return false;
	STATS_WORK(1);
	switch (e->kind == EX_NUM ? EX_NUM : e->is) {
	case EX_NUM:
		if (e->kind != EX_NUM)
			return false; /* `weight`: no edge */
		mpq_set(out, e->num);
		return true;
	case EX_DATE:
		add_date(c, e->date);
		return false;
	case EX_UNARY:
		if (fold(c, e->lhs, out) && e->op == OP_NEG) {
			mpq_neg(out, out);
			return true;
		}
		return false;
	case EX_BINARY: {
		mpq_t r;
		mpq_init(r);
		bool a = fold(c, e->lhs, out), b = fold(c, e->rhs, r), folded = false;
		if (a && b && e->op <= OP_DIV) {
			folded = eval_const_arith(e->op, out, r) == CONST_OK;
		} else if (e->op >= OP_EQ && e->op <= OP_GE) { /* actual >= 120 */
			if (a)
				add_number(c, out, e->lhs->percent);
			if (b)
				add_number(c, r, e->rhs->percent);
		}
		mpq_clear(r);
		return folded;
	}
	case EX_IF:
		fold(c, e->cond, out);
		fold(c, e->lhs, out);
		fold(c, e->rhs, out);
		return false;
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++) {
			fold(c, e->cases.conds.items[i], out);
			fold(c, e->cases.values.items[i], out);
		}
		fold(c, e->cases.otherwise, out);
		return false;
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			fold(c, e->call.args.items[i], out);
		return false;
	default:
		return false;
	}
}

/* e, a target, a bound or a parameter: an edge when it is a constant, and
 * the constants its comparisons compare with. */
static void walk(struct consts *c, const struct expr *e)
{
	mpq_t v;
	mpq_init(v);
	if (fold(c, e, v))
		add_number(c, v, e->percent);
	mpq_clear(v);
}

/* e's number when it is a literal (of the kind c counts), else NULL. */
static mpq_srcptr literal(const struct consts *c, const struct expr *e)
{
	return e && e->kind == EX_NUM && (e->percent || !c->percent) ? e->num : NULL;
}

/* The edges of `deduct AMOUNT per STEP [above|below AT] [cap MOST]`: the
 * threshold, the first step past it, and where the deductions reach their
 * most (the weight without a cap). */
static void deduct_edges(struct consts *c, const struct item *ind, const struct rule *r)
{
	mpq_srcptr amount = r->a && r->a->kind == EX_NUM ? r->a->num : NULL, step = literal(c, r->b);
	mpq_srcptr at = r->dir == DEDUCT_COUNT ? NULL : literal(c, r->c);
	mpq_srcptr most = !r->d ? ind->weight : r->d->kind == EX_NUM ? r->d->num : NULL;
	if (!amount || !step || mpq_sgn(amount) <= 0 || mpq_sgn(step) <= 0 || (r->dir != DEDUCT_COUNT && !at))
		return;
	mpq_t v, n;
	mpq_inits(v, n, NULL);
	if (at)
		add_number(c, at, true);
	for (int k = 0; k < 2; k++) {
		if (k == 0) {
			mpq_set(n, step); /* the first step */
		} else if (most) {
			mpq_div(n, most, amount); /* steps to the most */
			num_ceil(n, n);
			mpq_mul(n, n, step);
		} else {
			break;
		}
		if (!at)
			mpq_set(v, n);
		else if (r->dir == DEDUCT_BELOW)
			mpq_sub(v, at, n);
		else
			mpq_add(v, at, n);
		add_number(c, v, true);
	}
	mpq_clears(v, n, NULL);
}

/* The edges of `bonus BASE plus INC per STEP [cap TOP]` over a count: 1
 * (the first), 1 + STEP, and where the points reach their top. */
static void bonus_edges(struct consts *c, const struct item *ind, const struct rule *r)
{
	if (c->percent)
		return;
	mpq_t one, v;
	mpq_inits(one, v, NULL);
	mpq_set_ui(one, 1, 1);
	add_number(c, one, false);
	mpq_srcptr base = literal(c, r->a), inc = literal(c, r->b), step = r->c ? literal(c, r->c) : one;
	mpq_srcptr top = !r->d ? ind->weight : literal(c, r->d);
	if (step) {
		mpq_add(v, one, step);
		add_number(c, v, false);
	}
	if (base && inc && step && top && mpq_sgn(inc) > 0 && mpq_cmp(top, base) > 0) {
		mpq_sub(v, top, base);
		mpq_div(v, v, inc);
		num_ceil(v, v);
		mpq_mul(v, v, step);
		mpq_add(v, v, one);
		add_number(c, v, false);
	}
	mpq_clears(one, v, NULL);
}

/* A line "    # ..." of out, its text made one line. */
static void comment(struct gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void comment(struct gen *g, const char *fmt, ...)
{
	struct strbuf line = { 0 };
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(&line, fmt, ap);
	va_end(ap);
	for (size_t i = 0; i < line.len; i++)
		if ((unsigned char)line.s[i] < 0x20 || line.s[i] == 0x7F)
			line.s[i] = ' ';
	strbuf_add(g->out, "    # ", 6);
	strbuf_add(g->out, strbuf_str(&line), line.len);
	strbuf_add(g->out, "\n", 1);
	if (line.failed)
		g->out->failed = true;
	strbuf_free(&line);
}

/* Forgets the errors collected so far. */
static void forget(struct gen *g)
{
	diag_free(g->d);
	diag_init(g->d, NULL);
	g->d->format = DIAG_COLLECT;
}

/* The case's name: the indicator and the value, as a table writes it
 * (a level and its picked score, a checklist's items met or 无). */
static void case_name(struct strbuf *name, const struct item *ind, const struct value *v, bool chinese)
{
	strbuf_printf(name, "%s = ", ind->name);
	if (v->type == TY_TEXT) {
		strbuf_add(name, v->str, v->len);
		if (v->picked) {
			strbuf_add(name, " ", 1);
			render_test_number(name, v->num, false);
		}
	} else if (v->type == TY_LIST) {
		const unsigned char *p = v->list;
		for (int i = 0; i < v->nitems; i++) {
			size_t len;
			const char *s = eval_list_next(&p, &len);
			if (i)
				strbuf_add(name, "、", strlen("、"));
			strbuf_add(name, s, len);
		}
		if (v->nitems == 0)
			strbuf_add(name, "无", strlen("无"));
	} else {
		render_test_value(name, v, chinese);
	}
}

/* Scores row i with its own value set (in its slot): a test block that
 * expects what it gets, or a comment saying why it gets nothing.  given
 * lists the inputs set (the others take their defaults). */
static void one_case(struct gen *g, int i, struct input *const *given, int ngiven)
{
	struct item *ind = g->p->indicators.items[i];
	struct eval *ev = g->ev;
	struct strbuf name = { 0 };
	bool zh = g->p->chinese_keywords; /* the block's keywords: the template's */
	case_name(&name, ind, &ev->slots[ind->input->slot], zh);
	changed(g, ind->input);
	STATS_WORK(ngiven + 1);
	if (eval_row(ev, i) != 0) {
		comment(g, _("%s: not scored: %s"), strbuf_str(&name),
			g->d->nrecords ? diag_message(g->d, g->d->nrecords - 1) : _("an error"));
		forget(g);
		strbuf_free(&name);
		return;
	}
	struct strbuf *o = g->out;
	strbuf_printf(o, "    %s ", parse_keyword(TOK_TEST, zh));
	render_test_string(o, strbuf_str(&name), name.len);
	strbuf_printf(o, " {\n        %s { ", parse_keyword(TOK_GIVEN, zh));
	for (int k = 0; k < ngiven; k++) {
		if (k)
			strbuf_add(o, "; ", 2);
		render_test_name(o, given[k]->name);
		strbuf_add(o, ": ", 2);
		render_test_value(o, &ev->slots[given[k]->slot], zh);
	}
	strbuf_printf(o, " }\n        %s { ", parse_keyword(TOK_EXPECT, zh));
	render_test_name(o, ind->name);
	strbuf_add(o, ": ", 2);
	render_test_number(o, ev->ind[i].score, false);
	strbuf_add(o, " }\n    }\n", 9);
	if (name.failed)
		o->failed = true;
	strbuf_free(&name);
	g->blocks++;
}

static int cmp_q(const void *a, const void *b)
{
	return mpq_cmp((mpq_srcptr)a, (mpq_srcptr)b);
}

/* The step just past c: 1 for a count, else one decimal more than c is
 * written with (a percent's as a percent: 90% gives 0.1%).  False, with
 * step the scale of 4 decimals (10000, or 1000000 for a percent), when c
 * is no decimal of 6 places or fewer (1/3). */
static bool step_of(mpq_t step, mpq_srcptr c, bool percent, bool integer)
{
	if (integer) {
		mpq_set_ui(step, 1, 1);
		return true;
	}
	mpq_t v;
	mpz_t ten;
	mpq_init(v);
	mpz_init_set_ui(ten, 1);
	mpq_set(v, c);
	if (percent) {
		mpz_mul_ui(mpq_numref(v), mpq_numref(v), 100);
		mpq_canonicalize(v);
	}
	for (int d = 0; d < 6 && !mpz_divisible_p(ten, mpq_denref(v)); d++)
		mpz_mul_ui(ten, ten, 10);
	bool decimal = mpz_divisible_p(ten, mpq_denref(v));
	if (decimal) {
		mpz_mul_ui(ten, ten, percent ? 1000 : 10);
		mpq_set_z(step, ten);
		mpq_inv(step, step);
	} else {
		mpq_set_ui(step, percent ? 1000000 : 10000, 1);
	}
	mpz_clear(ten);
	mpq_clear(v);
	return decimal;
}

/* The numbers to score a row with, from its constants, sorted: each, just
 * below and just above it, and 0. */
static int number_values(mpq_t *vals, const struct consts *c, bool integer)
{
	int n = 0;
	bool negative = false;
	for (int i = 0; i < c->n; i++)
		negative |= mpq_sgn(c->q[i]) < 0;
	mpq_t step, v;
	mpq_inits(step, v, NULL);
	mpq_set_ui(vals[n++], 0, 1);
	for (int i = 0; i < c->n; i++) {
		if (integer && mpz_cmp_ui(mpq_denref(c->q[i]), 1) != 0) { /* 2.5 of a count: 2 and 3 */
			num_floor(vals[n++], c->q[i]);
			num_ceil(vals[n++], c->q[i]);
			continue;
		}
		if (!step_of(step, c->q[i], c->percent, integer)) {
			/* 1/3: the decimals just below and above it, 0.3333 and
			 * 0.3334 (as shown: a percent's in percent) */
			mpq_set(v, c->q[i]);
			mpz_mul(mpq_numref(v), mpq_numref(v), mpq_numref(step));
			mpq_canonicalize(v);
			mpq_t w;
			mpq_init(w);
			num_floor(w, v);
			mpq_div(vals[n++], w, step);
			num_ceil(w, v);
			mpq_div(vals[n++], w, step);
			mpq_clear(w);
			mpq_set(vals[n++], c->q[i]);
			continue;
		}
		mpq_sub(v, c->q[i], step);
		if (mpq_sgn(v) >= 0 || negative) /* below 0 where the rule goes there */
			mpq_set(vals[n++], v);
		mpq_set(vals[n++], c->q[i]);
		mpq_add(vals[n++], c->q[i], step);
	}
	mpq_clears(step, v, NULL);
	qsort(vals, (size_t)n, sizeof vals[0], cmp_q);
	int m = 0;
	for (int i = 0; i < n; i++)
		if (m == 0 || !mpq_equal(vals[m - 1], vals[i]))
			mpq_swap(vals[m++], vals[i]);
	return m;
}

/* The cases of row i, whose own value is in (its slot), of type
 * in->type; the other values it reads are set. */
static void number_cases(struct gen *g, int i, struct input *in, struct input *const *given, int ngiven)
{
	struct item *ind = g->p->indicators.items[i];
	struct rule *r = ind->scoring;
	struct eval *ev = g->ev;
	struct value *slot = &ev->slots[in->slot];
	struct consts *c = calloc(1, sizeof *c);
	mpq_t *vals = calloc(GEN_MAX_VALUES, sizeof *vals);
	if (!c || !vals) {
		free(c);
		free(vals);
		g->out->failed = true;
		return;
	}
	for (int k = 0; k < GEN_MAX_CONSTS; k++)
		mpq_init(c->q[k]);
	for (int k = 0; k < GEN_MAX_VALUES; k++)
		mpq_init(vals[k]);
	c->percent = in->percent;
	c->dates = in->type == TY_DATE;
	walk(c, ind->target.lo);
	walk(c, ind->target.hi);
	switch (r->kind) {
	case RULE_BANDS:
		for (int k = 0; k < r->entries.n; k++) {
			const struct band *b = r->entries.items[k];
			walk(c, b->lo.value);
			walk(c, b->hi.value);
		}
		break;
	case RULE_INTERPOLATE:
		walk(c, r->a);
		walk(c, r->b);
		break;
	case RULE_DEDUCT:
		if (!c->dates)
			deduct_edges(c, ind, r);
		break;
	case RULE_BONUS:
		if (!c->dates)
			bonus_edges(c, ind, r);
		break;
	case RULE_EXPR:
		walk(c, r->expr);
		break;
	default: /* proportional, met: the target */
		break;
	}
	ev->present[in->index] = INPUT_OK;
	slot->percent = in->percent;
	if (c->dates) {
		slot->type = TY_DATE;
		for (int k = 0; k < c->n; k++)
			for (long d = -1; d <= 1; d++) {
				slot->date = c->date[k] + d;
				one_case(g, i, given, ngiven);
			}
	} else {
		/* the target the unit's data gives (target >= 预算数) is an edge
		 * too: a first run at 0 finds it */
		slot->type = TY_NUMBER;
		mpq_set_ui(slot->num, 0, 1);
		changed(g, in);
		if (eval_row(ev, i) == 0 && ev->ind[i].target && ev->ind[i].target->type == TY_NUMBER)
			add_number(c, ev->ind[i].target->num, ev->ind[i].target->percent);
		forget(g);
		int n = number_values(vals, c, in->integer);
		for (int k = 0; k < n; k++) {
			slot->type = TY_NUMBER;
			mpq_set(slot->num, vals[k]);
			one_case(g, i, given, ngiven);
		}
	}
	for (int k = 0; k < GEN_MAX_CONSTS; k++)
		mpq_clear(c->q[k]);
	for (int k = 0; k < GEN_MAX_VALUES; k++)
		mpq_clear(vals[k]);
	free(c);
	free(vals);
}

/* A checklist's cases: every item, none, and each item left out. */
static void checklist_cases(struct gen *g, int i, struct input *in, struct input *const *given, int ngiven)
{
	struct rule *r = ((struct item *)g->p->indicators.items[i])->scoring;
	struct value *slot = &g->ev->slots[in->slot];
	size_t size = 1;
	for (int k = 0; k < r->entries.n; k++)
		size += eval_list_size(strlen(((struct item_points *)r->entries.items[k])->name));
	unsigned char *list = malloc(size);
	if (!list) {
		g->out->failed = true;
		return;
	}
	g->ev->present[in->index] = INPUT_OK;
	slot->type = TY_LIST;
	slot->list = list;
	/* -2: every item; -1: none; k: all but item k */
	int cases = r->entries.n > 1 && r->entries.n <= GEN_MAX_ITEMS ? r->entries.n : 0;
	for (int skip = -2; skip < cases; skip++) {
		unsigned char *at = list;
		int n = 0;
		for (int k = 0; skip != -1 && k < r->entries.n; k++) {
			const char *name = ((struct item_points *)r->entries.items[k])->name;
			if (k != skip) {
				at = eval_list_put(at, name, strlen(name));
				n++;
			}
		}
		slot->nitems = n;
		one_case(g, i, given, ngiven);
	}
	slot->list = NULL;
	slot->nitems = 0;
	free(list);
}

/* A grade's cases: each level; a ranged one at each end of its range. */
static void grade_cases(struct gen *g, int i, struct input *in, struct input *const *given, int ngiven)
{
	struct rule *r = ((struct item *)g->p->indicators.items[i])->scoring;
	struct value *slot = &g->ev->slots[in->slot];
	g->ev->present[in->index] = INPUT_OK;
	slot->type = TY_TEXT;
	for (int k = 0; k < r->entries.n && k < GEN_MAX_CONSTS; k++) {
		const struct item_points *e = r->entries.items[k];
		slot->str = e->name;
		slot->len = strlen(e->name);
		bool range = mpq_cmp(e->lo_q, e->hi_q) != 0 || e->hi_open;
		slot->picked = range;
		mpq_set(slot->num, e->lo_q);
		one_case(g, i, given, ngiven);
		if (range && !e->hi_open) {
			mpq_set(slot->num, e->hi_q);
			one_case(g, i, given, ngiven);
		}
	}
	slot->picked = false;
}

/* A yes/no value's cases (是否: target = true): both. */
static void bool_cases(struct gen *g, int i, struct input *in, struct input *const *given, int ngiven)
{
	struct value *slot = &g->ev->slots[in->slot];
	g->ev->present[in->index] = INPUT_OK;
	slot->type = TY_BOOL;
	for (int k = 1; k >= 0; k--) {
		slot->boolean = k;
		one_case(g, i, given, ngiven);
	}
}

static void copy_value(struct value *dst, const struct value *src)
{
	dst->type = src->type;
	dst->percent = src->percent;
	num_set(dst->num, src->num);
	dst->picked = src->picked;
	dst->str = src->str;
	dst->len = src->len;
	dst->date = src->date;
	dst->boolean = src->boolean;
	dst->list = src->list;
	dst->nitems = src->nitems;
}

/* Sets in's value to the baseline unit's, or none. */
static void base_value(struct gen *g, struct input *in)
{
	if (g->base && g->base->present[in->index] == INPUT_OK) {
		copy_value(&g->ev->slots[in->slot], &g->base->slots[in->slot]);
		g->ev->present[in->index] = INPUT_OK;
	} else {
		g->ev->present[in->index] = INPUT_MISSING;
	}
	changed(g, in);
}

/* The cases of indicator i, or a comment why there are none. */
static void row_cases(struct gen *g, int i)
{
	struct program *p = g->p;
	struct item *ind = p->indicators.items[i];
	struct input *own = ind->input;
	struct rule *r = ind->scoring;
	if (ind->inapplicable || !r)
		return;
	if (r->kind == RULE_JUDGED) {
		comment(g, _("%s: judged by the evaluator: no boundary cases"), ind->name);
		return;
	}
	/* its own value: its implicit input, or an input of its name it has
	 * no `actual` for */
	if (ind->budget || !own || (own->owner != ind && ind->actual)) {
		comment(g, _("%s: its actual is computed from other values: write its boundary cases by hand"),
			ind->name);
		return;
	}
	if (names_find(&p->indicator_names, NULL, ind->name) != ind) {
		comment(g, _("%s: another indicator has its name, which a test cannot tell apart"), ind->name);
		return;
	}
	bool kind = own->type == TY_NUMBER || own->type == TY_DATE || own->type == TY_BOOL ||
		    (own->type == TY_LIST && r->kind == RULE_CHECKLIST) ||
		    (own->type == TY_TEXT && r->kind == RULE_GRADE);
	if (!kind) {
		comment(g, _("%s: no boundary cases for a value of this kind"), ind->name);
		return;
	}
	if (ind->deps.n > GEN_MAX_READS) {
		comment(g, _("%s: reads %d values: write its boundary cases by hand"), ind->name, ind->deps.n);
		return;
	}
	/* the other values it reads are the baseline unit's (or defaults) */
	struct input **given = malloc(((size_t)ind->deps.n + 1) * sizeof *given);
	if (!given) {
		g->out->failed = true;
		return;
	}
	int ngiven = 0;
	const char *lacking = NULL;
	STATS_WORK(ind->deps.n);
	for (int d = 0; d < ind->deps.n; d++) {
		struct input *in = ind->deps.items[d];
		if (in == own)
			continue;
		if (g->base && g->base->present[in->index] == INPUT_OK)
			given[ngiven++] = in;
		else if (!in->dflt && !lacking)
			lacking = in->name;
	}
	given[ngiven++] = own;
	if (lacking) {
		comment(g, g->base ? _("%s: reads %s, which the unit's data does not give")
				   : _("%s: reads %s: give a unit's data to take it from (rubric test --generate TEMPLATE UNIT.json)"),
			ind->name, lacking);
	} else if (own->type == TY_LIST) {
		checklist_cases(g, i, own, given, ngiven);
	} else if (own->type == TY_TEXT) {
		grade_cases(g, i, own, given, ngiven);
	} else if (own->type == TY_BOOL) {
		bool_cases(g, i, own, given, ngiven);
	} else {
		number_cases(g, i, own, given, ngiven);
	}
	free(given);
	base_value(g, own); /* its own value back as the unit has it */
}

/* Lists, per input, the lets that read it (g->reader_at, g->readers):
 * false when out of memory. */
static bool list_readers(struct gen *g)
{
	struct program *p = g->p;
	size_t n = 0;
	for (int l = 0; l < p->lets.n; l++)
		n += (size_t)((struct let *)p->lets.items[l])->deps.n;
	g->reader_at = calloc((size_t)p->inputs.n + 2, sizeof *g->reader_at);
	g->readers = malloc((n + 1) * sizeof *g->readers);
	if (!g->reader_at || !g->readers || n > INT_MAX)
		return false;
	STATS_WORK(n + (size_t)p->inputs.n);
	for (int l = 0; l < p->lets.n; l++) {
		const struct let *let = p->lets.items[l];
		for (int d = 0; d < let->deps.n; d++)
			g->reader_at[((struct input *)let->deps.items[d])->index + 2]++;
	}
	for (int k = 0; k < p->inputs.n; k++)
		g->reader_at[k + 2] += g->reader_at[k + 1];
	for (int l = 0; l < p->lets.n; l++) {
		const struct let *let = p->lets.items[l];
		for (int d = 0; d < let->deps.n; d++)
			g->readers[g->reader_at[((struct input *)let->deps.items[d])->index + 1]++] = l;
	}
	return true;
}

int generate_tests(struct program *p, struct eval *ev, const struct eval *base, struct strbuf *out)
{
	struct diag d, *was = ev->diag;
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	struct gen g = { .p = p, .ev = ev, .base = base, .out = out, .d = &d };
	ev->diag = &d;
	eval_reset(ev);
	if (++ev->generation == 0) /* no let is of it */
		ev->generation++;
	if (list_readers(&g)) {
		/* every value the baseline unit's; each row then changes its
		 * own, and puts it back */
		for (int k = 0; k < p->inputs.n; k++)
			base_value(&g, p->inputs.items[k]);
		/* a test gives no reasons (偏差原因): `require reason` binds the data */
		for (int k = 0; p->require_reason && k < p->indicators.n; k++)
			ev->row[k].reason = "";
		comment(&g, _("Boundary cases written by rubric test --generate: each expects the score the template gives now."));
		comment(&g, _("Check every one against the published standard before keeping it."));
		for (int i = 0; i < p->indicators.n; i++)
			row_cases(&g, i);
	} else {
		out->failed = true;
	}
	free(g.reader_at);
	free(g.readers);
	eval_reset(ev);
	ev->diag = was;
	diag_free(&d);
	return out->failed ? -1 : g.blocks;
}
