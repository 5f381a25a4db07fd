/* test.c - the test blocks of a template: the static checks that loading
 * a template runs over them, and the runner, which scores a block's
 * `given` values in a fresh evaluation and compares every `expect` value
 * exactly.
 *
 * A given entry stands for what a unit's data would say (see data.c): a
 * literal of the input's type, "/" for a row that does not apply, or
 * scored(...) for the score a row object gives.  The runner gives its
 * caller a reason per failing expectation, or per error that kept a test
 * from running; rubric_unit_run_test (api.c) passes them on, and the
 * command line (cli/test.c) prints them and writes JUnit XML.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "test.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data.h"
#include "eval.h"
#include "names.h"
#include "stats.h"

/* ---- what an entry names ---- */

enum ref_kind {
	REF_NONE,      /* nothing (an error was reported) */
	REF_INPUT,     /* given: input in; ind is set if it is that indicator's actual */
	REF_ROW,       /* given: indicator ind, which computes its actual */
	REF_INDICATOR, /* expect: indicator ind's score */
	REF_GROUP,     /* expect: group ind's subtotal */
	REF_TOTAL,     /* expect: the total (total, 总分) */
	REF_GRADE,     /* expect: the total's grade (grade, 等级, 定级) */
};

struct ref {
	enum ref_kind kind;
	struct input *in;
	struct item *ind;        /* an indicator, or a group for REF_GROUP */
};

/* The names a test may use that the checker has not hashed already (it
 * has inputs and indicators: prog->input_names and indicator_names),
 * hashed once per program (by test_check, and again by the runner), so
 * that each name of a test costs one lookup; and
 * what finds an entry given or expected twice in a block without
 * comparing entries pairwise. */
struct tnames {
	struct name_map groups;       /* struct item *, the first group of each name */
	struct name_map shared;       /* names two groups have (values unused) */
	struct name_map grades;       /* struct grade_band * */
	const char **given_cands;     /* for "did you mean", built at first use: */
	int ngiven;                   /* inputs and indicators a test may give */
	const char **expect_cands;    /* indicators, groups, total and grade */
	int nexpect;
	const char ***entry_names;    /* per indicator: its items' or levels' names */
	const char **grade_names;
	/* where each thing was last named: the number of the block (gen) */
	unsigned *in_seen, *row_seen, *ind_seen, *group_seen, total_seen, grade_seen;
	unsigned gen;
};

/* The state of checking (or, quietly, resolving) test entries. */
struct tcheck {
	struct program *prog;
	struct diag *diag;
	struct tnames *names;
	int errors;
};

/* Puts name → value in m; false when out of memory. */
static bool put_name(struct name_map *m, const char *name, void *value)
{
	return name_map_put(m, name, strlen(name), value) != NULL;
}

/* Hashes the names of p into x (zeroed by the caller): false when out of
 * memory (what was built is freed by tnames_free all the same). */
static bool tnames_init(struct tnames *x, struct program *p)
{
	name_map_init(&x->groups);
	name_map_init(&x->shared);
	name_map_init(&x->grades);
	x->entry_names = calloc((size_t)p->indicators.n + 1, sizeof *x->entry_names);
	x->in_seen = calloc((size_t)p->inputs.n + 1, sizeof *x->in_seen);
	x->row_seen = calloc((size_t)p->indicators.n + 1, sizeof *x->row_seen);
	x->ind_seen = calloc((size_t)p->indicators.n + 1, sizeof *x->ind_seen);
	x->group_seen = calloc((size_t)p->groups.n + 1, sizeof *x->group_seen);
	if (!x->entry_names || !x->in_seen || !x->row_seen || !x->ind_seen ||
	    !x->group_seen)
		return false;
	if (!name_map_reserve(&x->groups, (size_t)p->groups.n))
		return false;
	for (int i = 0; i < p->groups.n; i++) {
		struct item *g = p->groups.items[i];
		void *first = name_map_put(&x->groups, g->name, strlen(g->name), g);
		if (!first || (first != g && !put_name(&x->shared, g->name, g)))
			return false;
	}
	for (int i = 0; i < p->grades.n; i++)
		if (!put_name(&x->grades, ((struct grade_band *)p->grades.items[i])->name, p->grades.items[i]))
			return false;
	STATS_WORK(p->groups.n + p->grades.n);
	return true;
}

/* Frees what tnames_init and the lookups built (the name lists live in the
 * program's arena). */
static void tnames_free(struct tnames *x)
{
	name_map_free(&x->groups);
	name_map_free(&x->shared);
	name_map_free(&x->grades);
	free(x->entry_names);
	free(x->in_seen);
	free(x->row_seen);
	free(x->ind_seen);
	free(x->group_seen);
}

/* Finds the input called name, or NULL. */
static struct input *find_input(struct tcheck *c, const char *name)
{
	return names_find(&c->prog->input_names, NULL, name);
}

/* Finds the indicator called name, or NULL. */
static struct item *find_indicator(struct tcheck *c, const char *name)
{
	return names_find(&c->prog->indicator_names, NULL, name);
}

