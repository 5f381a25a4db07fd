/* bounds.c - interval analysis of checked expressions (see bounds.h).
 *
 * Intervals are closed, with exact rational ends or infinite ones.  While
 * walking the branches of `if` and `cases`, the analysis keeps a stack of
 * facts the conditions taken imply: "this expression lies in [lo, hi]" or
 * "this expression is at most that one".  A branch whose facts contradict
 * each other cannot be taken and adds nothing.
 *
 * A call of a function is analysed by walking its one body with the
 * parameters standing for the call's arguments (an environment, as the
 * evaluator has call frames), so the analysis of a rule sees the body as if
 * it were written out at the call.  A let is analysed once, without the
 * facts of any branch, and its interval reused at every reference; facts
 * about the let itself still narrow it.
 */
#include "bounds.h"
#include "eval.h"
#include "stats.h"

#include <stdlib.h>
#include <string.h>

/* Expression nodes visited at most per analysis (a rule's, with the
 * function bodies it calls); the checker also gives every template a
 * budget for all its analyses together (bounds_of). */
#define BOUNDS_BUDGET 200000

void interval_init(struct interval *v)
{
	mpq_init(v->lo);
	mpq_init(v->hi);
	v->lo_inf = v->hi_inf = true;
}

void interval_clear(struct interval *v)
{
	mpq_clear(v->lo);
	mpq_clear(v->hi);
}

static void iv_copy(struct interval *dst, const struct interval *src)
{
	dst->lo_inf = src->lo_inf;
	dst->hi_inf = src->hi_inf;
	mpq_set(dst->lo, src->lo);
	mpq_set(dst->hi, src->hi);
}

static void iv_point(struct interval *v, const mpq_t q)
{
	v->lo_inf = v->hi_inf = false;
	mpq_set(v->lo, q);
	mpq_set(v->hi, q);
}

/* Narrows v to its intersection with w; false if that is empty. */
static bool iv_meet(struct interval *v, const struct interval *w)
{
	if (!w->lo_inf && (v->lo_inf || mpq_cmp(w->lo, v->lo) > 0)) {
		v->lo_inf = false;
		mpq_set(v->lo, w->lo);
	}
	if (!w->hi_inf && (v->hi_inf || mpq_cmp(w->hi, v->hi) < 0)) {
		v->hi_inf = false;
		mpq_set(v->hi, w->hi);
	}
	return v->lo_inf || v->hi_inf || mpq_cmp(v->lo, v->hi) <= 0;
}

/* Widens v to also hold w. */
static void iv_join(struct interval *v, const struct interval *w)
{
	if (w->lo_inf)
		v->lo_inf = true;
	else if (!v->lo_inf && mpq_cmp(w->lo, v->lo) < 0)
		mpq_set(v->lo, w->lo);
	if (w->hi_inf)
		v->hi_inf = true;
	else if (!v->hi_inf && mpq_cmp(w->hi, v->hi) > 0)
		mpq_set(v->hi, w->hi);
}

/* v = -v. */
static void iv_neg(struct interval *v)
{
	bool lo_inf = v->lo_inf;
	v->lo_inf = v->hi_inf;
	v->hi_inf = lo_inf;
	mpq_swap(v->lo, v->hi);
	mpq_neg(v->lo, v->lo);
	mpq_neg(v->hi, v->hi);
}

/* v = the values of min(x, y) for x in v and y in w: both ends the smaller. */
static void iv_min(struct interval *v, const struct interval *w)
{
	if (w->lo_inf)
		v->lo_inf = true;
	else if (!v->lo_inf && mpq_cmp(w->lo, v->lo) < 0)
		mpq_set(v->lo, w->lo);
	if (!w->hi_inf && (v->hi_inf || mpq_cmp(w->hi, v->hi) < 0)) {
		v->hi_inf = false;
		mpq_set(v->hi, w->hi);
	}
}

/* v = the values of max(x, y): both ends the larger. */
static void iv_max(struct interval *v, const struct interval *w)
{
	if (!w->lo_inf && (v->lo_inf || mpq_cmp(w->lo, v->lo) > 0)) {
		v->lo_inf = false;
		mpq_set(v->lo, w->lo);
	}
	if (w->hi_inf)
		v->hi_inf = true;
	else if (!v->hi_inf && mpq_cmp(w->hi, v->hi) > 0)
		mpq_set(v->hi, w->hi);
}

/* ---- scratch numbers ---- */

struct ctx;
static void num_take(struct ctx *c, mpq_ptr q);
static void num_give(struct ctx *c, mpq_ptr q);

/* An interval whose numbers come from the pool (no allocation once the
 * pool has grown), and its return. */
static void iv_init(struct ctx *c, struct interval *v)
{
	num_take(c, v->lo);
	num_take(c, v->hi);
	v->lo_inf = v->hi_inf = true;
}

static void iv_clear(struct ctx *c, struct interval *v)
{
	num_give(c, v->lo);
	num_give(c, v->hi);
}

/* ---- extended numbers: a rational, or -inf (inf < 0), or +inf ---- */

struct ext {
	int inf;
	mpq_t q;
};

static int ext_sign(const struct ext *a)
{
	return a->inf ? a->inf : mpq_sgn(a->q);
}

static int ext_cmp(const struct ext *a, const struct ext *b)
{
	if (a->inf || b->inf)
		return a->inf - b->inf;
	return mpq_cmp(a->q, b->q);
}

/* out = a * b, with 0 * inf taken as 0 (the end of an interval such as
 * [0, inf) times a constant). */
static void ext_mul(struct ext *out, const struct ext *a, const struct ext *b)
{
	if (!a->inf && !b->inf) {
		out->inf = 0;
		mpq_mul(out->q, a->q, b->q);
		return;
	}
	int s = ext_sign(a) * ext_sign(b);
	out->inf = s;
	mpq_set_ui(out->q, 0, 1);
}

/* The ends of v as extended numbers (borrowing nothing: copies). */
static void ext_from(struct ext *lo, struct ext *hi, const struct interval *v)
{
	lo->inf = v->lo_inf ? -1 : 0;
	hi->inf = v->hi_inf ? 1 : 0;
	mpq_set(lo->q, v->lo);
	mpq_set(hi->q, v->hi);
}