static void error(struct tcheck *c, struct span sp, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Reports an error at span sp of the template. */
static void error(struct tcheck *c, struct span sp, enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(c->diag, c->prog->src, sp, code, fmt, ap);
	va_end(ap);
	c->errors++;
}

/* Adds a "did you mean" hint for an unknown name: among the inputs and
 * indicators for a given entry, the indicators, groups, total and grade for
 * an expect entry.  Each list is built once, and only for a diagnostic that
 * is shown. */
static void suggest(struct tcheck *c, const char *name, bool expect)
{
	struct program *p = c->prog;
	struct tnames *x = c->names;
	const char **cands = expect ? x->expect_cands : x->given_cands;
	if (c->diag->muted)
		return;
	if (!cands) {
		int cap = p->inputs.n + p->indicators.n + p->groups.n + 2, n = 0;
		cands = arena_alloc(&p->arena, (size_t)cap * sizeof *cands);
		if (!cands)
			return;
		for (int i = 0; !expect && i < p->inputs.n; i++)
			cands[n++] = ((struct input *)p->inputs.items[i])->name;
		for (int i = 0; i < p->indicators.n; i++) {
			struct item *ind = p->indicators.items[i];
			if (expect || !ind->inapplicable)
				cands[n++] = ind->name;
		}
		for (int i = 0; expect && i < p->groups.n; i++)
			cands[n++] = ((struct item *)p->groups.items[i])->name;
		if (expect) {
			cands[n++] = "total";
			cands[n++] = "grade";
		}
		STATS_WORK(n);
		*(expect ? &x->expect_cands : &x->given_cands) = cands;
		*(expect ? &x->nexpect : &x->ngiven) = n;
	}
	diag_suggest(c->diag, name, cands, (size_t)(expect ? x->nexpect : x->ngiven));
}

/* The group called name: NULL if none; *twice is set if two groups are. */
static struct item *find_group(struct tcheck *c, const char *name, bool *twice)
{
	size_t len = strlen(name);
	struct item *g = name_map_get(&c->names->groups, name, len);
	*twice = g && name_map_get(&c->names->shared, name, len);
	return g;
}

/* Resolves the name of a given entry into *r: an input (declared or an
 * indicator's own), or an indicator that computes its actual.  False, after
 * a report, if it names neither. */
static bool resolve_given(struct tcheck *c, const struct test_entry *e, struct ref *r)
{
	bool twice;
	r->kind = REF_NONE;
	r->in = find_input(c, e->name);
	/* an indicator's own input (its actual) knows it: one lookup, not two */
	r->ind = r->in && r->in->owner ? r->in->owner : find_indicator(c, e->name);
	if (r->ind && r->ind->inapplicable) {
		error(c, e->span, D_BAD_TEST, "indicator %s is inapplicable in the template: a test cannot give it",
		      e->name);
		return false;
	}
	if (r->in) {
		if (r->ind && r->ind->input != r->in)
			r->ind = NULL; /* an input of the same name as an indicator */
		r->kind = REF_INPUT;
		return true;
	}
	if (r->ind) {
		r->kind = REF_ROW;
		return true;
	}
	if (!strcmp(e->name, "total") || !strcmp(e->name, "grade")) {
		error(c, e->span, D_BAD_TEST, "the %s is computed: it belongs in 'expect', not in 'given'", e->name);
	} else if (find_group(c, e->name, &twice)) {
		error(c, e->span, D_BAD_TEST, "%s is a group: 'given' names inputs and indicators", e->name);
		diag_help(c->diag, "a group's subtotal can be checked in 'expect'");
	} else {
		error(c, e->span, D_BAD_TEST, "the template has no input or indicator called %s", e->name);
		suggest(c, e->name, false);
	}
	return false;
}

/* Resolves the name of an expect entry into *r: an indicator, a group, the
 * total or the grade.  False, after a report, if it names none of them. */
static bool resolve_expect(struct tcheck *c, const struct test_entry *e, struct ref *r)
{
	const char *n = e->name;
	bool twice;
	r->kind = REF_NONE;
	r->in = NULL;
	if ((r->ind = find_indicator(c, n)) != NULL) {
		r->kind = REF_INDICATOR;
	} else if ((r->ind = find_group(c, n, &twice)) != NULL) {
		if (twice) {
			error(c, e->span, D_BAD_TEST, "two groups are called %s: a test cannot tell them apart", n);
			return false;
		}
		r->kind = REF_GROUP;
	} else if (!strcmp(n, "total") || !strcmp(n, "总分")) {
		r->kind = REF_TOTAL;
	} else if (!strcmp(n, "grade") || !strcmp(n, "等级") || !strcmp(n, "定级")) {
		r->kind = REF_GRADE;
	} else if (find_input(c, n)) {
		error(c, e->span, D_BAD_TEST, "%s is an input: it belongs in 'given'", n);
		diag_help(c->diag, "'expect' names indicators, groups, total and grade");
		return false;
	} else {
		error(c, e->span, D_BAD_TEST, "the template has no indicator or group called %s", n);
		suggest(c, n, true);
		return false;
	}
	return true;
}

/* The name of entry e as the template writes it, s[0..*len): 总分 or 定级
 * rather than the English words the parser gives the total and grade
 * keywords.  It points into the template or the entry and allocates
 * nothing, so that running a test writes nothing that other threads may
 * read. */
static const char *written_text(const struct program *p, const struct test_entry *e, size_t *len)
{
	const char *t = p->src->text + e->span.start;
	size_t n = e->span.end - e->span.start;
	if ((strcmp(e->name, "total") && strcmp(e->name, "grade")) || n == 0 ||
	    t[0] == '`' || (n >= 3 && !memcmp(t, "「", 3))) {
		*len = strlen(e->name);
		return e->name; /* not the keyword, or quoted */
	}
	*len = n;
	return t;
}

/* The same, NUL-terminated for messages of the checks (copied into the
 * program's arena, which loading still owns alone; the English word if
 * that fails). */
static const char *written(struct program *p, const struct test_entry *e)
{
	size_t len;
	const char *t = written_text(p, e, &len);
	if (t == e->name)
		return t;
	const char *w = arena_strndup(&p->arena, t, len);
	return w ? w : e->name;
}

/* ---- values ---- */

/* Whether e calls name: scored(...), or "[" for a list [a, b]. */
static bool is_call(const struct expr *e, const char *name)
{
	return e->kind == EX_CALL && strcmp(e->call.fname, name) == 0;
}

static bool is_list(const struct expr *e)
{
	return is_call(e, "[");
}

/* scored(ACTUAL, SCORE) or scored(SCORE), also spelt 打分. */
static bool is_scored(const struct expr *e)
{
	return is_call(e, "scored") || is_call(e, "打分");
}

/* "/" (or "／", "不适用"): a row that does not apply, as in the data. */
static bool is_slash(const struct expr *e)
{
	return e->kind == EX_STR && (!strcmp(e->str, "/") || !strcmp(e->str, "／") ||
				     !strcmp(e->str, "不适用"));
}

/* Text written as a string, or as a bare name (完备, 优): false (and
 * empty text) for anything else. */
static bool text_of(const struct expr *e, const char **s, size_t *len)
{
	*s = "";
	*len = 0;
	if (e->kind == EX_STR) {
		*s = e->str;
		*len = e->len;
		return true;
	}
	if (e->kind == EX_NAME) {
		*s = e->name;
		*len = strlen(e->name);
		return true;
	}
	return false;
}

/* Reads a constant number: a literal, negated or combined with + - * /
 * (1/3).  *percent (if not NULL) tells whether it is written as a percent.
 * False if e is not such a constant, or divides by zero. */
static bool const_num(const struct expr *e, mpq_t out, bool *percent)
{
	bool pl = false, pr = false;
	switch (e->kind) {
	case EX_NUM:
		mpq_set(out, e->num);
		pl = e->percent;
		break;
	case EX_UNARY:
		if (e->op != OP_NEG || !const_num(e->lhs, out, &pl))
			return false;
		mpq_neg(out, out);
		break;
	case EX_BINARY: {
		if (e->op > OP_DIV)
			return false;
		mpq_t r;
		mpq_init(r);
		bool ok = const_num(e->lhs, out, &pl) && const_num(e->rhs, r, &pr) &&
			  (e->op != OP_DIV || mpq_sgn(r) != 0);
		if (ok) {
			switch (e->op) {
			case OP_ADD: mpq_add(out, out, r); break;
			case OP_SUB: mpq_sub(out, out, r); break;
			case OP_MUL: mpq_mul(out, out, r); break;
			default: mpq_div(out, out, r); break;
			}
		}
		mpq_clear(r);
		if (!ok)
			return false;
		pl = pl && pr && (e->op == OP_ADD || e->op == OP_SUB);
		break;
	}
	default:
		return false;
	}
	if (percent)
		*percent = pl;
	return true;
}

/* What a test value is, for messages, in the language of messages. */
static const char *kind_of(const struct expr *e)
{
	mpq_t q;
	bool pct = false, num;
	mpq_init(q);
	num = const_num(e, q, &pct);
	mpq_clear(q);
	if (num)
		return pct ? _("a percent") : _("a number");
	switch (e->kind) {
	case EX_STR: return _("text");
	case EX_NAME: return _("a name");
	case EX_DATE: return _("a date");
	case EX_BOOL: return _("true/false");
	case EX_CALL: return is_list(e) ? _("a list") : is_scored(e) ? "scored()" : _("a call");
	default: return _("an expression");
	}
}

/* The item or level called s[0..len) of indicator ind's checklist or
 * grade, or NULL: the checker hashed the rule's names. */
static struct item_points *find_points(struct item *ind, const char *s, size_t len)
{
	return names_findn(&ind->scoring->entry_names, NULL, s, len);
}

/* "Did you mean" among the levels or items of indicator ind's rule, whose
 * names are listed once. */
static void suggest_points(struct tcheck *c, struct item *ind, const char *s, size_t len)
{
	struct rule *r = ind->scoring;
	const char ***names = &c->names->entry_names[ind->index];
	if (c->diag->muted)
		return;
	if (!*names) {
		*names = arena_alloc(&c->prog->arena, (size_t)(r->entries.n + 1) * sizeof **names);
		if (!*names)
			return;
		for (int i = 0; i < r->entries.n; i++)
			(*names)[i] = ((struct item_points *)r->entries.items[i])->name;
		STATS_WORK(r->entries.n);
	}
	char *name = arena_strndup(&c->prog->arena, s, len);
	if (name)
		diag_suggest(c->diag, name, *names, (size_t)r->entries.n);
}

/* A number for messages: exact, or rounded to 10 decimals after "≈". */
static const char *show_q(char *buf, size_t cap, mpq_srcptr q)
{
	return num_show(buf, cap, q, 10, false);
}

/* Checks the level v given for grade indicator ind, with the score se
 * (value score) that scored() picks, or without one (se NULL). */
static void check_level(struct tcheck *c, const struct expr *v, struct item *ind,
			const struct expr *se, mpq_srcptr score)
{
	const char *s;
	size_t len;
	char b1[64], b2[64], b3[64];
	text_of(v, &s, &len);
	struct item_points *lv = find_points(ind, s, len);
	if (!lv) {
		error(c, v->span, D_BAD_TEST, "%.*s is not a level of indicator %s", (int)len, s, ind->name);
		suggest_points(c, ind, s, len);
		return;
	}
	bool range = mpq_cmp(lv->lo_q, lv->hi_q) != 0 || lv->hi_open;
	if (!se) {
		if (range) {
			error(c, v->span, D_BAD_TEST, "level %s gives [%s, %s%c points: the test must pick the score",
			      lv->name, show_q(b1, sizeof b1, lv->lo_q), show_q(b2, sizeof b2, lv->hi_q),
			      lv->hi_open ? ')' : ']');
			diag_help(c->diag, "write scored(%s, N)", lv->name);
		}
		return;
	}
	int lo = mpq_cmp(score, lv->lo_q), hi = mpq_cmp(score, lv->hi_q);
	if (lo >= 0 && hi <= 0 && !(hi == 0 && lv->hi_open))
		return;
	if (range)
		error(c, se->span, D_BAD_TEST, "the score %s is outside [%s, %s%c, the range of level %s",
		      show_q(b3, sizeof b3, score), show_q(b1, sizeof b1, lv->lo_q),
		      show_q(b2, sizeof b2, lv->hi_q), lv->hi_open ? ')' : ']', lv->name);
	else
		error(c, se->span, D_BAD_TEST, "level %s gives %s points, not %s", lv->name,
		      show_q(b1, sizeof b1, lv->lo_q), show_q(b3, sizeof b3, score));
}

/* Checks the items of list v given for checklist indicator ind: each an
 * item of its checklist, none listed twice (the items seen are hashed). */
static void check_items(struct tcheck *c, const struct expr *v, struct item *ind)
{
	struct name_map seen;
	name_map_init(&seen);
	for (int i = 0; i < v->call.args.n; i++) {
		const struct expr *a = v->call.args.items[i];
		const char *s;
		size_t len;
		STATS_WORK(1);
		text_of(a, &s, &len);
		if (!find_points(ind, s, len)) {
			error(c, a->span, D_BAD_TEST, "%.*s is not an item of the checklist of %s",
			      (int)len, s, ind->name);
			suggest_points(c, ind, s, len);
			continue;
		}
		void *first = name_map_put(&seen, s, len, (void *)a);
		if (!first) {
			error(c, a->span, D_MEMORY, "out of memory");
			break;
		}
		if (first != a)
			error(c, a->span, D_BAD_TEST, "%.*s is listed twice", (int)len, s);
	}
	name_map_free(&seen);
}

/* Checks v, the value given for input in: a literal of its type.  ind is
 * the indicator whose actual in is, or NULL; se and score are the score
 * scored() gives with v, or NULL. */
static void check_value(struct tcheck *c, const struct expr *v, struct input *in,
			struct item *ind, const struct expr *se, mpq_srcptr score)
{
	enum rule_kind rule = ind && ind->scoring ? ind->scoring->kind : RULE_EXPR;
	const char *s;
	size_t len;
	if (text_of(v, &s, &len) && eval_input_mark(in, s, len) >= 0)
		return; /* 未填报, as the data may mark it */
	switch (in->type) {
	case TY_NUMBER: {
		mpq_t q;
		bool pct = false;
		mpq_init(q);
		bool num = const_num(v, q, &pct);
		bool whole = mpz_cmp_ui(mpq_denref(q), 1) == 0 && !pct;
		mpq_clear(q);
		if (!num) {
			error(c, v->span, D_BAD_TEST, "%s is a number, not %s", in->name, kind_of(v));
		} else if (in->integer && !whole) {
			error(c, v->span, D_BAD_TEST, "%s is a whole number (a count)", in->name);
		} else if (rule == RULE_JUDGED && pct) {
			error(c, v->span, D_BAD_TEST, "indicator %s is judged: its value is its score, a number of points, not a percent",
			      ind->name);
			diag_help(c->diag, "scored(ACTUAL, SCORE) gives what the table shows and the score");
		} else if (in->percent && !pct) {
			error(c, v->span, D_BAD_TEST, "%s is a percent: write it with a percent sign", in->name);
		}
		return;
	}
	case TY_TEXT:
		if (!text_of(v, &s, &len))
			error(c, v->span, D_BAD_TEST, "%s is text, not %s", in->name, kind_of(v));
		else if (rule == RULE_GRADE)
			check_level(c, v, ind, se, score);
		return;
	case TY_DATE:
		if (v->kind != EX_DATE)
			error(c, v->span, D_BAD_TEST, "%s is a date, not %s", in->name, kind_of(v));
		return;
	case TY_BOOL:
		if (v->kind != EX_BOOL)
			error(c, v->span, D_BAD_TEST, "%s is true or false, not %s", in->name, kind_of(v));
		return;
	case TY_LIST:
		if (!is_list(v)) {
			error(c, v->span, D_BAD_TEST, "%s is a list of items [a, b], not %s", in->name, kind_of(v));
			return;
		}
		for (int i = 0; i < v->call.args.n; i++) {
			const struct expr *a = v->call.args.items[i];
			if (!text_of(a, &s, &len)) {
				error(c, a->span, D_BAD_TEST, "an item of %s is text, not %s", in->name, kind_of(a));
				return;
			}
		}
		if (rule == RULE_CHECKLIST)
			check_items(c, v, ind);
		return;
	default:
		return;
	}
}

/* Checks scored(...) given for the indicator r names. */
static void check_scored(struct tcheck *c, const struct test_entry *e, const struct ref *r)
{
	const struct expr *v = e->value;
	struct item *ind = r->ind;
	char b1[64], b2[64];
	if (!ind) {
		error(c, v->span, D_BAD_TEST, "%s is an input, not an indicator: scored() gives an indicator's score",
		      e->name);
		return;
	}
	bool judged = ind->scoring && ind->scoring->kind == RULE_JUDGED;
	bool own = r->kind == REF_INPUT;
	int n = v->call.args.n;
	if (judged && n != 1 && n != 2) {
		error(c, v->span, D_BAD_TEST, "scored() takes the score of %s, or what the table shows and the score",
		      ind->name);
		return;
	}
	if (!judged && own && n != 2) {
		error(c, v->span, D_BAD_TEST, "scored() takes the actual of %s and its score: scored(ACTUAL, SCORE)",
		      ind->name);
		return;
	}
	if (!judged && !own && n != 1) {
		error(c, v->span, D_BAD_TEST, "indicator %s computes its actual: scored() takes only its score",
		      ind->name);
		return;
	}
	const struct expr *se = v->call.args.items[n - 1];
	mpq_t score;
	bool pct = false;
	mpq_init(score);
	if (!const_num(se, score, &pct) || pct) {
		error(c, se->span, D_BAD_TEST, "a score is a number of points, not %s", kind_of(se));
	} else if (judged) {
		const struct expr *shown = n == 2 ? v->call.args.items[0] : NULL;
		const char *s;
		size_t len;
		mpq_t q;
		mpq_init(q);
		if (shown && !text_of(shown, &s, &len) && !const_num(shown, q, NULL))
			error(c, shown->span, D_BAD_TEST, "what the table shows of %s is text or a number, not %s",
			      ind->name, kind_of(shown));
		mpq_clear(q);
	} else if (ind->scoring && ind->scoring->kind == RULE_GRADE) {
		check_value(c, v->call.args.items[0], r->in, ind, se, score);
	} else if (mpq_sgn(score) < 0 || mpq_cmp(score, ind->weight) > 0) {
		error(c, se->span, D_BAD_TEST, "the score %s is outside [0, %s], the weight of %s",
		      show_q(b1, sizeof b1, score), show_q(b2, sizeof b2, ind->weight), ind->name);
	} else if (own) {
		check_value(c, v->call.args.items[0], r->in, ind, NULL, NULL);
	}
	mpq_clear(score);
}

/* Checks the value of a given entry that names r. */
static void check_given(struct tcheck *c, const struct test_entry *e, const struct ref *r)
{
	const struct expr *v = e->value;
	if (r->ind && is_slash(v))
		return;
	if (is_scored(v)) {
		check_scored(c, e, r);
		return;
	}
	if (v->kind == EX_CALL && !is_list(v)) {
		static const char *const forms[] = { "scored", "打分" };
		error(c, v->call.fname_span, D_BAD_TEST, "%s() is not a value a test can give", v->call.fname);
		if (!diag_suggest(c->diag, v->call.fname, forms, 2))
			diag_help(c->diag, "a test gives literals, lists [a, b] and scored(...)");
		return;
	}
	if (r->kind == REF_ROW) {
		error(c, v->span, D_BAD_TEST, "indicator %s computes its actual: a test gives its inputs, \"/\" or scored(SCORE)",
		      e->name);
		char *names = NULL;
		size_t size;
		FILE *f = r->ind->deps.n && !c->diag->muted ? open_memstream(&names, &size) : NULL;
		for (int i = 0; f && i < r->ind->deps.n; i++)
			fprintf(f, "%s%s", i ? ", " : "", ((struct input *)r->ind->deps.items[i])->name);
		if (f && fclose(f) == 0)
			diag_help(c->diag, "its inputs are %s", names);
		rb_libc_free(names); /* the stream's buffer is the C library's */
		return;
	}
	check_value(c, v, r->in, r->ind, NULL, NULL);
}

/* Checks that v is a number of points (a score, a subtotal, the total). */
static void check_points(struct tcheck *c, const struct test_entry *e)
{
	mpq_t q;
	bool pct = false;
	mpq_init(q);
	if (!const_num(e->value, q, &pct) || pct)
		error(c, e->value->span, D_BAD_TEST, "%s is a number of points, not %s",
		      written(c->prog, e), kind_of(e->value));
	mpq_clear(q);
}

/* The grade called s[0..len), or NULL. */
static struct grade_band *find_grade(struct tcheck *c, const char *s, size_t len)
{
	return name_map_get(&c->names->grades, s, len);
}

/* Checks the value of an expect entry that names r. */
static void check_expect(struct tcheck *c, const struct test_entry *e, const struct ref *r)
{
	struct program *p = c->prog;
	const struct expr *v = e->value;
	const char *s;
	size_t len;
	switch (r->kind) {
	case REF_INDICATOR:
		if (is_slash(v))
			return;
		if (r->ind->inapplicable) {
			error(c, v->span, D_BAD_TEST, "indicator %s is inapplicable in the template: expect \"/\"",
			      e->name);
			return;
		}
		check_points(c, e);
		return;
	case REF_GROUP: case REF_TOTAL:
		check_points(c, e);
		return;
	case REF_GRADE:
		if (!text_of(v, &s, &len)) {
			error(c, v->span, D_BAD_TEST, "the grade is text, not %s", kind_of(v));
		} else if (!find_grade(c, s, len)) {
			error(c, v->span, D_BAD_TEST, "%.*s is not a grade of the template", (int)len, s);
			const char **names = c->names->grade_names;
			if (c->diag->muted)
				return;
			if (!names) {
				names = arena_alloc(&p->arena, (size_t)(p->grades.n + 1) * sizeof *names);
				if (!names)
					return;
				for (int i = 0; i < p->grades.n; i++)
					names[i] = ((struct grade_band *)p->grades.items[i])->name;
				c->names->grade_names = names;
			}
			char *name = arena_strndup(&p->arena, s, len);
			if (name)
				diag_suggest(c->diag, name, names, (size_t)p->grades.n);
		}
		return;
	default:
		return;
	}
}

/* Where the block numbered x->gen names what r names: the mark of the
 * input, row, indicator, group, total or grade. */
static unsigned *seen(struct tnames *x, const struct ref *r)
{
	switch (r->kind) {
	case REF_INPUT: return &x->in_seen[r->in->index];
	case REF_ROW: return &x->row_seen[r->ind->index];
	case REF_INDICATOR: return &x->ind_seen[r->ind->index];
	case REF_GROUP: return &x->group_seen[r->ind->index];
	case REF_TOTAL: return &x->total_seen;
	default: return &x->grade_seen;
	}
}

/* Checks one `given` or `expect` block: names, values, and no name twice
 * (each thing named is marked with the block's number). */
#define PREFETCH_STEP 4

static void check_block(struct tcheck *c, struct vec *entries, bool expect)
{
	unsigned gen = ++c->names->gen;
	const struct names *table = expect ? &c->prog->indicator_names : &c->prog->input_names;
	for (int i = 0; i < entries->n; i++) {
		struct test_entry *e = entries->items[i];
		struct ref r;
		STATS_WORK(1);
		/* the entries to come, into the cache step by step: an entry,
		 * then its name and value, then the slot of its name, then the
		 * declaration there (a block of 100 000 entries is larger than
		 * the cache, and the table is read at random) */
		if (i + 4 * PREFETCH_STEP < entries->n)
			PREFETCH(entries->items[i + 4 * PREFETCH_STEP]);
		if (i + 3 * PREFETCH_STEP < entries->n) {
			const struct test_entry *f = entries->items[i + 3 * PREFETCH_STEP];
			PREFETCH(f->name);
			PREFETCH(f->value);
		}
		if (i + 2 * PREFETCH_STEP < entries->n)
			names_prefetch(table, NULL, ((const struct test_entry *)entries->items[i + 2 * PREFETCH_STEP])->name);
		if (i + PREFETCH_STEP < entries->n)
			names_prefetch_value(table, NULL, ((const struct test_entry *)entries->items[i + PREFETCH_STEP])->name);
		if (!(expect ? resolve_expect(c, e, &r) : resolve_given(c, e, &r)))
			continue;
		unsigned *mark = seen(c->names, &r);
		bool twice = *mark == gen;
		*mark = gen;
		if (twice && expect)
			error(c, e->span, D_DUPLICATE, "%s is expected twice in this test", written(c->prog, e));
		else if (twice)
			error(c, e->span, D_DUPLICATE, "%s is given twice in this test", written(c->prog, e));
		else if (expect)
			check_expect(c, e, &r);
		else
			check_given(c, e, &r);
	}
}

int test_check(struct program *prog, struct diag *diag)
{
	struct tnames names = { 0 };
	struct name_map tests;
	struct tcheck c = { .prog = prog, .diag = diag, .names = &names };
	name_map_init(&tests);
	bool ok = tnames_init(&names, prog);
	if (!ok)
		error(&c, SPAN_START, D_MEMORY, "out of memory");
	for (int i = 0; ok && i < prog->tests.n; i++) {
		struct test_case *t = prog->tests.items[i];
		void *first = name_map_put(&tests, t->name, strlen(t->name), t);
		if (!first) {
			error(&c, t->span, D_MEMORY, "out of memory");
			break;
		}
		if (first != t)
			error(&c, t->span, D_DUPLICATE, "there are two tests called \"%s\"", t->name);
		check_block(&c, &t->given, false);
		check_block(&c, &t->expect, true);
	}
	name_map_free(&tests);
	tnames_free(&names);
	return c.errors;
}

/* ---- running a test ---- */

struct test_runner {
	struct program *prog;
	struct tnames names;     /* the program's names, hashed once */
};

struct test_runner *test_runner_new(struct program *prog)
{
	struct test_runner *tr = calloc(1, sizeof *tr);
	if (!tr)
		return NULL;
	tr->prog = prog;
	if (!tnames_init(&tr->names, prog)) {
		test_runner_free(tr);
		return NULL;
	}
	return tr;
}

void test_runner_free(struct test_runner *tr)
{
	if (!tr)
		return;
	tnames_free(&tr->names);
	free(tr);
}

static char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* printf into a fresh buffer (malloc'd); NULL when out of memory. */
static char *format(const char *fmt, ...)
{
	va_list ap, aq;
	va_start(ap, fmt);
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (s)
		vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* Where the reasons of a test that does not pass go, as they are found. */
struct report {
	test_reason_fn *fn;
	void *ud;
	enum test_outcome kind;  /* of the reasons given now */
	bool any;                /* a reason was given */
	bool oom;                /* a reason could not be built */
};

static void report_line(struct report *rp, struct span sp, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Gives the caller a reason the test does not pass, at span sp of the
 * template. */
static void report_line(struct report *rp, struct span sp, const char *fmt, ...)
{
	va_list ap, aq;
	va_start(ap, fmt);
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	char *reason = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (reason)
		vsnprintf(reason, (size_t)n + 1, fmt, ap);
	va_end(ap);
	if (!reason) {
		rp->oom = true;
		return;
	}
	if (rp->fn)
		rp->fn(rp->ud, rp->kind, sp, reason);
	rp->any = true;
	free(reason);
}

/* Writes checked value v into slot, as input in's type reads it; list
 * arrays go to scratch.  False when out of memory. */
static bool put(struct value *slot, const struct expr *v, const struct input *in,
		struct arena *scratch)
{
	slot->percent = in->percent;
	slot->picked = false;
	switch (in->type) {
	case TY_NUMBER:
		const_num(v, slot->num, NULL);
		break;
	case TY_TEXT:
		text_of(v, &slot->str, &slot->len);
		break;
	case TY_DATE:
		slot->date = v->date;
		break;
	case TY_BOOL:
		slot->boolean = v->boolean;
		break;
	case TY_LIST: { /* packed as eval.h says: sized first, then written */
		int n = v->call.args.n;
		size_t size = 0, len;
		const char *s;
		for (int i = 0; i < n; i++) {
			text_of(v->call.args.items[i], &s, &len);
			size += eval_list_size(len);
		}
		unsigned char *list = arena_alloc(scratch, size + 1), *out = list;
		if (!list)
			return false;
		for (int i = 0; i < n; i++) {
			text_of(v->call.args.items[i], &s, &len);
			out = eval_list_put(out, s, len);
		}
		slot->list = list;
		slot->nitems = n;
		break;
	}
	default:
		break;
	}
	slot->type = in->type;
	return true;
}

/* Puts given entry e (which names r) into the frame, as the data loader
 * puts a value or a row object.  False when out of memory. */
static bool give(struct eval *ev, const struct test_entry *e, const struct ref *r,
		 struct arena *scratch)
{
	const struct expr *v = e->value, *actual = v, *score = NULL;
	struct item *ind = r->ind;
	struct row_data *row = ind ? &ev->row[ind->index] : NULL;
	if (ind && is_slash(v)) {
		row->inapplicable = true;
		return true;
	}
	if (is_scored(v)) {
		int n = v->call.args.n;
		score = v->call.args.items[n - 1];
		actual = n == 2 ? v->call.args.items[0] : NULL;
		const_num(score, row->score, NULL);
		row->has_score = true;
	}
	if (!r->in)
		return true; /* an indicator that computes its actual: only its score */
	struct value *slot = eval_input_slot(ev, r->in);
	ev->present[r->in->index] = INPUT_OK;
	if (score && ind->scoring && ind->scoring->kind == RULE_JUDGED) {
		/* the score is the rule's input; what the table shows is not used */
		mpq_set(slot->num, row->score);
		slot->type = TY_NUMBER;
		slot->percent = false;
		slot->picked = false;
		return true;
	}
	const char *s;
	size_t len;
	int mark = actual && text_of(actual, &s, &len) ? eval_input_mark(r->in, s, len) : -1;
	if (mark >= 0) { /* 未填报: scored as the template's `missing` says */
		ev->present[r->in->index] = INPUT_MARKED;
		ev->mark[r->in->index] = (signed char)mark;
		return true;
	}
	if (!put(slot, actual, r->in, scratch))
		return false;
	if (score && ind->scoring && ind->scoring->kind == RULE_GRADE) {
		/* a level whose points are a range: the test picks the score */
		mpq_set(slot->num, row->score);
		slot->picked = true;
	}
	return true;
}

/* A number for test lines (malloc'd; NULL when out of memory). */
static char *shown_q(mpq_srcptr q)
{
	char buf[256];
	return format("%s", show_q(buf, sizeof buf, q));
}

/* Whether expectation e (naming r) holds in the scored frame; sets *want
 * and *got to the expected and the computed value as text (malloc'd; NULL
 * when out of memory). */
static bool holds(const struct eval *ev, const struct test_entry *e, const struct ref *r,
		  char **want, char **got)
{
	const struct expr *v = e->value;
	const char *s;
	size_t len;
	*want = *got = NULL;
	if (r->kind == REF_GRADE) {
		text_of(v, &s, &len);
		*want = format("\"%.*s\"", (int)len, s);
		*got = ev->grade ? format("\"%s\"", ev->grade) : format("%s", _("no grade"));
		return ev->grade && strlen(ev->grade) == len && memcmp(ev->grade, s, len) == 0;
	}
	const struct ind_result *res = r->kind == REF_INDICATOR ? &ev->ind[r->ind->index] : NULL;
	if (is_slash(v)) {
		*want = format("%s", _("not applicable"));
		*got = res->applicable ? shown_q(res->score) : format("%s", _("not applicable"));
		return !res->applicable;
	}
	mpq_t q;
	mpq_init(q);
	const_num(v, q, NULL);
	*want = shown_q(q);
	bool ok = false;
	if (!res || res->applicable) {
		mpq_srcptr x = res ? res->score : r->kind == REF_GROUP ? ev->group_score[r->ind->index]
			: ev->total;
		*got = shown_q(x);
		ok = mpq_equal(q, x);
	} else {
		*got = format("%s", _("not applicable"));
	}
	mpq_clear(q);
	return ok;
}

/* Gives a "could not run" reason at test t for each error the evaluation
 * reported to d (collected, not printed). */
static void report_errors(struct report *rp, const struct test_case *t, const struct diag *d)
{
	if (d->nrecords == 0)
		report_line(rp, t->span, d->errors == 1 ? _("could not run: %d error") : _("could not run: %d errors"),
			    d->errors);
	for (int i = 0; i < d->nrecords; i++)
		report_line(rp, t->span, _("could not run: %s"), diag_message(d, i));
}

/* The largest data file a test reads. */
#define TEST_MAX_DATA (64u << 20)

/* The path of a test's data file: beside the template (its name's
 * directory), and only there or below: a relative path without "..", so
 * that a template from a pull request reads no file but its own
 * repository's.  malloc'd; NULL (with *why) when the path is not one. */
static char *data_path(const struct program *p, const char *file, const char **why)
{
	*why = NULL;
	size_t n = strlen(file);
	bool up = false;
	for (const char *s = file; *s; s = strchr(s, '/') ? strchr(s, '/') + 1 : s + strlen(s))
		up |= s[0] == '.' && s[1] == '.' && (s[2] == '/' || s[2] == '\0');
	if (n == 0 || file[0] == '/' || up || strchr(file, '\\')) {
		*why = N_("a test's data file is named relative to the template, inside its directory: no '/' "
			  "first, no '..'");
		return NULL;
	}
	const char *name = p->src->name, *slash = strrchr(name, '/');
	size_t dir = slash ? (size_t)(slash - name) + 1 : 0;
	char *path = malloc(dir + n + 1);
	if (path) {
		memcpy(path, name, dir);
		memcpy(path + dir, file, n + 1);
	}
	return path;
}

/* Reads test t's data file into ev (data d, its text *text): false after
 * reporting why it could not be read to diag. */
static bool load_data_file(const struct program *p, const struct test_case *t, struct eval *ev, struct data *d,
			   char **text, struct diag *diag)
{
	const char *why;
	char *path = data_path(p, t->data, &why);
	if (!path) {
		if (why)
			diag_report(diag, NULL, SPAN_START, D_UNREADABLE, "%s", _(why));
		else
			diag_report(diag, NULL, SPAN_START, D_MEMORY, "out of memory");
		return false;
	}
	/* and no symbolic link out of it either */
	size_t dl = strrchr(path, '/') ? (size_t)(strrchr(path, '/') - path) : 0;
	char *dir = dl ? strndup(path, dl) : strdup(".");
	char *real_dir = dir ? realpath(dir, NULL) : NULL, *real = realpath(path, NULL);
	bool inside = real_dir && real && !strncmp(real, real_dir, strlen(real_dir)) &&
		      (real[strlen(real_dir)] == '/' || !strcmp(real_dir, "/"));
	free(dir);
	free(real_dir);
	free(real);
	if (!inside && access(path, F_OK) == 0) {
		diag_report(diag, NULL, SPAN_START, D_UNREADABLE, "%s leads out of the template's directory", t->data);
		free(path);
		return false;
	}
	size_t len = 0;
	int err = 0;
	*text = src_read_file(path, TEST_MAX_DATA, &len, &err);
	bool ok = *text != NULL;
	if (!ok)
		diag_report(diag, NULL, SPAN_START, err == ENOMEM ? D_MEMORY : D_UNREADABLE, "cannot read %s: %s",
			    t->data, err == EFBIG ? _("it is larger than 64 MiB") : strerror(err));
	else
		ok = data_load_json(d, ev, t->data, *text, len, diag) == 0 && d->readable;
	free(path);
	return ok;
}

/* The data file's published scores, total and grade, as a test's
 * expectations: a reason for each the template does not give. */
static void expect_published(struct report *rp, const struct program *p, const struct test_case *t,
			     const struct eval *ev)
{
	char b1[64], b2[64];
	for (int k = 0; k < p->indicators.n; k++) {
		const struct row_data *row = &ev->row[k];
		if (!row->has_published)
			continue;
		const struct ind_result *res = &ev->ind[k];
		if (!res->applicable || mpq_cmp(row->published, res->score) != 0)
			report_line(rp, t->data_span, _("%s: expected %s (published), got %s"),
				    ((struct item *)p->indicators.items[k])->name, show_q(b1, sizeof b1, row->published),
				    res->applicable ? show_q(b2, sizeof b2, res->score) : _("not applicable"));
	}
	if (ev->has_pub_total && mpq_cmp(ev->pub_total, ev->total) != 0)
		report_line(rp, t->data_span, _("total: expected %s (published), got %s"),
			    show_q(b1, sizeof b1, ev->pub_total), show_q(b2, sizeof b2, ev->total));
	if (ev->pub_grade && (!ev->grade || strcmp(ev->pub_grade, ev->grade) != 0))
		report_line(rp, t->data_span, _("grade: expected \"%s\" (published), got %s%s%s"), ev->pub_grade,
			    ev->grade ? "\"" : "", ev->grade ? ev->grade : _("no grade"), ev->grade ? "\"" : "");
}

/* A test that expects only rows' scores needs only the values those rows
 * use: every other row whose values are not all given is left out, as a
 * row not applicable, so that no error asks for them.  A test that expects
 * a group's subtotal, the total or the grade needs every value. */
static void skip_unneeded(struct tcheck *c, const struct test_case *t, struct eval *ev)
{
	struct program *p = c->prog;
	if (t->expect.n == 0)
		return; /* a test that only checks that its values score: all of them */
	unsigned gen = ++c->names->gen;
	for (int k = 0; k < t->expect.n; k++) {
		struct ref r;
		STATS_WORK(1);
		if (!resolve_expect(c, t->expect.items[k], &r) || r.kind != REF_INDICATOR)
			return; /* the total, a group, the grade: every row counts */
		c->names->ind_seen[r.ind->index] = gen;
	}
	for (int k = 0; k < p->indicators.n; k++) {
		struct item *ind = p->indicators.items[k];
		if (c->names->ind_seen[k] == gen || ev->row[k].inapplicable)
			continue;
		STATS_WORK(ind->deps.n);
		for (int d = 0; d < ind->deps.n; d++) {
			const struct input *in = ind->deps.items[d];
			if (ev->present[in->index] == INPUT_MISSING && !in->dflt) {
				ev->row[k].inapplicable = true;
				break;
			}
		}
	}
}

int test_run(struct test_runner *tr, struct eval *ev, int i, struct arena *scratch,
	     test_reason_fn *fn, void *ud, enum test_outcome *outcome)
{
	struct program *p = tr->prog;
	struct test_case *t = p->tests.items[i];
	struct report rp = { .fn = fn, .ud = ud, .kind = TEST_FAILED };
	struct diag *was = ev->diag;
	int rc = 0;
	/* the evaluation's errors are collected, to become reasons */
	struct diag d;
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	struct tcheck c = { .prog = p, .diag = &d, .names = &tr->names };
	STATS_WORK(1);
	eval_reset(ev);
	/* a test gives no reasons (偏差原因): `require reason` binds the data,
	 * not the tests */
	for (int k = 0; p->require_reason && k < p->indicators.n; k++)
		ev->row[k].reason = "";
	STATS_WORK(p->require_reason ? p->indicators.n : 0);
	/* the data file's values first; the test's own given entries then
	 * set, or set again, theirs */
	struct data data;
	memset(&data, 0, sizeof data);
	char *text = NULL;
	bool data_ok = !t->data || load_data_file(p, t, ev, &data, &text, &d);
	for (int k = 0; rc == 0 && k < t->given.n; k++) {
		struct test_entry *e = t->given.items[k];
		struct ref r;
		STATS_WORK(1);
		if (resolve_given(&c, e, &r) && !give(ev, e, &r, scratch))
			rc = -1;
	}
	int errors = data_ok ? 0 : 1;
	/* a value given as 未填报 where the template makes it an error: the
	 * error the data would get */
	for (int k = 0; rc == 0 && k < t->given.n; k++) {
		struct test_entry *e = t->given.items[k];
		struct ref r;
		if (resolve_given(&c, e, &r) && r.in && ev->present[r.in->index] == INPUT_MARKED &&
		    r.in->marked_error) {
			diag_report(&d, p->src, e->span, D_MISSING_VALUE, "%s is marked \"%s\": the unit has not given it",
				    r.in->name, eval_marks[ev->mark[r.in->index]]);
			ev->row_errors++;
		}
	}
	if (rc == 0 && data_ok && !t->data)
		skip_unneeded(&c, t, ev);
	if (rc == 0 && data_ok) {
		ev->diag = &d;
		errors = eval_run(ev);
		ev->diag = was;
		if (errors == 0 && ev->incomplete) /* rows pending: their errors */
			errors = ev->row_errors > 0 ? ev->row_errors : 1;
	}
	*outcome = TEST_PASSED;
	if (rc == 0 && errors) {
		*outcome = rp.kind = TEST_ERROR;
		report_errors(&rp, t, &d);
	} else if (rc == 0) {
		for (int k = 0; k < t->expect.n; k++) {
			struct test_entry *e = t->expect.items[k];
			struct ref r;
			char *want, *got;
			STATS_WORK(1);
			if (!resolve_expect(&c, e, &r))
				continue;
			if (!holds(ev, e, &r, &want, &got)) {
				size_t len;
				const char *name = written_text(p, e, &len);
				if (want && got)
					report_line(&rp, e->span, _("%.*s: expected %s, got %s"), (int)len, name, want, got);
				else
					rp.oom = true;
			}
			free(want);
			free(got);
		}
		if (t->data)
			expect_published(&rp, p, t, ev);
		*outcome = rp.any ? TEST_FAILED : TEST_PASSED;
	}
	diag_free(&d);
	if (t->data)
		data_free(&data);
	free(text);
	return rc == 0 && !rp.oom ? 0 : -1;
}