static void ext_to(struct interval *v, const struct ext *lo, const struct ext *hi)
{
	v->lo_inf = lo->inf != 0;
	v->hi_inf = hi->inf != 0;
	mpq_set(v->lo, lo->q);
	mpq_set(v->hi, hi->q);
}

/* out = a * b: the hull of the products of the ends. */
static void iv_mul(struct ctx *c, struct interval *out, const struct interval *a, const struct interval *b)
{
	struct ext e[4], p[4];
	for (int i = 0; i < 4; i++) {
		num_take(c, e[i].q);
		num_take(c, p[i].q);
	}
	ext_from(&e[0], &e[1], a);
	ext_from(&e[2], &e[3], b);
	ext_mul(&p[0], &e[0], &e[2]);
	ext_mul(&p[1], &e[0], &e[3]);
	ext_mul(&p[2], &e[1], &e[2]);
	ext_mul(&p[3], &e[1], &e[3]);
	int lo = 0, hi = 0;
	for (int i = 1; i < 4; i++) {
		if (ext_cmp(&p[i], &p[lo]) < 0)
			lo = i;
		if (ext_cmp(&p[i], &p[hi]) > 0)
			hi = i;
	}
	ext_to(out, &p[lo], &p[hi]);
	for (int i = 0; i < 4; i++) {
		num_give(c, e[i].q);
		num_give(c, p[i].q);
	}
}

/* out = 1 / b for the values of b other than 0; false if b holds values of
 * both signs (then nothing can be said). */
static bool iv_recip(struct ctx *c, struct interval *out, const struct interval *b)
{
	bool pos = !b->lo_inf && mpq_sgn(b->lo) >= 0;
	bool neg = !b->hi_inf && mpq_sgn(b->hi) <= 0;
	if (!pos && !neg)
		return false;
	if (pos && neg)
		return false; /* [0, 0]: only division by zero */
	/* ends swap: 1/[lo, hi] = [1/hi, 1/lo]; 1/inf = 0, 1/0 = inf */
	struct interval r;
	iv_init(c, &r);
	if (pos) {
		r.lo_inf = false;
		if (b->hi_inf)
			mpq_set_ui(r.lo, 0, 1);
		else
			mpq_inv(r.lo, b->hi);
		r.hi_inf = mpq_sgn(b->lo) == 0;
		if (!r.hi_inf)
			mpq_inv(r.hi, b->lo);
	} else {
		r.hi_inf = false;
		if (b->lo_inf)
			mpq_set_ui(r.hi, 0, 1);
		else
			mpq_inv(r.hi, b->lo);
		r.lo_inf = mpq_sgn(b->hi) == 0;
		if (!r.lo_inf)
			mpq_inv(r.lo, b->hi);
	}
	iv_copy(out, &r);
	iv_clear(c, &r);
	return true;
}

/* ---- facts ---- */

/* What the facts say of one key, or of one pair of keys: the facts about
 * a key are kept as their meet (an interval that may be empty: then the
 * branch cannot be taken), so that applying them costs one meet however
 * many conditions led here.  Found by hashing the key's address. */
struct key {
	const void *p;           /* an input, a let, or a node computed (NULL:
				    a constant, about which nothing is kept) */
	const void *env;         /* for a node: the call it is walked in (a
				    function's body is walked once per call,
				    so its nodes are other values each time) */
};

struct known {
	struct key key;          /* what it is about */
	struct key other;        /* a relation "key <= other"; other.p NULL for a bound */
	struct interval iv;      /* a bound: where key lies (when set) */
	int count;               /* a bound: 1 when iv is set; a relation: how
				    many times it is asserted */
};

/* One fact pushed, to be undone when its branch is left. */
struct undo {
	int at;                  /* the place in the table of what it changed */
	bool had;                /* a bound: whether iv was set before */
	struct interval old;     /* and what it was */
};

/* The calls under way in the analysis: where a parameter's argument is. */
struct env {
	const struct expr *call;
	const struct env *up;
};

struct ctx {
	struct bounds_pool *pool; /* scratch numbers */
	const struct env *env;   /* the calls around the expression analysed */
	struct known *known;     /* the facts' places, nknown of them */
	int *table;              /* their numbers + 1 by key (0: empty), open
				    addressing, cap a power of 2 */
	int nknown, cap;
	struct undo *undo;       /* the facts pushed, newest last */
	int n, ncap;
	bool dead;               /* the facts contradict: the branch is never taken */
	long budget;             /* nodes left to visit */
	int depth;               /* eval_iv calls under way (the C stack) */
	bool failed;             /* out of memory or budget */
	bool let_seen;           /* a let was read (its interval is computed
				    once, so the work is no call's own) */
};

static void num_take(struct ctx *c, mpq_ptr q)
{
	struct bounds_pool *p = c->pool;
	if (p->n) {
		*q = p->q[--p->n];
		return;
	}
	mpq_init(q);
}

static void num_give(struct ctx *c, mpq_ptr q)
{
	struct bounds_pool *p = c->pool;
	if (p->n == p->cap) {
		int cap = p->cap ? 2 * p->cap : 64;
		__mpq_struct *more = realloc(p->q, (size_t)cap * sizeof *more);
		if (!more) {
			mpq_clear(q);
			return;
		}
		p->q = more;
		p->cap = cap;
	}
	p->q[p->n++] = *q;
}

static void memo_free(struct bounds_pool *p);

void bounds_pool_free(struct bounds_pool *p)
{
	for (int i = 0; i < p->n; i++)
		mpq_clear(&p->q[i]);
	free(p->q);
	memo_free(p);
	*p = (struct bounds_pool){ 0 };
}

/* What a parameter or a self reference stands for: its argument (in the
 * environment of the call, which becomes c->env) or the node it reads. */
static struct expr *strip(struct ctx *c, struct expr *e)
{
	while (e->is == EX_PARAM) {
		if (e->param_index < 0) {
			e = e->param;
		} else if (c->env) {
			e = c->env->call->call.args.items[e->param_index];
			c->env = c->env->up;
		} else {
			break;
		}
	}
	return e;
}

/* What a node stands for, as a key of facts: the input or let it reads, or
 * the node itself (an actual computed by an expression); NULL for a
 * constant.  Parameters are looked through to their arguments. */
static struct key key_of(struct ctx *c, struct expr *e)
{
	const struct env *env = c->env;
	e = strip(c, e);
	struct key k = { e, c->env };
	c->env = env;
	switch (e->is) {
	case EX_NUM: case EX_STR: case EX_DATE: case EX_BOOL:
		return (struct key){ NULL, NULL };
	case EX_INPUT:
		return (struct key){ e->input, NULL };
	case EX_LET:
		return (struct key){ e->let, NULL };
	default:
		return k;
	}
}

static bool same_key(struct key a, struct key b)
{
	return a.p == b.p && a.env == b.env;
}

static uint32_t key_hash(struct key a, struct key b)
{
	uint64_t h = (uint64_t)(uintptr_t)a.p * 0x9E3779B97F4A7C15u ^
		     (uint64_t)(uintptr_t)a.env * 0xC2B2AE3D27D4EB4Fu ^
		     (uint64_t)(uintptr_t)b.p * 0x165667B19E3779F9u ^
		     (uint64_t)(uintptr_t)b.env * 0x27D4EB2F165667C5u;
	return (uint32_t)(h >> 29 ^ h);
}

/* The place of (key, other) among the facts, made if need be; -1 if out
 * of memory.  Places never move (the undo log names them): the hash table
 * holds their numbers, and only it is rebuilt as it grows. */
static int place(struct ctx *c, struct key key, struct key other)
{
	if ((c->nknown + 1) * 2 > c->cap) {
		int cap = c->cap ? 2 * c->cap : 8; /* most analyses meet a fact or two */
		int *t = calloc((size_t)cap, sizeof *t);
		struct known *more = realloc(c->known, (size_t)cap / 2 * sizeof *more);
		if (!t || !more) {
			free(t);
			if (more)
				c->known = more;
			c->failed = true;
			return -1;
		}
		c->known = more;
		for (int i = 0; i < c->nknown; i++) {
			uint32_t j = key_hash(more[i].key, more[i].other) & (uint32_t)(cap - 1);
			while (t[j])
				j = (j + 1) & (uint32_t)(cap - 1);
			t[j] = i + 1;
		}
		STATS_WORK(c->nknown);
		free(c->table);
		c->table = t;
		c->cap = cap;
	}
	uint32_t j = key_hash(key, other) & (uint32_t)(c->cap - 1);
	for (;; j = (j + 1) & (uint32_t)(c->cap - 1)) {
		STATS_WORK(1);
		int at = c->table[j] - 1;
		if (at < 0) {
			at = c->nknown++;
			c->table[j] = at + 1;
			struct known *k = &c->known[at];
			memset(k, 0, sizeof *k);
			k->key = key;
			k->other = other;
			if (!other.p)
				iv_init(c, &k->iv);
			return at;
		}
		if (same_key(c->known[at].key, key) && same_key(c->known[at].other, other))
			return at;
	}
}

/* The place of (key, other) if there is one, else -1. */
static int find(const struct ctx *c, struct key key, struct key other)
{
	if (!c->cap)
		return -1;
	uint32_t j = key_hash(key, other) & (uint32_t)(c->cap - 1);
	for (;; j = (j + 1) & (uint32_t)(c->cap - 1)) {
		STATS_WORK(1);
		int at = c->table[j] - 1;
		if (at < 0)
			return -1;
		if (same_key(c->known[at].key, key) && same_key(c->known[at].other, other))
			return at;
	}
}

/* A new entry of the undo log; NULL if out of memory. */
static struct undo *log_push(struct ctx *c, int at)
{
	if (c->n == c->ncap) {
		int cap = c->ncap ? 2 * c->ncap : 16;
		struct undo *u = realloc(c->undo, (size_t)cap * sizeof *u);
		if (!u) {
			c->failed = true;
			return NULL;
		}
		c->undo = u;
		c->ncap = cap;
	}
	struct undo *u = &c->undo[c->n++];
	u->at = at;
	u->had = false;
	return u;
}

/* Adds the fact "key lies in v" (narrowing what was known of it). */
static void add_bound(struct ctx *c, struct key key, const struct interval *v)
{
	int at = place(c, key, (struct key){ NULL, NULL });
	struct undo *u = at < 0 ? NULL : log_push(c, at);
	if (!u)
		return;
	struct known *k = &c->known[at];
	u->had = k->count > 0;
	iv_init(c, &u->old);
	iv_copy(&u->old, &k->iv);
	if (!k->count)
		iv_copy(&k->iv, v);
	else if (!iv_meet(&k->iv, v))
		c->dead = true;
	k->count = 1;
}

/* Adds the fact "a <= b". */
static void add_relation(struct ctx *c, struct key a, struct key b)
{
	int at = place(c, a, b);
	struct undo *u = at < 0 ? NULL : log_push(c, at);
	if (u)
		c->known[at].count++;
}

/* Drops the facts pushed since mark. */
static void pop_to(struct ctx *c, int mark, bool dead)
{
	while (c->n > mark) {
		struct undo *u = &c->undo[--c->n];
		struct known *k = &c->known[u->at];
		if (k->other.p) {
			k->count--;
			continue;
		}
		k->count = u->had;
		iv_copy(&k->iv, &u->old);
		iv_clear(c, &u->old);
	}
	c->dead = dead;
}

/* Frees what the facts of c hold (all of them popped). */
static void facts_free(struct ctx *c)
{
	pop_to(c, 0, false);
	for (int i = 0; i < c->nknown; i++)
		if (!c->known[i].other.p)
			iv_clear(c, &c->known[i].iv);
	free(c->known);
	free(c->table);
	free(c->undo);
}

/* Narrows v by what the facts say of key; marks the branch dead if that
 * leaves nothing. */
static void apply_facts(struct ctx *c, struct key key, struct interval *v)
{
	int at = key.p ? find(c, key, (struct key){ NULL, NULL }) : -1;
	if (at >= 0 && c->known[at].count && !iv_meet(v, &c->known[at].iv))
		c->dead = true;
}

static bool related(struct ctx *c, struct key a, struct key b)
{
	int at = a.p && b.p ? find(c, a, b) : -1;
	return at >= 0 && c->known[at].count > 0;
}

/* ---- the analysis ---- */

static bool eval_iv(struct ctx *c, struct expr *e, struct interval *out);

static int truth_of(struct ctx *c, struct expr *e);

/* The truth of a condition: 1 always, 0 never, -1 either. */
static int truth(struct ctx *c, struct expr *e)
{
	if (c->failed || c->depth >= AST_MAX_DEPTH) { /* see eval_iv */
		c->failed = true;
		return -1;
	}
	const struct env *env = c->env;
	c->depth++;
	int t = truth_of(c, strip(c, e));
	c->depth--;
	c->env = env;
	return t;
}

static int truth_of(struct ctx *c, struct expr *e)
{
	switch (e->is) {
	case EX_BOOL:
		return e->boolean;
	case EX_UNARY:
		if (e->op == OP_NOT) {
			int t = truth(c, e->lhs);
			return t < 0 ? t : !t;
		}
		return -1;
	case EX_BINARY:
		break;
	default:
		return -1;
	}
	if (e->op == OP_AND || e->op == OP_OR) {
		int a = truth(c, e->lhs), b = truth(c, e->rhs);
		if (e->op == OP_AND)
			return a == 0 || b == 0 ? 0 : a == 1 && b == 1 ? 1 : -1;
		return a == 1 || b == 1 ? 1 : a == 0 && b == 0 ? 0 : -1;
	}
	if (e->op < OP_EQ || e->op > OP_GE || e->lhs->type != TY_NUMBER)
		return -1;
	struct interval a, b;
	iv_init(c, &a);
	iv_init(c, &b);
	int t = -1;
	if (eval_iv(c, e->lhs, &a) && eval_iv(c, e->rhs, &b)) {
		/* lt: every value of a is below every value of b; and so on */
		bool lt = !a.hi_inf && !b.lo_inf && mpq_cmp(a.hi, b.lo) < 0;
		bool le = !a.hi_inf && !b.lo_inf && mpq_cmp(a.hi, b.lo) <= 0;
		bool gt = !a.lo_inf && !b.hi_inf && mpq_cmp(a.lo, b.hi) > 0;
		bool ge = !a.lo_inf && !b.hi_inf && mpq_cmp(a.lo, b.hi) >= 0;
		bool eq = le && ge;
		switch (e->op) {
		case OP_LT: t = lt ? 1 : ge ? 0 : -1; break;
		case OP_LE: t = le ? 1 : gt ? 0 : -1; break;
		case OP_GT: t = gt ? 1 : le ? 0 : -1; break;
		case OP_GE: t = ge ? 1 : lt ? 0 : -1; break;
		case OP_EQ: t = eq ? 1 : (lt || gt) ? 0 : -1; break;
		case OP_NE: t = eq ? 0 : (lt || gt) ? 1 : -1; break;
		default: break;
		}
	}
	iv_clear(c, &a);
	iv_clear(c, &b);
	return t;
}

/* Adds the fact "the expression of key is >= lo" (ge) or "<= hi" from the
 * interval v of the other side. */
static void bound_fact(struct ctx *c, struct key key, const struct interval *v, bool ge)
{
	if (!key.p || (ge ? v->lo_inf : v->hi_inf))
		return;
	struct interval f;
	iv_init(c, &f);
	if (ge) {
		f.lo_inf = false;
		mpq_set(f.lo, v->lo);
	} else {
		f.hi_inf = false;
		mpq_set(f.hi, v->hi);
	}
	add_bound(c, key, &f);
	iv_clear(c, &f);
}

static void refine_of(struct ctx *c, struct expr *cond, bool holds);

/* Pushes what holding (when holds) or failing of cond implies. */
static void refine(struct ctx *c, struct expr *cond, bool holds)
{
	if (c->failed || c->depth >= AST_MAX_DEPTH) { /* see eval_iv */
		c->failed = true;
		return;
	}
	const struct env *env = c->env;
	c->depth++;
	refine_of(c, strip(c, cond), holds);
	c->depth--;
	c->env = env;
}

static void refine_of(struct ctx *c, struct expr *cond, bool holds)
{
	if (cond->kind == EX_UNARY && cond->op == OP_NOT) {
		refine(c, cond->lhs, !holds);
		return;
	}
	if (cond->kind != EX_BINARY)
		return;
	if ((cond->op == OP_AND && holds) || (cond->op == OP_OR && !holds)) {
		refine(c, cond->lhs, holds);
		refine(c, cond->rhs, holds);
		return;
	}
	if (cond->op < OP_EQ || cond->op > OP_GE || cond->lhs->type != TY_NUMBER)
		return;
	enum op op = cond->op;
	if (!holds) {
		static const enum op negated[] = {
			[OP_EQ] = OP_NE, [OP_NE] = OP_EQ, [OP_LT] = OP_GE,
			[OP_LE] = OP_GT, [OP_GT] = OP_LE, [OP_GE] = OP_LT,
		};
		op = negated[op];
	}
	if (op == OP_NE)
		return;
	struct expr *x = cond->lhs, *y = cond->rhs;
	if (op == OP_GT || op == OP_GE) { /* as y <= x */
		struct expr *t = x;
		x = y;
		y = t;
		op = op == OP_GT ? OP_LT : OP_LE;
	}
	/* x <= y (or x < y, taken as <=), or x = y */
	struct interval xv, yv;
	iv_init(c, &xv);
	iv_init(c, &yv);
	if (eval_iv(c, x, &xv) && eval_iv(c, y, &yv)) {
		struct key kx = key_of(c, x), ky = key_of(c, y);
		bound_fact(c, kx, &yv, false);
		bound_fact(c, ky, &xv, true);
		if (op == OP_EQ) {
			bound_fact(c, kx, &yv, true);
			bound_fact(c, ky, &xv, false);
		}
		if (kx.p && ky.p)
			add_relation(c, kx, ky);
		/* re-reading x and y applies the new facts: if they contradict
		 * the earlier ones, the branch is marked dead */
		struct interval t;
		iv_init(c, &t);
		if (kx.p)
			(void)eval_iv(c, x, &t);
		if (ky.p)
			(void)eval_iv(c, y, &t);
		iv_clear(c, &t);
	}
	iv_clear(c, &xv);
	iv_clear(c, &yv);
}

/* Values of a builtin call. */
static bool iv_builtin(struct ctx *c, struct expr *e, struct interval *out)
{
	const char *name = e->call.builtin->name;
	struct vec *args = &e->call.args;
	struct interval a, b;
	iv_init(c, &a);
	iv_init(c, &b);
	bool ok = eval_iv(c, args->items[0], out);
	if (!strcmp(name, "min") || !strcmp(name, "max")) {
		for (int i = 1; ok && i < args->n; i++) {
			ok = eval_iv(c, args->items[i], &a);
			if (ok && name[1] == 'i')
				iv_min(out, &a);
			else if (ok)
				iv_max(out, &a);
		}
	} else if (!strcmp(name, "clamp")) {
		/* clamp(x, lo, hi) = max(lo, min(x, hi)) */
		ok = ok && eval_iv(c, args->items[1], &a) && eval_iv(c, args->items[2], &b);
		if (ok) {
			iv_min(out, &b);
			iv_max(out, &a);
		}
	} else if (!strcmp(name, "abs")) {
		/* |x| = max(x, -x), and never below 0 */
		if (ok) {
			iv_copy(&a, out);
			iv_neg(&a);
			iv_max(out, &a);
			if (out->lo_inf || mpq_sgn(out->lo) < 0) {
				out->lo_inf = false;
				mpq_set_ui(out->lo, 0, 1);
			}
		}
	} else {
		/* round, floor, ceil: monotonic, so apply them to the ends */
		int digits = 0;
		if (!strcmp(name, "round") && args->n > 1) {
			const struct env *env = c->env;
			struct expr *d = strip(c, args->items[1]);
			c->env = env;
			if (d->is != EX_NUM || mpz_cmp_ui(mpq_denref(expr_number(d)), 1) != 0)
				ok = false;
			else
				digits = (int)mpz_get_si(mpq_numref(expr_number(d)));
		}
		for (int end = 0; ok && end < 2; end++) {
			if (end ? out->hi_inf : out->lo_inf)
				continue;
			mpq_ptr q = end ? out->hi : out->lo;
			if (name[0] == 'r')
				num_round(q, q, digits, NUM_HALF_UP);
			else if (name[0] == 'f')
				num_floor(q, q);
			else
				num_ceil(q, q);
		}
	}
	iv_clear(c, &a);
	iv_clear(c, &b);
	return ok;
}

/* Values of an `if`: the branches that can be taken, each under the facts
 * its condition implies. */
static bool eval_if(struct ctx *c, struct expr *e, struct interval *out)
{
	int t = truth(c, e->cond);
	bool any = false, ok = true;
	struct interval v;
	iv_init(c, &v);
	for (int branch = 1; branch >= 0 && ok; branch--) {
		if (t >= 0 && t != branch)
			continue;
		int mark = c->n;
		bool dead = c->dead;
		refine(c, e->cond, branch);
		if (!c->dead) {
			ok = eval_iv(c, branch ? e->lhs : e->rhs, &v);
			if (ok && !c->dead) {
				if (any)
					iv_join(out, &v);
				else
					iv_copy(out, &v);
				any = true;
			}
		}
		pop_to(c, mark, dead);
	}
	iv_clear(c, &v);
	if (ok && !any)
		c->dead = true; /* no branch can be taken: nor can this */
	return ok;
}

/* Values of `cases`: each value under its condition and the failure of the
 * ones before it; then `else` under the failure of all. */
static bool eval_cases(struct ctx *c, struct expr *e, struct interval *out)
{
	int mark = c->n;
	bool dead = c->dead, any = false, ok = true;
	struct interval v;
	iv_init(c, &v);
	int n = e->cases.conds.n;
	for (int i = 0; i <= n && ok && !c->dead; i++) {
		struct expr *value = i < n ? e->cases.values.items[i] : e->cases.otherwise;
		if (!value)
			break;
		int inner = c->n;
		bool inner_dead = c->dead;
		int t = i < n ? truth(c, e->cases.conds.items[i]) : 1;
		if (i < n && t != 0)
			refine(c, e->cases.conds.items[i], true);
		if (t != 0 && !c->dead) {
			ok = eval_iv(c, value, &v);
			if (ok && !c->dead) {
				if (any)
					iv_join(out, &v);
				else
					iv_copy(out, &v);
				any = true;
			}
		}
		pop_to(c, inner, inner_dead);
		if (t == 1)
			break; /* the later cases are never reached */
		if (i < n)
			refine(c, e->cases.conds.items[i], false);
	}
	iv_clear(c, &v);
	pop_to(c, mark, dead);
	if (ok && !any)
		c->dead = true;
	return ok;
}

static bool eval_node(struct ctx *c, struct expr *e, struct interval *out);

/* The most bits an end of an interval keeps (numerator and denominator
 * together).  Exact ends of thousands of digits (a product of constants,
 * (3/7)^38 squared again and again) would make each node's arithmetic, and
 * its gcd, cost as much as the numbers are long; past this an end is moved
 * outward to a multiple of 2^-64, or, when its whole part is itself that
 * long (a weight of 400 digits), to a whole number: still sound, and as
 * precise as any table needs. */
#define IV_MAX_BITS 1024
#define IV_FRAC_BITS 64

static void coarsen_end(struct ctx *c, struct interval *v, bool hi)
{
	mpq_ptr q = hi ? v->hi : v->lo;
	if ((hi ? v->hi_inf : v->lo_inf) ||
	    mpz_sizeinbase(mpq_numref(q), 2) + mpz_sizeinbase(mpq_denref(q), 2) <= IV_MAX_BITS)
		return;
	mpq_t z;
	num_take(c, z);
	mpz_mul_2exp(mpq_numref(z), mpq_numref(q), IV_FRAC_BITS);
	if (hi)
		mpz_cdiv_q(mpq_numref(z), mpq_numref(z), mpq_denref(q));
	else
		mpz_fdiv_q(mpq_numref(z), mpq_numref(z), mpq_denref(q));
	if (mpz_sizeinbase(mpq_numref(z), 2) > IV_MAX_BITS) {
		/* a long whole part: the whole number outward (its length is
		 * bounded by short_ends, its work by charge_size) */
		if (hi)
			mpz_cdiv_q(mpq_numref(z), mpq_numref(q), mpq_denref(q));
		else
			mpz_fdiv_q(mpq_numref(z), mpq_numref(q), mpq_denref(q));
		mpq_set_z(q, mpq_numref(z));
	} else {
		mpz_set_ui(mpq_denref(z), 1);
		mpq_div_2exp(q, z, IV_FRAC_BITS);
	}
	num_give(c, z);
	STATS_WORK(1);
}

static bool eval_iv(struct ctx *c, struct expr *e, struct interval *out)
{
	/* a parameter leads into its argument, so the walk can go as deep as
	 * the bodies of all the calls together: it gives up (saying nothing)
	 * where the evaluator's own nesting limit is */
	if (c->failed || --c->budget < 0 || c->depth >= AST_MAX_DEPTH) {
		c->failed = true;
		return false;
	}
	STATS_WORK(1);
	const struct env *env = c->env;
	c->depth++;
	bool ok = eval_node(c, strip(c, e), out);
	c->depth--;
	c->env = env;
	return ok;
}

/* Bits of an interval's finite ends. */
static size_t iv_bits(const struct interval *v)
{
	size_t n = 0;
	if (!v->lo_inf)
		n += mpz_sizeinbase(mpq_numref(v->lo), 2) + mpz_sizeinbase(mpq_denref(v->lo), 2);
	if (!v->hi_inf)
		n += mpz_sizeinbase(mpq_numref(v->hi), 2) + mpz_sizeinbase(mpq_denref(v->hi), 2);
	return n;
}

/* Charges the budget for arithmetic on a and b by their length: a node
 * costs one, and operands longer than IV_MAX_BITS (a literal of thousands
 * of digits: results are cut back by coarsen_end) as many more as the
 * square of how many times longer they are, as a product and its gcd do.
 * False when the budget is spent. */
static bool charge_size(struct ctx *c, const struct interval *a, const struct interval *b)
{
	long k = (long)((iv_bits(a) + iv_bits(b)) / IV_MAX_BITS);
	c->budget -= k * k;
	if (c->budget < 0)
		c->failed = true;
	return !c->failed;
}

/* Whether the ends of an interval are short enough to compute with (see
 * EVAL_MAX_BITS): a product of constants can be made as long as one likes. */
static bool short_ends(const struct interval *v)
{
	return (v->lo_inf || mpz_sizeinbase(mpq_numref(v->lo), 2) + mpz_sizeinbase(mpq_denref(v->lo), 2) <= EVAL_MAX_BITS) &&
	       (v->hi_inf || mpz_sizeinbase(mpq_numref(v->hi), 2) + mpz_sizeinbase(mpq_denref(v->hi), 2) <= EVAL_MAX_BITS);
}

/* The interval of a let's value, computed once (without the facts of any
 * branch) and kept in the let. */
static bool let_iv(struct ctx *c, struct let *l, struct interval *out)
{
	c->let_seen = true;
	if (l->iv_state == 0) {
		struct ctx fresh = { .budget = c->budget, .pool = c->pool };
		struct interval v;
		iv_init(c, &v);
		l->iv_state = 1;
		bool ok = eval_iv(&fresh, l->value, &v) && !fresh.failed;
		c->budget = fresh.budget;
		facts_free(&fresh);
		l->iv_state = ok ? 2 : 3;
		l->iv_lo_inf = v.lo_inf;
		l->iv_hi_inf = v.hi_inf;
		mpq_set(l->iv_lo, v.lo);
		mpq_set(l->iv_hi, v.hi);
		iv_clear(c, &v);
	}
	if (l->iv_state != 2)
		return false;
	out->lo_inf = l->iv_lo_inf;
	out->hi_inf = l->iv_hi_inf;
	mpq_set(out->lo, l->iv_lo);
	mpq_set(out->hi, l->iv_hi);
	return true;
}

static bool eval_node(struct ctx *c, struct expr *e, struct interval *out)
{
	if (e->type != TY_NUMBER)
		return false;
	bool ok = true;
	struct interval a, b;
	switch (e->is) {
	case EX_NUM:
		iv_point(out, expr_number(e));
		return true;
	case EX_INPUT:
		/* what a unit supplies: 0 or more */
		out->lo_inf = false;
		out->hi_inf = true;
		mpq_set_ui(out->lo, 0, 1);
		break;
	case EX_LET:
		ok = let_iv(c, e->let, out);
		break;
	case EX_UNARY:
		if (!eval_iv(c, e->lhs, out))
			return false;
		iv_neg(out);
		break;
	case EX_BINARY:
		iv_init(c, &a);
		iv_init(c, &b);
		ok = eval_iv(c, e->lhs, &a) && eval_iv(c, e->rhs, &b) && short_ends(&a) && short_ends(&b) &&
		     charge_size(c, &a, &b);
		if (ok) {
			switch (e->op) {
			case OP_ADD:
				out->lo_inf = a.lo_inf || b.lo_inf;
				out->hi_inf = a.hi_inf || b.hi_inf;
				mpq_add(out->lo, a.lo, b.lo);
				mpq_add(out->hi, a.hi, b.hi);
				break;
			case OP_SUB:
				out->lo_inf = a.lo_inf || b.hi_inf;
				out->hi_inf = a.hi_inf || b.lo_inf;
				mpq_sub(out->lo, a.lo, b.hi);
				mpq_sub(out->hi, a.hi, b.lo);
				break;
			case OP_MUL:
				iv_mul(c, out, &a, &b);
				break;
			case OP_DIV: {
				bool zero = !a.lo_inf && !a.hi_inf && mpq_sgn(a.lo) == 0 && mpq_sgn(a.hi) == 0;
				if (zero) {
					iv_copy(out, &a); /* 0 / y is 0 (or no value at all) */
					break;
				}
				ok = iv_recip(c, &b, &b);
				if (ok)
					iv_mul(c, out, &a, &b);
				/* 0 <= x <= y: x / y in [0, 1] */
				if (!a.lo_inf && mpq_sgn(a.lo) >= 0 && related(c, key_of(c, e->lhs), key_of(c, e->rhs))) {
					struct interval unit;
					iv_init(c, &unit);
					unit.lo_inf = unit.hi_inf = false;
					mpq_set_ui(unit.lo, 0, 1);
					mpq_set_ui(unit.hi, 1, 1);
					if (ok)
						iv_meet(out, &unit);
					else
						iv_copy(out, &unit);
					ok = true;
					iv_clear(c, &unit);
				}
				break;
			}
			default:
				ok = false;
				break;
			}
		}
		if (ok) { /* a result longer than the operands is cut back */
			coarsen_end(c, out, false);
			coarsen_end(c, out, true);
		}
		iv_clear(c, &a);
		iv_clear(c, &b);
		break;
	case EX_IF:
		ok = eval_if(c, e, out);
		break;
	case EX_CASES:
		ok = eval_cases(c, e, out);
		break;
	case EX_CALL:
		if (e->call.builtin)
			ok = e->call.args.n > 0 && iv_builtin(c, e, out);
		else if (e->call.func) {
			struct env env = { e, c->env };
			c->env = &env;
			ok = eval_iv(c, e->call.func->body, out);
			c->env = env.up;
		} else
			ok = false;
		break;
	default:
		return false;
	}
	if (ok)
		apply_facts(c, key_of(c, e), out);
	return ok;
}

/* ---- results of whole analyses ----
 *
 * An analysis starts with no facts and no calls around, so its result
 * depends only on the expression's shape: the nodes it walks, their kinds,
 * operators, types and constants, which inputs they read, and which of them
 * are one node (facts are about inputs and nodes).  For a call of a
 * function whose arguments are made of constants, inputs and operators
 * (every lowered rule), that shape is the function and a signature of the
 * arguments; the memo keeps the result of each, with the nodes its
 * analysis visited, so that a call of the same shape costs the same
 * budget without the walk. */

/* Arguments with more nodes than this are not signed (nor memoised): the
 * signature looks nodes up by a linear search. */
#define SIG_MAX_NODES 64

struct sig {
	unsigned char *b;        /* the signature, n bytes (cap: buf, or
				    allocated when it outgrows buf) */
	size_t n, cap;
	unsigned char buf[512];
	const void *seen[SIG_MAX_NODES]; /* inputs and operator nodes met, */
	int nseen;               /* numbered in the order met */
	bool bad;                /* not signable, or out of memory */
};

struct bounds_memo {
	const struct func *func;
	uint64_t hash;
	unsigned char *sig;      /* the arguments' signature */
	size_t len;
	bool ok;                 /* the analysis's result, */
	long used;               /* the nodes it visited, */
	bool lo_inf, hi_inf;     /* and the interval it found (when ok) */
	mpq_t lo, hi;
};

static void sig_put(struct sig *s, const void *p, size_t n)
{
	if (s->bad)
		return;
	if (s->n + n > s->cap) {
		size_t cap = 2 * s->cap;
		while (cap < s->n + n)
			cap *= 2;
		unsigned char *b = realloc(s->b == s->buf ? NULL : s->b, cap);
		if (!b) {
			s->bad = true;
			return;
		}
		if (s->b == s->buf)
			memcpy(b, s->buf, s->n);
		s->b = b;
		s->cap = cap;
	}
	memcpy(s->b + s->n, p, n);
	s->n += n;
}

static void sig_int(struct sig *s, long v)
{
	sig_put(s, &v, sizeof v);
}

/* Numbers p among the things seen: its number if met before (then *old),
 * else a new one. */
static int sig_seen(struct sig *s, const void *p, bool *old)
{
	for (int i = 0; i < s->nseen; i++)
		if (s->seen[i] == p) {
			*old = true;
			return i;
		}
	*old = false;
	if (s->nseen == SIG_MAX_NODES) {
		s->bad = true;
		return 0;
	}
	s->seen[s->nseen] = p;
	return s->nseen++;
}

static void sig_mpz(struct sig *s, mpz_srcptr z)
{
	int size = z->_mp_size;
	sig_int(s, size);
	sig_put(s, mpz_limbs_read(z), (size_t)(size < 0 ? -size : size) * sizeof(mp_limb_t));
}

/* Appends the shape of an argument (as the walk sees it, parameters
 * looked through) to s. */
static void sig_node(struct sig *s, struct expr *e)
{
	while (e->is == EX_PARAM && e->param_index < 0)
		e = e->param;
	if (s->bad)
		return;
	unsigned char head[2] = { (unsigned char)e->is, (unsigned char)e->type };
	sig_put(s, head, sizeof head);
	bool old;
	switch (e->is) {
	case EX_NUM: {
		mpq_srcptr q = expr_number(e);
		sig_mpz(s, mpq_numref(q));
		sig_mpz(s, mpq_denref(q));
		break;
	}
	case EX_BOOL:
		sig_int(s, e->boolean);
		break;
	case EX_INPUT:
		sig_int(s, sig_seen(s, e->input, &old));
		break;
	case EX_UNARY: case EX_BINARY:
		sig_int(s, sig_seen(s, e, &old));
		if (old)
			break;
		sig_int(s, e->op);
		sig_node(s, e->lhs);
		if (e->is == EX_BINARY)
			sig_node(s, e->rhs);
		break;
	default:
		s->bad = true; /* lets, calls, branches: not signed */
		break;
	}
}

static uint64_t sig_hash(const struct func *f, const unsigned char *b, size_t n)
{
	uint64_t h = (uint64_t)(uintptr_t)f * 0x9E3779B97F4A7C15u, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, b + i, 8);
		h = (h ^ w) * 0x100000001B3u;
		h ^= h >> 32;
	}
	for (; i < n; i++)
		h = (h ^ b[i]) * 0x100000001B3u;
	STATS_WORK(n / 8 + 1);
	return h ^ h >> 29;
}

/* The memo's slot for (f, s): its entry, or the empty slot where it goes. */
static struct bounds_memo **memo_slot(struct bounds_pool *p, const struct func *f,
				      const struct sig *s, uint64_t h)
{
	uint32_t mask = (uint32_t)p->memo_cap - 1;
	for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
		struct bounds_memo *m = p->memo[j];
		if (!m || (m->hash == h && m->func == f && m->len == s->n && !memcmp(m->sig, s->b, s->n)))
			return &p->memo[j];
	}
}

/* Keeps the result of the analysis of (f, s); nothing if out of memory. */
static void memo_put(struct bounds_pool *p, const struct func *f, struct sig *s, uint64_t h,
		     bool ok, long used, const struct interval *v)
{
	if ((p->nmemo + 1) * 2 > p->memo_cap) {
		int cap = p->memo_cap ? 2 * p->memo_cap : 64;
		struct bounds_memo **t = calloc((size_t)cap, sizeof *t);
		if (!t)
			return;
		for (int i = 0; i < p->memo_cap; i++) {
			struct bounds_memo *m = p->memo[i];
			if (!m)
				continue;
			uint32_t j = (uint32_t)m->hash & (uint32_t)(cap - 1);
			while (t[j])
				j = (j + 1) & (uint32_t)(cap - 1);
			t[j] = m;
		}
		STATS_WORK(p->memo_cap);
		free(p->memo);
		p->memo = t;
		p->memo_cap = cap;
	}
	struct bounds_memo *m = malloc(sizeof *m);
	if (!m)
		return;
	m->func = f;
	m->hash = h;
	m->sig = malloc(s->n ? s->n : 1);
	if (!m->sig) {
		free(m);
		return;
	}
	memcpy(m->sig, s->b, s->n);
	m->len = s->n;
	m->ok = ok;
	m->used = used;
	m->lo_inf = v->lo_inf;
	m->hi_inf = v->hi_inf;
	mpq_init(m->lo);
	mpq_init(m->hi);
	if (ok) {
		mpq_set(m->lo, v->lo);
		mpq_set(m->hi, v->hi);
	}
	*memo_slot(p, f, s, h) = m;
	p->nmemo++;
}

static void memo_free(struct bounds_pool *p)
{
	for (int i = 0; i < p->memo_cap; i++) {
		struct bounds_memo *m = p->memo[i];
		if (!m)
			continue;
		mpq_clear(m->lo);
		mpq_clear(m->hi);
		free(m->sig);
		free(m);
	}
	free(p->memo);
	p->memo = NULL;
	p->nmemo = p->memo_cap = 0;
}

bool bounds_of(struct expr *e, struct interval *out, struct bounds_pool *pool)
{
	struct ctx c = { .budget = pool->budget < BOUNDS_BUDGET ? (long)pool->budget : BOUNDS_BUDGET,
			 .pool = pool };
	long start = c.budget;

	/* a call of a function on signable arguments: its result may be known */
	struct sig s;
	s.b = s.buf;
	s.n = 0;
	s.cap = sizeof s.buf;
	s.nseen = 0;
	s.bad = false;
	const struct func *f = NULL;
	uint64_t h = 0;
	bool known = false;      /* (f, s) is in the memo, over the budget left */
	if (e->is == EX_CALL && e->call.func && e->type == TY_NUMBER) {
		f = e->call.func;
		for (int i = 0; i < e->call.args.n && !s.bad; i++)
			sig_node(&s, e->call.args.items[i]);
		if (s.bad)
			f = NULL;
		else
			h = sig_hash(f, s.b, s.n);
		if (f && pool->memo_cap) {
			struct bounds_memo *m = *memo_slot(pool, f, &s, h);
			if (m && m->used <= start) {
				pool->budget -= (uint64_t)m->used;
				if (m->ok) {
					out->lo_inf = m->lo_inf;
					out->hi_inf = m->hi_inf;
					mpq_set(out->lo, m->lo);
					mpq_set(out->hi, m->hi);
				}
				if (s.b != s.buf)
					free(s.b);
				return m->ok;
			}
			known = m != NULL;
		}
	}

	bool ok = eval_iv(&c, e, out) && !c.failed;
	long used = start - (c.budget > 0 ? c.budget : 0);
	pool->budget -= (uint64_t)used;
	/* a result found within the budget, reading no let, is the shape's */
	if (f && !known && !c.failed && !c.let_seen)
		memo_put(pool, f, &s, h, ok, used, out);
	if (s.b != s.buf)
		free(s.b);
	facts_free(&c);
	return ok;
}

bool bounds_within(struct expr *e, struct expr *x, const struct interval *range, struct expr *lo, struct expr *hi,
		   struct interval *out, struct bounds_pool *pool)
{
	struct ctx c = { .budget = pool->budget < BOUNDS_BUDGET ? (long)pool->budget : BOUNDS_BUDGET,
			 .pool = pool };
	long start = c.budget;
	struct key key = key_of(&c, x);
	if (key.p) {
		add_bound(&c, key, range);
		struct key k;
		if (lo && (k = key_of(&c, lo)).p) /* lo <= x */
			add_relation(&c, k, key);
		if (hi && (k = key_of(&c, hi)).p) /* x <= hi */
			add_relation(&c, key, k);
	}
	bool ok = !c.dead && eval_iv(&c, e, out) && !c.failed;
	pool->budget -= (uint64_t)(start - (c.budget > 0 ? c.budget : 0));
	facts_free(&c);
	return ok;
}
