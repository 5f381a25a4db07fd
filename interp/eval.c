/* eval.c - scoring one unit: expressions over value slots, the table rules
 * (bands, checklist, grade, judged), rounding, subtotals and the grade. */
#include "eval.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "program.h"
#include "stats.h"
#include "strbuf.h"

/* Names listed at most in one message ("... and 3 more"). */
#define NAMES_SHOWN 8

/* ---- builtins ---- */

static void bi_min(struct value *out, struct value *const *a, int n)
{
	num_set(out->num, a[0]->num);
	for (int i = 1; i < n; i++)
		if (num_cmp(a[i]->num, out->num) < 0)
			num_set(out->num, a[i]->num);
}

static void bi_max(struct value *out, struct value *const *a, int n)
{
	num_set(out->num, a[0]->num);
	for (int i = 1; i < n; i++)
		if (num_cmp(a[i]->num, out->num) > 0)
			num_set(out->num, a[i]->num);
}

static void bi_clamp(struct value *out, struct value *const *a, int n)
{
	(void)n;
	if (num_cmp(a[0]->num, a[1]->num) < 0)
		num_set(out->num, a[1]->num);
	else if (num_cmp(a[0]->num, a[2]->num) > 0)
		num_set(out->num, a[2]->num);
	else
		num_set(out->num, a[0]->num);
}

static void bi_round(struct value *out, struct value *const *a, int n)
{
	int digits = 0;
	if (n > 1 && mpz_cmp_ui(mpq_denref(a[1]->num), 1) == 0 &&
	    mpz_sgn(mpq_numref(a[1]->num)) >= 0 && mpz_cmp_ui(mpq_numref(a[1]->num), 30) <= 0)
		digits = (int)mpz_get_ui(mpq_numref(a[1]->num));
	num_round(out->num, a[0]->num, digits, NUM_HALF_UP);
}

static void bi_floor(struct value *out, struct value *const *a, int n)
{
	(void)n;
	num_floor(out->num, a[0]->num);
}

static void bi_ceil(struct value *out, struct value *const *a, int n)
{
	(void)n;
	num_ceil(out->num, a[0]->num);
}

static void bi_abs(struct value *out, struct value *const *a, int n)
{
	(void)n;
	mpq_abs(out->num, a[0]->num);
}

static const struct builtin builtins[] = {
	{ "min", 1, -1, bi_min },
	{ "max", 1, -1, bi_max },
	{ "clamp", 3, 3, bi_clamp },
	{ "round", 1, 2, bi_round },
	{ "floor", 1, 1, bi_floor },
	{ "ceil", 1, 1, bi_ceil },
	{ "abs", 1, 1, bi_abs },
};

#define NBUILTINS ((int)(sizeof builtins / sizeof builtins[0]))

static const char *const builtin_names[] = {
	"min", "max", "clamp", "round", "floor", "ceil", "abs",
};

const struct builtin *eval_builtin(const char *name)
{
	for (int i = 0; i < NBUILTINS; i++)
		if (strcmp(builtins[i].name, name) == 0)
			return &builtins[i];
	return NULL;
}

const char *const *eval_builtin_names(int *n)
{
	*n = NBUILTINS;
	return builtin_names;
}

/* ---- frames ---- */

/* Fills the slots of the constants of code k, once per frame. */
static void fill_konsts(struct eval *ev, const struct code *k)
{
	for (int i = 0; i < k->nkonsts; i++) {
		const struct expr *e = k->konsts[i].e;
		struct value *v = &ev->slots[k->konsts[i].slot];
		v->percent = e->percent;
		switch (e->is) {
		case EX_NUM:
			v->type = TY_NUMBER;
			num_set(v->num, expr_number(e));
			break;
		case EX_STR:
			v->type = TY_TEXT;
			v->str = e->str;
			v->len = e->len;
			break;
		case EX_DATE:
			v->type = TY_DATE;
			v->date = e->date;
			break;
		default:
			v->type = TY_BOOL;
			v->boolean = e->boolean;
			break;
		}
	}
}

struct eval *eval_new(struct program *prog, struct diag *diag)
{
	struct eval *ev = calloc(1, sizeof *ev);
	if (!ev)
		return NULL;
	ev->prog = prog;
	ev->diag = diag;
	int nin = prog->inputs.n, nind = prog->indicators.n, ngr = prog->groups.n;
	ev->slots = calloc((size_t)prog->nslots + 1, sizeof *ev->slots);
	ev->result = calloc((size_t)prog->nslots + 1, sizeof *ev->result);
	ev->present = calloc((size_t)nin + 1, sizeof *ev->present);
	ev->mark = calloc((size_t)nin + 1, sizeof *ev->mark);
	ev->ind = calloc((size_t)nind + 1, sizeof *ev->ind);
	ev->row = calloc((size_t)nind + 1, sizeof *ev->row);
	ev->group_score = calloc((size_t)ngr + 1, sizeof *ev->group_score);
	ev->group_pub = calloc((size_t)ngr + 1, sizeof *ev->group_pub);
	ev->group_has_pub = calloc((size_t)ngr + 1, sizeof *ev->group_has_pub);
	ev->group_pending = calloc((size_t)ngr + 1, sizeof *ev->group_pending);
	ev->let_gen = calloc((size_t)prog->lets.n + 1, sizeof *ev->let_gen);
	ev->argv = calloc((size_t)prog->nargs + 1, sizeof *ev->argv);
	bool share = prog->share;
	for (int i = 0; i < ngr && !share; i++)
		share = ((struct item *)prog->groups.items[i])->share;
	if (share && (ev->share = calloc((size_t)ngr + 1, sizeof *ev->share)) != NULL)
		for (int i = 0; i < ngr; i++)
			mpq_inits(ev->share[i].raw, ev->share[i].base, NULL);
	int nseen = 0;
	for (int i = 0; i < nind; i++) {
		struct item *ind = prog->indicators.items[i];
		if (ind->scoring && ind->scoring->kind == RULE_CHECKLIST && ind->scoring->entries.n > nseen)
			nseen = ind->scoring->entries.n;
	}
	ev->seen = calloc((size_t)nseen + 1, sizeof *ev->seen);
	ev->nseen = nseen;
	ev->slot_flags = calloc((size_t)prog->nslots + 1, 1);
	ev->big = calloc((size_t)prog->nslots + 1, sizeof *ev->big);
	STATS_BYTES(((size_t)prog->nslots + 1) * (sizeof *ev->slots + sizeof *ev->result) +
		    ((size_t)nind + 1) * (sizeof *ev->ind + sizeof *ev->row) +
		    ((size_t)prog->nargs + 1) * sizeof *ev->argv + ((size_t)nseen + 1) * sizeof *ev->seen);
	if (!ev->slots || !ev->result || !ev->present || !ev->mark || !ev->ind || !ev->row ||
	    !ev->group_score || !ev->group_pub || !ev->group_has_pub || !ev->group_pending || !ev->let_gen ||
	    !ev->argv || !ev->seen || !ev->slot_flags || !ev->big || (share && !ev->share)) {
		for (int i = 0; ev->share && i < ngr; i++)
			mpq_clears(ev->share[i].raw, ev->share[i].base, NULL);
		free(ev->share);
		free(ev->group_pub);
		free(ev->group_has_pub);
		free(ev->group_pending);
		free(ev->argv);
		free(ev->seen);
		free(ev->slot_flags);
		free(ev->big);
		free(ev->slots);
		free(ev->result);
		free(ev->present);
		free(ev->mark);
		free(ev->ind);
		free(ev->row);
		free(ev->group_score);
		free(ev->let_gen);
		free(ev);
		return NULL;
	}
	for (int i = 0; i < prog->nslots; i++) {
		mpq_init(ev->slots[i].num);
		ev->result[i] = &ev->slots[i];
	}
	if (prog->lib)
		fill_konsts(ev, prog->lib->code);
	fill_konsts(ev, prog->code);
	for (int i = 0; i < nin; i++)
		ev->slot_flags[((struct input *)prog->inputs.items[i])->slot] |= SLOT_KEEP;
	for (int i = 0; i < prog->lets.n; i++) {
		int slot = ((struct let *)prog->lets.items[i])->value->slot;
		if (slot >= 0) /* (an unused let has none) */
			ev->slot_flags[slot] |= SLOT_KEEP;
	}
	for (int i = 0; i < nind; i++) {
		mpq_inits(ev->ind[i].raw, ev->ind[i].rule, ev->ind[i].score, NULL);
		mpq_inits(ev->row[i].score, ev->row[i].published, NULL);
	}
	for (int i = 0; i < ngr; i++)
		mpq_inits(ev->group_score[i], ev->group_pub[i], NULL);
	mpq_inits(ev->sum, ev->applicable, ev->base, ev->total, ev->pub_total, ev->pub_max, NULL);
	num_tmp_init(&ev->round_tmp);
	return ev;
}

void eval_free(struct eval *ev)
{
	if (!ev)
		return;
	for (int i = 0; i < ev->prog->nslots; i++)
		mpq_clear(ev->slots[i].num);
	for (int i = 0; i < ev->prog->indicators.n; i++) {
		mpq_clears(ev->ind[i].raw, ev->ind[i].rule, ev->ind[i].score, NULL);
		mpq_clears(ev->row[i].score, ev->row[i].published, NULL);
	}
	for (int i = 0; i < ev->prog->groups.n; i++)
		mpq_clears(ev->group_score[i], ev->group_pub[i], NULL);
	for (int i = 0; ev->share && i < ev->prog->groups.n; i++)
		mpq_clears(ev->share[i].raw, ev->share[i].base, NULL);
	free(ev->share);
	mpq_clears(ev->sum, ev->applicable, ev->base, ev->total, ev->pub_total, ev->pub_max, NULL);
	num_tmp_clear(&ev->round_tmp);
	free(ev->slots);
	free(ev->result);
	free(ev->present);
	free(ev->mark);
	free(ev->ind);
	free(ev->row);
	free(ev->group_score);
	free(ev->group_pub);
	free(ev->group_has_pub);
	free(ev->group_pending);
	free(ev->let_gen);
	free(ev->argv);
	free(ev->seen);
	free(ev->slot_flags);
	free(ev->big);
	free(ev);
}

void eval_reset(struct eval *ev)
{
	memset(ev->present, 0, (size_t)ev->prog->inputs.n * sizeof *ev->present);
	for (int i = 0; i < ev->prog->inputs.n; i++) {
		struct input *in = ev->prog->inputs.items[i];
		ev->slots[in->slot].type = TY_UNKNOWN;
		ev->slots[in->slot].picked = false;
	}
	for (int i = 0; i < ev->prog->indicators.n; i++) {
		struct row_data *r = &ev->row[i];
		r->inapplicable = r->has_score = r->bad_score = r->has_published = false;
		r->reason = r->shown = NULL;
	}
	ev->has_pub_total = false;
	ev->has_pub_max = false;
	memset(ev->group_has_pub, 0, (size_t)ev->prog->groups.n * sizeof *ev->group_has_pub);
	ev->pub_grade = NULL;
	ev->row_errors = 0;
	ev->incomplete = false;
}

const char *const eval_marks[EVAL_NMARKS] = { "未填报", "待核实", "待补充", "暂无", "无数据" };

int eval_mark_index(const char *s, size_t len)
{
	for (int k = 0; k < EVAL_NMARKS; k++)
		if (strlen(eval_marks[k]) == len && !memcmp(eval_marks[k], s, len))
			return k;
	return -1;
}

static struct item_points *find_entry(struct rule *r, const char *s, size_t len);

int eval_input_mark(const struct input *in, const char *s, size_t len)
{
	int k = eval_mark_index(s, len);
	if (k < 0 || in->type != TY_TEXT)
		return k;
	/* text is text, but a grade's level (a level of that name is one) */
	const struct item *ind = in->owner;
	if (ind && ind->input == in && ind->scoring && ind->scoring->kind == RULE_GRADE &&
	    !find_entry(ind->scoring, s, len))
		return k;
	return -1;
}

struct value *eval_input_slot(struct eval *ev, struct input *in)
{
	return &ev->slots[in->slot];
}

/* ---- errors ---- */

static void rt_error(struct eval *ev, struct span sp, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A runtime error, prefixed with the indicator being scored. */
static void rt_error(struct eval *ev, struct span sp, enum diag_code code, const char *fmt, ...)
{
	if (code == D_NUMBER_SIZE)
		ev->fatal = true; /* the unit's, not a row's */
	if (diag_hidden(ev->diag, code)) { /* counted only: no message to build */
		diag_count(ev->diag, code);
		return;
	}
	struct strbuf msg = { 0 };
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(&msg, _(fmt), ap);
	va_end(ap);
	if (ev->site) /* inside the library: at the template's call */
		sp = ev->site->span;
	if (ev->cur)
		diag_report(ev->diag, ev->prog->src, sp, code, N_("indicator %s: %s"),
			    ev->cur->name, strbuf_str(&msg));
	else
		diag_report(ev->diag, ev->prog->src, sp, code, "%s", strbuf_str(&msg));
	strbuf_free(&msg);
}

static void rt_error_shown(struct eval *ev, struct span sp, enum diag_code code, const char *fmt,
			   const char *s, size_t len)
	__attribute__((format(printf, 4, 0)));

/* rt_error with the text s[0..len) made safe to show (diag_shown). */
static void rt_error_shown(struct eval *ev, struct span sp, enum diag_code code, const char *fmt,
			   const char *s, size_t len)
{
	char shown[DIAG_SHOWN_CAP];
	rt_error(ev, sp, code, fmt, diag_shown(shown, s, len));
}

static void rt_error_text(struct eval *ev, struct span sp, enum diag_code code, const char *fmt,
			  const char *s, size_t len)
	__attribute__((format(printf, 4, 0)));

/* A runtime error whose message (fmt, with one %s) quotes the text of the
 * data s[0..len): the text is made safe to show only when the error will be
 * shown, not for each of a million hidden ones, which are only counted. */
static void rt_error_text(struct eval *ev, struct span sp, enum diag_code code, const char *fmt,
			  const char *s, size_t len)
{
	if (diag_hidden(ev->diag, code))
		diag_count(ev->diag, code);
	else
		rt_error_shown(ev, sp, code, fmt, s, len);
}

/* What a divisor that is 0 is called in the message: the input or let it
 * reads (through the parameters of library rules), or the indicator's
 * target; NULL for any other expression. */
static const char *divisor_name(const struct eval *ev, const struct expr *e, bool *is_target)
{
	*is_target = false;
	const struct call_frame *fr = ev->call;
	while (e && e->is == EX_PARAM) {
		if (e->param_index < 0) {
			e = e->param;
		} else if (fr) { /* an argument of the call under way */
			e = fr->call->call.args.items[e->param_index];
			fr = fr->up;
		} else {
			return NULL;
		}
	}
	if (!e)
		return NULL;
	if (e->is == EX_INPUT)
		return e->input->name;
	if (e->is == EX_LET)
		return e->let->name;
	if (e->is == EX_SELF && e->self == SELF_TARGET)
		*is_target = true;
	return NULL;
}

#define SHOW_CAP (DIAG_SHOWN_CAP + 8)
static const char *show(char *buf, size_t cap, const struct value *v);

/* Reports e = l / 0, naming what was 0 when it has a name. */
static void divide_by_zero(struct eval *ev, const struct expr *e, const struct value *l)
{
	char b[SHOW_CAP];
	bool is_target;
	const char *name = divisor_name(ev, e->rhs, &is_target);
	if (name)
		rt_error(ev, e->span, D_DIVISION_BY_ZERO, "cannot divide %s by %s, which is 0",
			 show(b, sizeof b, l), name);
	else if (is_target)
		rt_error(ev, e->span, D_DIVISION_BY_ZERO, "cannot divide %s by the target, which is 0",
			 show(b, sizeof b, l));
	else
		rt_error(ev, e->span, D_DIVISION_BY_ZERO, "cannot divide %s by 0", show(b, sizeof b, l));
}

/* A value as text for messages ("161.37%", "≈0.6667", "\"完备\"",
 * "2020-12-31"), in a buffer of SHOW_CAP bytes. */
static const char *show(char *buf, size_t cap, const struct value *v)
{
	switch (v->type) {
	case TY_NUMBER:
		num_show(buf, cap, v->num, 4, v->percent);
		break;
	case TY_TEXT: {
		char text[DIAG_SHOWN_CAP];
		snprintf(buf, cap, "\"%s\"", diag_shown(text, v->str, v->len));
		break;
	}
	case TY_DATE:
		if (cap >= 32)
			ast_format_date(buf, v->date);
		break;
	case TY_BOOL:
		snprintf(buf, cap, "%s", v->boolean ? "true" : "false");
		break;
	case TY_LIST:
		snprintf(buf, cap, "a list of %d", v->nitems);
		break;
	default:
		snprintf(buf, cap, "nothing");
		break;
	}
	return buf;
}

/* A number for messages: exact, or "≈" and rounded to 4 decimals. */
static const char *fmt_q(char *buf, size_t cap, const mpq_t q)
{
	return num_show(buf, cap, q, 4, false);
}

/* ---- explaining (rubric explain) ---- */

/* What eval_explain notes while the indicator is evaluated again: its
 * lines, and the arithmetic chain not written yet, whose value is in
 * the slot pending (NULL: none). */
struct explain {
	struct strbuf *out;
	struct strbuf chain;     /* "962 ÷ 2000 × 4" */
	const struct value *pending;
	int prec;                /* the chain's operator: 1 + -, 2 × ÷ */
	long lines, left;        /* steps written, and those past EXPLAIN_MAX_STEPS */
};

/* The steps an explanation shows, at most, and the length of a chain on
 * one line: a rule of a million operations is explained in bounded
 * memory, the rest counted ("… and N more steps"). */
#define EXPLAIN_MAX_STEPS 1000
#define EXPLAIN_MAX_CHAIN 160

/* Whether there is room for one more step (counting those there is not). */
static bool trace_room(struct explain *x)
{
	if (x->lines < EXPLAIN_MAX_STEPS) {
		x->lines++;
		return true;
	}
	x->left++;
	return false;
}

/* A value as a step shows it: a number exactly to 10 decimals (else
 * marked ≈), a percent as one; a truth as 是/否. */
static const char *step_value(char *buf, size_t cap, const struct value *v)
{
	switch (v->type) {
	case TY_NUMBER:
		return num_show(buf, cap, v->num, 10, v->percent);
	case TY_BOOL:
		return v->boolean ? _("yes") : _("no");
	case TY_DATE:
		ast_format_date(buf, v->date);
		return buf;
	case TY_TEXT: { /* a long text cut at a character, and marked */
		size_t n = v->len;
		if (n >= cap) {
			n = cap - 4;
			while (n && ((unsigned char)v->str[n] & 0xC0) == 0x80)
				n--;
		}
		snprintf(buf, cap, "%.*s%s", (int)n, v->str, n < v->len ? "…" : "");
		return buf;
	}
	case TY_LIST: { /* the items, as far as they fit */
		const unsigned char *p = v->list;
		size_t used = 0;
		if (v->nitems == 0)
			return _("none"); /* no item met */
		buf[0] = '\0';
		for (int i = 0; i < v->nitems; i++) {
			size_t len;
			const char *s = eval_list_next(&p, &len);
			if (used + len + 8 >= cap) {
				snprintf(buf + used, cap - used, "%s…", i ? "、" : "");
				break;
			}
			used += (size_t)snprintf(buf + used, cap - used, "%s%.*s", i ? "、" : "", (int)len, s);
		}
		return buf;
	}
	default:
		return "?";
	}
}

/* Writes the chain under way as a line: "  962 ÷ 2000 × 4 = 1.924". */
static void trace_flush(struct explain *x)
{
	if (!x->pending)
		return;
	char b[96];
	if (trace_room(x))
		strbuf_printf(x->out, "  %s = %s\n", strbuf_str(&x->chain), step_value(b, sizeof b, x->pending));
	x->pending = NULL;
	strbuf_free(&x->chain);
}

/* An arithmetic step, out = l op r: it goes on the chain when l is the
 * chain's value (and no parentheses are needed), else starts one. */
static void trace_arith(struct explain *x, enum opcode op, const struct value *l, const struct value *r,
			const struct value *out)
{
	static const char *const sym[] = { [I_ADD] = "+", [I_SUB] = "−", [I_MUL] = "×", [I_DIV] = "÷" };
	int prec = op == I_ADD || op == I_SUB ? 1 : 2;
	char b1[96], b2[96];
	if (x->pending && x->chain.len > EXPLAIN_MAX_CHAIN)
		trace_flush(x); /* long enough for a line: the next starts from its value */
	if (x->pending && l == x->pending && prec <= x->prec) { /* a × b + c, a − b − c: as read */
		strbuf_printf(&x->chain, " %s %s", sym[op], step_value(b2, sizeof b2, r));
	} else if (x->pending && l == x->pending) { /* (a − b) ÷ c */
		struct strbuf c = { 0 };
		strbuf_printf(&c, "(%s) %s %s", strbuf_str(&x->chain), sym[op], step_value(b2, sizeof b2, r));
		strbuf_free(&x->chain);
		strbuf_add(&x->chain, strbuf_str(&c), strlen(strbuf_str(&c)));
		strbuf_free(&c);
	} else {
		trace_flush(x);
		strbuf_printf(&x->chain, "%s %s %s", step_value(b1, sizeof b1, l), sym[op], step_value(b2, sizeof b2, r));
	}
	x->pending = out;
	x->prec = prec;
}

/* A comparison: "962 ≥ 2000: no". */
static void trace_compare(struct explain *x, enum opcode op, const struct value *l, const struct value *r, bool v)
{
	static const char *const sym[] = { [I_EQ] = "=", [I_NE] = "≠", [I_LT] = "<",
					   [I_LE] = "≤", [I_GT] = ">", [I_GE] = "≥" };
	char b1[96], b2[96];
	trace_flush(x);
	if (trace_room(x))
		strbuf_printf(x->out, "  %s %s %s%s%s\n", step_value(b1, sizeof b1, l), sym[op], step_value(b2, sizeof b2, r),
		      _(": "), v ? _("yes") : _("no"));
}

/* A builtin: "min(7, 8) = 7". */
static void trace_builtin(struct explain *x, const char *name, struct value *const *args, int n,
			  const struct value *out)
{
	char b[96];
	trace_flush(x);
	if (!trace_room(x))
		return;
	strbuf_printf(x->out, "  %s(", name);
	for (int i = 0; i < n && i < 8; i++)
		strbuf_printf(x->out, "%s%s", i ? ", " : "", step_value(b, sizeof b, args[i]));
	strbuf_printf(x->out, "%s) = %s\n", n > 8 ? ", …" : "", step_value(b, sizeof b, out));
}

/* A line of its own: a band, a level, the items counted. */
static void trace_line(struct explain *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trace_line(struct explain *x, const char *fmt, ...)
{
	trace_flush(x);
	if (!trace_room(x))
		return;
	va_list ap;
	va_start(ap, fmt);
	struct strbuf line = { 0 };
	strbuf_vprintf(&line, fmt, ap);
	va_end(ap);
	strbuf_printf(x->out, "  %s\n", strbuf_str(&line));
	strbuf_free(&line);
}

/* ---- expressions ---- */

static int compare(const struct value *a, const struct value *b)
{
	switch (a->type) {
	case TY_NUMBER: return num_cmp(a->num, b->num);
	case TY_DATE: return (a->date > b->date) - (a->date < b->date);
	case TY_BOOL: return (int)a->boolean - (int)b->boolean;
	case TY_TEXT: {
		size_t n = a->len < b->len ? a->len : b->len;
		int c = memcmp(a->str, b->str, n);
		return c ? c : (a->len > b->len) - (a->len < b->len);
	}
	default: return 0;
	}
}

/* Limbs past which a number computed in a slot is let go once its
 * indicator is scored (4096 bits: longer than any number a real table
 * has), so that a frame never pins a long number in every slot. */
#define EVAL_BIG_LIMBS 64

/* Notes that slot may hold a long number now. */
static void note_big(struct eval *ev, int slot)
{
	const struct value *v = &ev->slots[slot];
	if (mpz_size(mpq_numref(v->num)) + mpz_size(mpq_denref(v->num)) <= EVAL_BIG_LIMBS ||
	    ev->slot_flags[slot])
		return;
	ev->slot_flags[slot] |= SLOT_BIG;
	ev->big[ev->nbig++] = slot;
}

/* Lets go of the long numbers noted while scoring indicator ind, except in
 * the slots that must keep their value for the rest of the unit (inputs,
 * lets) or for the report (the indicator's actual and target: no other
 * indicator's can be among the slots noted for this one). */
static void release_big(struct eval *ev, const struct item *ind)
{
	const struct ind_result *res = &ev->ind[ind->index];
	for (int i = 0; i < ev->nbig; i++) {
		int slot = ev->big[i];
		struct value *v = &ev->slots[slot];
		ev->slot_flags[slot] &= (unsigned char)~SLOT_BIG;
		if (ev->slot_flags[slot] & SLOT_KEEP)
			continue;
		if (res->actual == v || res->target == v)
			continue;
		mpq_clear(v->num);
		mpq_init(v->num);
		v->type = TY_UNKNOWN;
	}
	ev->nbig = 0;
}

/* Whether l OP r stays within EVAL_MAX_BITS: the result's numerator and
 * denominator each have at most as many bits as both operands together
 * (a/b + c/d = (ad + bc) / bd), which is checked before GMP is asked to
 * make them.  Reports the error otherwise. */
static bool size_ok(struct eval *ev, const struct expr *e, const struct value *l, const struct value *r)
{
	/* in limbs first: cheap, and enough for every number of a real table */
	size_t ll = mpz_size(mpq_numref(l->num)) + mpz_size(mpq_denref(l->num));
	size_t rl = mpz_size(mpq_numref(r->num)) + mpz_size(mpq_denref(r->num));
	size_t limbs = ll + rl;
	/* the work of GMP on long numbers grows with the product of their
	 * lengths: the steps the checker counted assume short ones */
	ev->limb_work += (uint64_t)(ll ? ll : 1) * (rl ? rl : 1);
	if (ev->limb_work > EVAL_MAX_LIMB_WORK) {
		rt_error(ev, e->span, D_NUMBER_SIZE, "the numbers of this unit are too long to compute with "
			 "in reasonable time ('%s' on numbers of %zu and %zu words)", ast_op_name(e->op), ll, rl);
		diag_help(ev->diag, "every operation on long numbers counts against a limit of %llu "
			  "word products per unit", (unsigned long long)EVAL_MAX_LIMB_WORK);
		return false;
	}
	if (limbs * GMP_NUMB_BITS <= EVAL_MAX_BITS)
		return true;
	STATS_WORK(limbs / 64);
	size_t num = mpz_sizeinbase(mpq_numref(l->num), 2) + mpz_sizeinbase(mpq_denref(r->num), 2);
	size_t den = mpz_sizeinbase(mpq_denref(l->num), 2) + mpz_sizeinbase(mpq_numref(r->num), 2);
	if (e->op != OP_DIV) {
		num = mpz_sizeinbase(mpq_numref(l->num), 2) + mpz_sizeinbase(mpq_numref(r->num), 2) +
		      (e->op == OP_MUL ? 0 : mpz_sizeinbase(mpq_denref(l->num), 2) +
					     mpz_sizeinbase(mpq_denref(r->num), 2));
		den = mpz_sizeinbase(mpq_denref(l->num), 2) + mpz_sizeinbase(mpq_denref(r->num), 2);
	}
	if (num <= EVAL_MAX_BITS + 1 && den <= EVAL_MAX_BITS)
		return true;
	rt_error(ev, e->span, D_NUMBER_SIZE, "'%s' would make a number of about %zu digits, more than %d",
		 ast_op_name(e->op), (num > den ? num : den) * 30103 / 100000,
		 EVAL_MAX_BITS * 30103 / 100000);
	diag_help(ev->diag, "numbers in evaluation have at most %d digits above and below the fraction bar",
		  EVAL_MAX_BITS * 30103 / 100000);
	return false;
}

/* Copies value v into out (a call's result into the call's own slot). */
static void set_value(struct value *out, const struct value *v)
{
	out->type = v->type;
	out->percent = v->percent;
	if (v->type == TY_NUMBER)
		num_set(out->num, v->num);
	out->picked = v->picked;
	out->str = v->str;
	out->len = v->len;
	out->date = v->date;
	out->boolean = v->boolean;
	out->list = v->list;
	out->nitems = v->nitems;
}

/* Runs the block b of code k (an expression root); returns where its value
 * is, or NULL after reporting an error.  Calls and lets run their own
 * blocks from here: the depth of that is bounded by the checker (reach,
 * AST_MAX_DEPTH). */
static struct value *run(struct eval *ev, const struct code *k, struct block b)
{
	struct value *S = ev->slots, **R = ev->result;
	const struct insn *code = k->insns;
	for (uint32_t pc = b.start;; pc++) {
		const struct insn *in = &code[pc];
		struct value *out = &S[in->dst];
		switch ((enum opcode)in->op) {
		case I_NEG:
			out->type = TY_NUMBER;
			out->percent = in->percent;
			mpq_neg(out->num, R[in->a]->num);
			note_big(ev, in->dst);
			break;
		case I_NOT:
			out->type = TY_BOOL;
			out->boolean = !R[in->a]->boolean;
			break;
		case I_ADD: case I_SUB: case I_MUL: case I_DIV: {
			const struct value *l = R[in->a], *r = R[in->b];
			if (!size_ok(ev, in->src, l, r))
				return NULL;
			switch ((enum opcode)in->op) {
			case I_ADD: num_add(out->num, l->num, r->num); break;
			case I_SUB: num_sub(out->num, l->num, r->num); break;
			case I_MUL: num_mul(out->num, l->num, r->num); break;
			default:
				if (mpq_sgn(r->num) == 0) {
					divide_by_zero(ev, in->src, l);
					return NULL;
				}
				num_div(out->num, l->num, r->num);
				break;
			}
			out->type = TY_NUMBER;
			out->percent = in->percent;
			note_big(ev, in->dst);
			if (ev->trace)
				trace_arith(ev->trace, (enum opcode)in->op, l, r, out);
			break;
		}
		case I_EQ: case I_NE: case I_LT: case I_LE: case I_GT: case I_GE: {
			int c = compare(R[in->a], R[in->b]);
			bool v = false;
			switch ((enum opcode)in->op) {
			case I_EQ: v = c == 0; break;
			case I_NE: v = c != 0; break;
			case I_LT: v = c < 0; break;
			case I_LE: v = c <= 0; break;
			case I_GT: v = c > 0; break;
			default: v = c >= 0; break;
			}
			out->type = TY_BOOL;
			out->boolean = v;
			if (ev->trace && (R[in->a]->type == TY_NUMBER || R[in->a]->type == TY_DATE))
				trace_compare(ev->trace, (enum opcode)in->op, R[in->a], R[in->b], v);
			break;
		}
		case I_TEST:
			out->type = TY_BOOL;
			out->boolean = R[in->a]->boolean;
			if (out->boolean == (in->b != 0))
				pc = in->target - 1;
			break;
		case I_BOOL:
			out->type = TY_BOOL;
			out->boolean = R[in->a]->boolean;
			break;
		case I_JUMP:
			pc = in->target - 1;
			break;
		case I_UNLESS:
			if (!R[in->a]->boolean)
				pc = in->target - 1;
			break;
		case I_PICK:
			R[in->dst] = R[in->a];
			break;
		case I_ARG:
			R[in->dst] = ev->call->args[in->b];
			break;
		case I_LET: {
			/* computed once per unit into the slot of its value, which
			 * keeps it (SLOT_KEEP); a value that is another node's (an
			 * input, a let, the branch an if takes) is copied there */
			const struct let *l = ev->prog->lets.items[in->b];
			struct value *own = &S[l->value->slot];
			if (ev->let_gen[l->index] != ev->generation) {
				struct value *v = run(ev, ev->prog->code, ev->prog->code->lets[l->index]);
				if (!v)
					return NULL;
				if (v != own) {
					set_value(own, v);
					own->percent = l->value->percent || v->percent;
				}
				ev->let_gen[l->index] = ev->generation;
			}
			R[in->dst] = own;
			break;
		}
		case I_BUILTIN: {
			struct value *args[EVAL_MAX_ARGS];
			for (int i = 0; i < in->n; i++)
				args[i] = R[k->operands[in->b + i]];
			out->type = TY_NUMBER;
			out->percent = in->percent;
			in->builtin->fn(out, args, in->n);
			note_big(ev, in->dst);
			if (ev->trace)
				trace_builtin(ev->trace, in->builtin->name, args, in->n, out);
			break;
		}
		case I_CALL: {
			/* run the function's one block over these arguments; its
			 * result is copied out, since its slots are the body's
			 * (and may be let go, see note_big) */
			struct value **argv = ev->argv + in->argbase;
			for (int i = 0; i < in->n; i++)
				argv[i] = R[k->operands[in->b + i]];
			struct call_frame fr = { in->src, argv, ev->call };
			const struct expr *site = ev->site;
			if (!site && in->from_stdlib)
				ev->site = in->src;
			ev->call = &fr;
			struct value *v = run(ev, in->func->code, in->func->body);
			ev->call = fr.up;
			ev->site = site;
			if (!v)
				return NULL;
			set_value(out, v);
			out->percent = in->percent;
			if (out->type == TY_NUMBER)
				note_big(ev, in->dst);
			break;
		}
		case I_NO_CASE:
			rt_error(ev, in->src->span, D_NO_CASE, "no case matches and there is no 'else'");
			return NULL;
		case I_RET:
			return R[in->a];
		}
	}
}

/* The value of block b of the template's code, or NULL after an error. */
static struct value *run_block(struct eval *ev, struct block b)
{
	return run(ev, ev->prog->code, b);
}


/* ---- table rules ---- */

/* Whether a falls in band i of indicator ind. */
static bool in_band(struct eval *ev, const struct item *ind, int i, struct value *a, bool *ok)
{
	const struct band *b = ind->scoring->entries.items[i];
	const struct ind_code *ic = &ev->prog->code->ind[ind->index];
	*ok = true;
	if (b->is_else)
		return true;
	if (b->lo.value) {
		struct value *lo = run_block(ev, ic->band_lo[i]);
		if (!lo)
			return *ok = false;
		int c = num_cmp(a->num, lo->num);
		if (c < 0 || (c == 0 && !b->lo.closed))
			return false;
	}
	if (b->hi.value) {
		struct value *hi = run_block(ev, ic->band_hi[i]);
		if (!hi)
			return *ok = false;
		int c = num_cmp(a->num, hi->num);
		if (c > 0 || (c == 0 && !b->hi.closed))
			return false;
	}
	return true;
}

static bool score_bands(struct eval *ev, struct item *ind, struct value *a, mpq_t raw)
{
	struct rule *r = ind->scoring;
	for (int i = 0; i < r->entries.n; i++) {
		bool ok;
		if (!in_band(ev, ind, i, a, &ok)) {
			if (!ok)
				return false;
			continue;
		}
		struct value *pts = run_block(ev, ev->prog->code->ind[ind->index].band_points[i]);
		if (!pts)
			return false;
		num_set(raw, pts->num);
		if (ev->trace) {
			const struct band *b = r->entries.items[i];
			const struct source *src = ev->prog->src;
			char v1[96], v2[96];
			if (b->is_else)
				trace_line(ev->trace, _("%s falls in no other band: 'else', %s points"),
					   step_value(v1, sizeof v1, a), step_value(v2, sizeof v2, pts));
			else
				trace_line(ev->trace, _("%s is in the band %.*s: %s points"), step_value(v1, sizeof v1, a),
					   (int)(b->span.end - b->span.start), src->text + b->span.start,
					   step_value(v2, sizeof v2, pts));
		}
		return true;
	}
	char buf[SHOW_CAP];
	rt_error(ev, r->span, D_NO_BAND, "%s falls in no band", show(buf, sizeof buf, a));
	diag_help(ev->diag, "the row is pending (待核实), the rest of the unit is scored; if the standard says "
			    "what this value scores, add a band for it, or an 'else:' band");
	return false;
}

static struct item_points *find_entry(struct rule *r, const char *s, size_t len)
{
	if (r->entries.n <= 8) { /* a few: comparing beats hashing */
		for (int i = 0; i < r->entries.n; i++) {
			struct item_points *e = r->entries.items[i];
			if ((len ? e->name[0] == s[0] : !e->name[0]) && strlen(e->name) == len &&
			    memcmp(e->name, s, len) == 0)
				return e;
		}
		return NULL;
	}
	return names_findn(&r->entry_names, NULL, s, len);
}

/* Adds "did you mean" to the error just reported for the unknown entry s,
 * or else lists the choices (the first NAMES_SHOWN of them).  Only for an
 * error that was shown. */
static void suggest_entry(struct eval *ev, struct rule *r, const char *s, size_t len)
{
	if (ev->diag->muted)
		return;
	int n = r->entries.n;
	const char **names = malloc(((size_t)n + 1) * sizeof *names);
	char *name = malloc(len + 1);
	STATS_WORK(n);
	if (names && name) {
		for (int i = 0; i < n; i++)
			names[i] = ((struct item_points *)r->entries.items[i])->name;
		memcpy(name, s, len);
		name[len] = '\0';
	}
	if (!names || !name || !diag_suggest(ev->diag, name, names, (size_t)n)) {
		struct strbuf list = { 0 };
		for (int i = 0; i < n && i < NAMES_SHOWN; i++)
			strbuf_printf(&list, "%s%s", i ? ", " : "", ((struct item_points *)r->entries.items[i])->name);
		if (n > NAMES_SHOWN)
			strbuf_printf(&list, _(" and %d more"), n - NAMES_SHOWN);
		diag_help(ev->diag, "the choices are: %s", strbuf_str(&list));
		strbuf_free(&list);
	}
	free(names);
	free(name);
}

static bool score_checklist(struct eval *ev, struct item *ind, struct value *a, mpq_t raw)
{
	struct rule *r = ind->scoring;
	mpq_set_ui(raw, 0, 1);
	bool ok = true;
	if (++ev->seen_round == 0) { /* wrapped: start afresh */
		memset(ev->seen, 0, (size_t)ev->nseen * sizeof *ev->seen);
		ev->seen_round = 1;
	}
	STATS_WORK(a->nitems);
	const unsigned char *p = a->list;
	for (int i = 0; i < a->nitems; i++) {
		size_t len;
		const char *s = eval_list_next(&p, &len);
		struct item_points *e = find_entry(r, s, len);
		if (!e) {
			rt_error_text(ev, r->span, D_UNKNOWN_ITEM, "\"%s\" is not an item of its checklist",
				      s, len);
			if (!ev->diag->muted)
				suggest_entry(ev, r, s, len);
			ok = false;
			continue;
		}
		bool dup = ev->seen[e->index] == ev->seen_round;
		ev->seen[e->index] = ev->seen_round;
		if (dup) {
			rt_error_text(ev, r->span, D_DUPLICATE_ITEM, "\"%s\" is listed twice", s, len);
			ok = false;
			continue;
		}
		num_add(raw, raw, e->lo_q);
		if (ev->trace) {
			char b1[64];
			trace_line(ev->trace, _("item %s met: %s points"), e->name, fmt_q(b1, sizeof b1, e->lo_q));
		}
	}
	if (ev->trace && ok) {
		char b1[64];
		trace_line(ev->trace, _("%d of %d items met: %s points"), a->nitems, r->entries.n,
			   fmt_q(b1, sizeof b1, raw));
	}
	return ok;
}

static bool score_grade(struct eval *ev, struct item *ind, struct value *a, mpq_t raw)
{
	struct rule *r = ind->scoring;
	struct item_points *e = find_entry(r, a->str, a->len);
	char b1[64], b2[64], b3[64];
	if (!e) {
		rt_error_text(ev, r->span, D_UNKNOWN_LEVEL, "\"%s\" is not one of its levels",
			      a->str, a->len);
		suggest_entry(ev, r, a->str, a->len);
		return false;
	}
	bool range = mpq_cmp(e->lo_q, e->hi_q) != 0 || e->hi_open;
	if (!a->picked) {
		if (range) {
			rt_error(ev, r->span, D_PICK_SCORE, "level %s gives [%s, %s%c points: the data must pick the score",
				 e->name, fmt_q(b1, sizeof b1, e->lo_q), fmt_q(b2, sizeof b2, e->hi_q),
				 e->hi_open ? ')' : ']');
			diag_help(ev->diag, "give {\"level\": \"%s\", \"score\": N}", e->name);
			return false;
		}
		num_set(raw, e->lo_q);
		if (ev->trace)
			trace_line(ev->trace, _("level %s: %s points"), e->name, fmt_q(b1, sizeof b1, e->lo_q));
		return true;
	}
	int hi = num_cmp(a->num, e->hi_q);
	if (num_cmp(a->num, e->lo_q) < 0 || hi > 0 || (hi == 0 && e->hi_open)) {
		if (range)
			rt_error(ev, r->span, D_PICK_SCORE, "score %s is outside [%s, %s%c, the range of level %s",
				 fmt_q(b3, sizeof b3, a->num), fmt_q(b1, sizeof b1, e->lo_q),
				 fmt_q(b2, sizeof b2, e->hi_q), e->hi_open ? ')' : ']', e->name);
		else
			rt_error(ev, r->span, D_PICK_SCORE, "level %s gives %s points, not %s",
				 e->name, fmt_q(b1, sizeof b1, e->lo_q), fmt_q(b3, sizeof b3, a->num));
		return false;
	}
	num_set(raw, a->num);
	if (ev->trace)
		trace_line(ev->trace, _("level %s, [%s, %s%c points: the data picks %s"), e->name,
			   fmt_q(b1, sizeof b1, e->lo_q), fmt_q(b2, sizeof b2, e->hi_q), e->hi_open ? ')' : ']',
			   fmt_q(b3, sizeof b3, a->num));
	return true;
}

static bool score_judged_(struct eval *ev, struct item *ind, struct value *a, mpq_t raw);

static bool score_judged(struct eval *ev, struct item *ind, struct value *a, mpq_t raw)
{
	bool ok = score_judged_(ev, ind, a, raw);
	if (ok && ev->trace) {
		char b1[64];
		trace_line(ev->trace, _("judged by the evaluator: %s points"), fmt_q(b1, sizeof b1, raw));
	}
	return ok;
}

static bool score_judged_(struct eval *ev, struct item *ind, struct value *a, mpq_t raw)
{
	struct rule *r = ind->scoring;
	char b1[64], b2[64], b3[64];
	/* the range: judged a..b, or 0..the weight; read where it is, with no
	 * number of its own (scoring allocates nothing per unit) */
	mpq_srcptr lo = NULL, hi = ind->weight; /* lo NULL: 0 */
	bool ok = true;
	if (r->a) {
		const struct ind_code *ic = &ev->prog->code->ind[ind->index];
		struct value *l = run_block(ev, ic->judged_lo), *h = l ? run_block(ev, ic->judged_hi) : NULL;
		ok = l && h;
		if (ok) {
			lo = l->num;
			hi = h->num;
		}
	}
	if (ok && ((lo ? num_cmp(a->num, lo) : mpq_sgn(a->num)) < 0 || num_cmp(a->num, hi) > 0)) {
		rt_error(ev, ind->input ? ind->input->span : r->span, D_JUDGED_RANGE,
			 "the judged score %s is outside %s..%s", fmt_q(b1, sizeof b1, a->num),
			 lo ? fmt_q(b2, sizeof b2, lo) : "0", fmt_q(b3, sizeof b3, hi));
		ok = false;
	}
	if (ok)
		num_set(raw, a->num);
	return ok;
}

/* Whether the row does not count: "/" in the template or in the data. */
static bool inapplicable(const struct eval *ev, const struct item *ind)
{
	return ind->inapplicable || ev->row[ind->index].inapplicable;
}

/* Applies the data's score to a scored row: an override of the rule's
 * score, except for judged rows and picked levels, whose rule already took
 * it.  Then enforces `require reason`. */
static bool apply_row(struct eval *ev, struct item *ind)
{
	struct ind_result *res = &ev->ind[ind->index];
	struct row_data *row = &ev->row[ind->index];
	char b1[64], b2[64], b3[64];
	num_set(res->rule, res->score);
	res->overridden = false;
	bool taken = ind->scoring->kind == RULE_JUDGED ||
		     (ind->scoring->kind == RULE_GRADE && res->actual && res->actual->picked);
	if (row->has_score && !taken) {
		if (mpq_sgn(row->score) < 0 || num_cmp(row->score, ind->weight) > 0) {
			rt_error(ev, ind->name_span, D_SCORE_RANGE,
				 "the score %s given in the data is outside [0, %s]",
				 fmt_q(b1, sizeof b1, row->score), fmt_q(b2, sizeof b2, ind->weight));
			return false;
		}
		res->overridden = num_cmp(row->score, res->score) != 0;
		num_set(res->score, row->score);
	}
	if (ev->prog->require_reason && !row->reason && num_cmp(res->score, ind->weight) < 0) {
		res->unreasoned = true; /* the row is left pending: its remark says why */
		rt_error(ev, ind->name_span, D_NO_REASON, "scored %s of %s%s, without a reason (偏差原因)",
			 fmt_q(b1, sizeof b1, res->score), fmt_q(b2, sizeof b2, ind->weight),
			 res->overridden ? " by the data" : "");
		if (res->overridden)
			diag_help(ev->diag, "the rule gives %s; the template requires a reason for every score below full marks",
				  fmt_q(b3, sizeof b3, res->rule));
		else
			diag_help(ev->diag, "the template requires a reason for every score below full marks: "
				  "give {%s\"reason\": \"...\"} in the data",
				  ind->scoring && ind->scoring->kind == RULE_JUDGED ? "\"actual\": ..., \"score\": N, "
				  : ind->input && ind->input->owner == ind ? "\"actual\": ..., " : "");
		return false;
	}
	return true;
}

/* Scores a row whose value the unit marks with eval_marks[mark] (未填报,
 * ...) as its `missing` policy says: 0, left out of the total, or pending
 * (an error, reported when the value was given). */
static void score_marked(struct eval *ev, struct item *ind, int mark)
{
	struct ind_result *res = &ev->ind[ind->index];
	res->mark = eval_marks[mark];
	res->actual = res->target = NULL;
	res->overridden = false;
	mpq_set_ui(res->raw, 0, 1);
	mpq_set_ui(res->rule, 0, 1);
	mpq_set_ui(res->score, 0, 1);
	res->applicable = ind->missing == MISSING_ZERO || ind->missing == MISSING_ERROR;
	res->rescale = ind->missing == MISSING_RESCALE;
	res->pending = ind->missing == MISSING_ERROR;
	res->ok = !res->pending;
	const struct row_data *row = &ev->row[ind->index];
	if (row->has_score && !res->pending) {
		/* the data's score for the row overrides what the policy gives */
		char b1[64], b2[64];
		if (mpq_sgn(row->score) < 0 || num_cmp(row->score, ind->weight) > 0) {
			rt_error(ev, ind->name_span, D_SCORE_RANGE, "the score %s given in the data is outside [0, %s]",
				 fmt_q(b1, sizeof b1, row->score), fmt_q(b2, sizeof b2, ind->weight));
			res->pending = res->doubt = true;
			res->applicable = true;
			res->ok = false;
			return;
		}
		res->applicable = true;
		res->rescale = false;
		res->overridden = true;
		num_set(res->score, row->score);
	}
}

/* Scores one indicator into ev->ind[ind->index]. */
static bool eval_indicator(struct eval *ev, struct item *ind)
{
	struct ind_result *res = &ev->ind[ind->index];
	struct program *p = ev->prog;
	ev->cur = ind;
	res->ok = false;
	res->applicable = !inapplicable(ev, ind);
	res->overridden = false;
	res->actual = res->target = NULL;
	if (!res->applicable) {
		res->actual = res->target = NULL;
		mpq_set_ui(res->raw, 0, 1);
		mpq_set_ui(res->rule, 0, 1);
		mpq_set_ui(res->score, 0, 1);
		return res->ok = true;
	}
	const struct ind_code *ic = &p->code->ind[ind->index];
	/* the target first when the actual reads it, else the actual first
	 * (its error is the one reported when both fail) */
	bool target = ind->target.lo && ind->target.is != TG_TEXT;
	res->target = NULL;
	if (target && ic->target_first) {
		res->target = run_block(ev, ic->lo);
		if (!res->target)
			return false;
	}
	res->actual = run_block(ev, ic->actual);
	if (!res->actual)
		return false;
	if (target && !ic->target_first) {
		res->target = run_block(ev, ic->lo);
		if (!res->target || (ind->target.hi && !run_block(ev, ic->hi)))
			return false;
	}
	struct rule *r = ind->scoring;
	bool ok;
	switch (r->kind) {
	case RULE_BANDS: ok = score_bands(ev, ind, res->actual, res->raw); break;
	case RULE_CHECKLIST: ok = score_checklist(ev, ind, res->actual, res->raw); break;
	case RULE_GRADE: ok = score_grade(ev, ind, res->actual, res->raw); break;
	case RULE_JUDGED: ok = score_judged(ev, ind, res->actual, res->raw); break;
	default: {
		struct value *v = run_block(ev, ic->rule);
		ok = v != NULL;
		if (ok)
			num_set(res->raw, v->num);
		break;
	}
	}
	if (!ok)
		return false;
	if (mpq_sgn(res->raw) < 0 || num_cmp(res->raw, ind->weight) > 0) {
		char b1[64], b2[64];
		rt_error(ev, r->span, D_SCORE_RANGE, "the rule gives %s, outside [0, %s]",
			 fmt_q(b1, sizeof b1, res->raw), fmt_q(b2, sizeof b2, ind->weight));
		return false;
	}
	const struct rounding *rd = ind->round.set ? &ind->round : p->round.set ? &p->round : NULL;
	if (rd)
		num_round_tmp(res->score, res->raw, rd->digits, rd->mode, &ev->round_tmp);
	else
		num_set(res->score, res->raw);
	if (!apply_row(ev, ind))
		return false;
	res->ok = true;
	return true;
}

/* Whether a scored row counts as applying for `inapplicable share`: it
 * applies, or the data marks its value (未填报) and `missing` does not
 * leave it out for a rescaling (a row left out by `missing rescale` is
 * shared out as one not applicable; one left out by `missing exclude`
 * keeps its weight, as in the total). */
static bool row_applies(const struct ind_result *res)
{
	return res->applicable || (res->mark && !res->rescale);
}

/* Whether item it (scored, and summed if a group) applies. */
static bool item_applies(const struct eval *ev, const struct item *it)
{
	if (it->kind == ITEM_GROUP)
		return !ev->share || ev->share[it->index].applies;
	return row_applies(&ev->ind[it->index]);
}

/* Marks the rows under item it, which does not apply, as shared out by
 * the group around it (each row is marked once: the groups above that
 * group apply). */
static void mark_shared(struct eval *ev, const struct item *it)
{
	STATS_WORK(1);
	if (it->kind != ITEM_GROUP) {
		ev->ind[it->index].shared = !it->inapplicable; /* (one "/" in the template has no weight) */
		return;
	}
	for (int i = 0; i < it->children.n; i++)
		mark_shared(ev, it->children.items[i]);
}

/* Adds up the scores of items (already scored) into sum; returns whether
 * rows among them are pending.  share: `inapplicable share` holds here.
 * For a group (gs, its weight; NULL at the top), under share and with a
 * row not applicable, the subtotal is rescaled over the weights of the
 * rows that apply, Σ得分 / Σ适用分值 × the group's weight, rounded as the
 * scores are: the weight of a row not applicable is shared out among the
 * others in proportion (分值按比例分配至同级指标).  A group in which
 * nothing applies is itself not applicable where it stands. */
static bool sum_group(struct eval *ev, const struct vec *items, bool share, mpq_t sum,
		      struct group_share *gs, mpq_srcptr weight)
{
	struct num_sum s;
	bool pending = false, applies = false;
	num_sum_start(&s);
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		if (it->kind == ITEM_GROUP) {
			int g = it->index;
			ev->group_pending[g] = sum_group(ev, &it->children, share || it->share, ev->group_score[g],
							 ev->share ? &ev->share[g] : NULL, it->weight);
			pending |= ev->group_pending[g];
			num_sum_add(&s, sum, ev->group_score[g]);
		} else {
			pending |= ev->ind[it->index].pending;
			num_sum_add(&s, sum, ev->ind[it->index].score);
		}
		applies |= item_applies(ev, it);
	}
	num_sum_end(&s, sum);
	if (!gs)
		return pending;
	gs->applies = applies;
	gs->rescaled = false;
	if (!share || !applies)
		return pending;
	struct num_sum b;
	num_sum_start(&b);
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		if (item_applies(ev, it))
			num_sum_add(&b, gs->base, it->weight);
		else
			mark_shared(ev, it);
	}
	num_sum_end(&b, gs->base);
	if (num_cmp(gs->base, weight) == 0 || mpq_sgn(gs->base) == 0)
		return pending;
	gs->rescaled = true;
	num_set(gs->raw, sum);
	num_div(sum, sum, gs->base);
	num_mul(sum, sum, weight);
	const struct program *p = ev->prog;
	if (p->round.set)
		num_round_tmp(sum, sum, p->round.digits, p->round.mode, &ev->round_tmp);
	return pending;
}

/* Adds to ev->base (through b) the weights of items that a rescaled total
 * is over: all but those of rows left out under a rescaling policy
 * (`inapplicable rescale`, `missing rescale`, and at the top under
 * `inapplicable share`).  The weight of a row not applicable in a group
 * that shares it out is in the base: the group's subtotal took it.
 * share: `inapplicable share` holds here; shares: and something here
 * applies. */
static void add_base(struct eval *ev, const struct vec *items, bool share, bool shares, bool top,
		     struct num_sum *b)
{
	const struct program *p = ev->prog;
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		bool inner = share || (it->kind == ITEM_GROUP && it->share);
		STATS_WORK(1);
		if (item_applies(ev, it)) {
			if (it->kind == ITEM_GROUP)
				add_base(ev, &it->children, inner, inner, false, b);
			else
				num_sum_add(b, ev->base, it->weight);
		} else if (shares) {
			if (!top) /* shared out in its group: in the subtotal */
				num_sum_add(b, ev->base, it->weight);
		} else if (it->kind == ITEM_GROUP) {
			add_base(ev, &it->children, inner, false, false, b); /* its rows say */
		} else if (!(ev->ind[it->index].mark ? ev->ind[it->index].rescale : p->rescale || p->share)) {
			/* (under `share` at the top, a row here is not applicable
			 * where nothing around it applies: the total has none) */
			num_sum_add(b, ev->base, it->weight);
		}
	}
}

/* A missing input and an indicator that needs it. */
struct need {
	int input, indicator;
};

static int need_cmp(const void *x, const void *y)
{
	const struct need *a = x, *b = y;
	if (a->input != b->input)
		return (a->input > b->input) - (a->input < b->input);
	return (a->indicator > b->indicator) - (a->indicator < b->indicator);
}

/* Reports every missing input once, naming the indicators that need it
 * (the first NAMES_SHOWN of them): one pass over the indicators'
 * dependencies lists the pairs, sorted by input. */
static int report_missing(struct eval *ev)
{
	struct program *p = ev->prog;
	size_t n = 0, cap = 0;
	struct need *pairs = NULL;
	int missing = 0;
	for (int i = 0; i < p->inputs.n; i++)
		missing += ev->present[i] == INPUT_MISSING;
	if (!missing)
		return 0;
	for (int j = 0; j < p->indicators.n; j++) {
		struct item *ind = p->indicators.items[j];
		if (inapplicable(ev, ind))
			continue;
		STATS_WORK(ind->deps.n);
		for (int d = 0; d < ind->deps.n; d++) {
			struct input *in = ind->deps.items[d];
			if (ev->present[in->index] != INPUT_MISSING)
				continue;
			if (n == cap) {
				size_t ncap = cap ? 2 * cap : 64;
				struct need *more = realloc(pairs, ncap * sizeof *more);
				if (!more) {
					free(pairs);
					diag_report(ev->diag, NULL, SPAN_START, D_MEMORY,
						    "out of memory listing the missing values");
					return 1;
				}
				pairs = more;
				cap = ncap;
			}
			pairs[n++] = (struct need){ in->index, j };
		}
	}
	if (n)
		qsort(pairs, n, sizeof *pairs, need_cmp);
	int errors = 0;
	for (size_t i = 0; i < n;) {
		size_t k = i;
		while (k < n && pairs[k].input == pairs[i].input)
			k++;
		struct input *in = p->inputs.items[pairs[i].input];
		size_t count = k - i;
		if (in->owner && count == 1 && in->owner->input == in && in->owner->scoring &&
		    in->owner->scoring->kind == RULE_JUDGED) {
			/* what the table shows may be there: the score is not */
			diag_report(ev->diag, p->src, in->span, D_MISSING_VALUE,
				    "indicator %s is judged: the data must give its score", in->name);
			diag_help(ev->diag, "write {\"actual\": ..., \"score\": N}; in a CSV file, a column %s.得分",
				  in->name);
		} else if (in->owner && count == 1 && in->owner->input == in) {
			diag_report(ev->diag, p->src, in->span, D_MISSING_VALUE,
				    "indicator %s: no value in the data", in->name);
		} else {
			struct strbuf names = { 0 };
			for (size_t m = i; m < k && m < i + NAMES_SHOWN; m++)
				strbuf_printf(&names, "%s%s", m > i ? ", " : "",
					      ((struct item *)p->indicators.items[pairs[m].indicator])->name);
			if (count > NAMES_SHOWN)
				strbuf_printf(&names, _(" and %d more"), (int)(count - NAMES_SHOWN));
			diag_report(ev->diag, p->src, in->span, D_MISSING_VALUE,
				    "no value for input %s, needed by indicator%s %s", in->name,
				    count == 1 ? "" : "s", strbuf_str(&names));
			strbuf_free(&names);
		}
		errors++;
		i = k;
	}
	free(pairs);
	return errors;
}

/* Clears what the last unit said of a row's state: pending, marked. */
static void forget_marks(struct ind_result *res)
{
	res->pending = res->rescale = res->doubt = res->unreasoned = res->shared = false;
	res->mark = NULL;
}

/* An input the data does not give takes its default, if it has one. */
static void fill_default(struct eval *ev, struct input *in)
{
	if (ev->present[in->index] != INPUT_MISSING || !in->dflt)
		return;
	struct value *v = run_block(ev, ev->prog->code->dflt[in->index]);
	if (!v)
		return;
	struct value *slot = &ev->slots[in->slot];
	slot->type = v->type;
	slot->percent = in->percent;
	num_set(slot->num, v->num);
	slot->str = v->str;
	slot->len = v->len;
	slot->date = v->date;
	slot->boolean = v->boolean;
	ev->present[in->index] = INPUT_OK;
}

int eval_run(struct eval *ev)
{
	struct program *p = ev->prog;
	int before = ev->diag->errors;
	ev->generation++;
	ev->limb_work = 0;
	ev->cur = NULL;
	/* defaults fill what the data left out */
	for (int i = 0; i < p->inputs.n; i++)
		fill_default(ev, p->inputs.items[i]);
	report_missing(ev);
	int loaded = ev->row_errors; /* values marked 未填报, reported when read */
	int row_errors = 0; /* this run's errors that leave a row pending */
	ev->fatal = false;
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *ind = p->indicators.items[i];
		struct ind_result *res = &ev->ind[i];
		bool ready = true;
		int mark = -1;
		for (int d = 0; d < ind->deps.n && !inapplicable(ev, ind); d++) {
			int k = ((struct input *)ind->deps.items[d])->index;
			if (ev->present[k] == INPUT_MARKED && mark < 0)
				mark = ev->mark[k];
			ready &= ev->present[k] == INPUT_OK || ev->present[k] == INPUT_MARKED;
		}
		ready &= !ev->row[i].bad_score; /* its error is reported: nothing to add */
		res->ok = false;
		forget_marks(res);
		ev->diag->about = ind->order + 1; /* what its errors are about */
		if (ready && mark >= 0) {
			int errors = ev->diag->errors;
			ev->cur = ind;
			score_marked(ev, ind, mark);
			ev->cur = NULL;
			row_errors += ev->diag->errors - errors; /* a score out of range: pending */
		} else if (ready) {
			int errors = ev->diag->errors;
			if (!eval_indicator(ev, ind) && !ev->fatal && ev->diag->errors > errors) {
				/* the rule cannot score this value: the row waits
				 * for it to be checked, the rest is scored */
				row_errors += ev->diag->errors - errors;
				res->pending = res->doubt = true;
				res->applicable = true;
				res->mark = eval_marks[EVAL_MARK_DOUBT];
				res->overridden = false;
				mpq_set_ui(res->raw, 0, 1);
				mpq_set_ui(res->rule, 0, 1);
				mpq_set_ui(res->score, 0, 1);
			}
		}
		ev->diag->about = 0;
		if (ev->nbig)
			release_big(ev, ind);
	}
	ev->cur = NULL;
	ev->row_errors += row_errors;
	int errors = ev->diag->errors - before - row_errors;
	if (loaded) {
		/* a value marked 未填报 was an error (reported when read); one no
		 * row is pending for (the rows that need it do not apply) is the
		 * unit's: the inputs of the rows pending for a mark are flagged
		 * (INPUT_COVERED) for a moment, to find those that are not */
		for (int i = 0; i < p->indicators.n; i++) {
			const struct item *ind = p->indicators.items[i];
			if (!ev->ind[i].pending || ev->ind[i].doubt)
				continue;
			STATS_WORK(ind->deps.n);
			for (int d = 0; d < ind->deps.n; d++) {
				int k = ((struct input *)ind->deps.items[d])->index;
				if (ev->present[k] == INPUT_MARKED)
					ev->present[k] |= INPUT_COVERED;
			}
		}
		int uncovered = 0;
		for (int k = 0; k < p->inputs.n; k++) {
			uncovered += ev->present[k] == INPUT_MARKED &&
				     ((struct input *)p->inputs.items[k])->marked_error;
			ev->present[k] &= (unsigned char)~INPUT_COVERED;
		}
		if (uncovered > loaded)
			uncovered = loaded;
		ev->row_errors -= uncovered;
		errors += uncovered;
	}
	if (errors)
		return errors;
	/* a value that could not be read was reported when it was given: the
	 * indicators that need it are not scored, and neither is the unit
	 * (counted once, by who reported it) */
	for (int i = 0; i < p->inputs.n; i++)
		if (ev->present[i] == INPUT_BAD)
			return -1;
	sum_group(ev, &p->items, p->share, ev->sum, NULL, p->total);
	/* the applicable weights; and whether a row is left out that a total
	 * may be rescaled for (add_base says whether it is) */
	struct num_sum weights;
	num_sum_start(&weights);
	bool left = false, applies = false;
	ev->incomplete = false;
	for (int i = 0; i < p->indicators.n; i++) {
		const struct ind_result *res = &ev->ind[i];
		const mpq_t *w = &((struct item *)p->indicators.items[i])->weight;
		if (res->applicable)
			num_sum_add(&weights, ev->applicable, *w);
		left |= res->mark ? res->rescale : !res->applicable && (p->rescale || p->share);
		ev->incomplete |= res->pending;
	}
	num_sum_end(&weights, ev->applicable);
	if (left) {
		for (int i = 0; i < p->items.n && !applies; i++)
			applies = item_applies(ev, p->items.items[i]);
		struct num_sum base;
		num_sum_start(&base);
		add_base(ev, &p->items, p->share, p->share && applies, true, &base);
		num_sum_end(&base, ev->base);
	} else {
		num_set(ev->base, p->total);
	}
	num_set(ev->total, ev->sum);
	ev->rescaled = left && mpq_cmp(ev->base, p->total) != 0;
	if (ev->rescaled) {
		/* Σ得分 / Σ适用分值 × 总分, rounded as the scores are */
		if (mpq_sgn(ev->base) == 0) {
			diag_report(ev->diag, p->src, p->title_span, D_INAPPLICABLE,
				    "no indicator applies: the total cannot be rescaled");
			return 1;
		}
		num_div(ev->total, ev->sum, ev->base);
		num_mul(ev->total, ev->total, p->total);
		if (p->round.set)
			num_round_tmp(ev->total, ev->total, p->round.digits, p->round.mode, &ev->round_tmp);
	}
	ev->grade = NULL;
	for (int i = 0; i < p->grades.n && !ev->incomplete; i++) {
		struct grade_band *g = p->grades.items[i];
		if (num_cmp(ev->total, g->min_q) >= 0) {
			ev->grade = g->name;
			break;
		}
	}
	return 0;
}

int eval_row(struct eval *ev, int i)
{
	struct program *p = ev->prog;
	struct item *ind = p->indicators.items[i];
	struct ind_result *res = &ev->ind[i];
	int before = ev->diag->errors;
	ev->limb_work = 0;
	ev->fatal = false;
	/* defaults fill what is not given, for the values this row reads */
	for (int d = 0; d < ind->deps.n; d++)
		fill_default(ev, ind->deps.items[d]);
	forget_marks(res);
	ev->diag->about = ind->order + 1;
	bool ok = eval_indicator(ev, ind);
	ev->diag->about = 0;
	ev->cur = NULL;
	if (ev->nbig)
		release_big(ev, ind);
	if (ok)
		return 0;
	return ev->diag->errors > before ? ev->diag->errors - before : 1;
}

int eval_const_arith(enum op op, mpq_t acc, mpq_srcptr r)
{
	if (mpz_sizeinbase(mpq_numref(acc), 2) + mpz_sizeinbase(mpq_denref(acc), 2) +
	    mpz_sizeinbase(mpq_numref(r), 2) + mpz_sizeinbase(mpq_denref(r), 2) > EVAL_MAX_BITS)
		return CONST_TOO_LONG;
	switch (op) {
	case OP_ADD: mpq_add(acc, acc, r); return CONST_OK;
	case OP_SUB: mpq_sub(acc, acc, r); return CONST_OK;
	case OP_MUL: mpq_mul(acc, acc, r); return CONST_OK;
	case OP_DIV:
		if (mpq_sgn(r) == 0)
			return CONST_NONE;
		mpq_div(acc, acc, r);
		return CONST_OK;
	default:
		return CONST_NONE;
	}
}

void eval_forget_let(struct eval *ev, int l)
{
	ev->let_gen[l] = ev->generation - 1; /* not this generation's */
}

/* ---- audit ---- */

bool eval_row_disagrees(const struct eval *ev, int i)
{
	const struct row_data *row = &ev->row[i];
	if (!row->has_published || ev->ind[i].pending) /* no score to compare */
		return false;
	if (!ev->ind[i].applicable)
		return true; /* a published score for a row that does not count */
	return mpq_cmp(row->published, ev->ind[i].score) != 0;
}

/* An incomplete total (rows pending) and its missing grade are no
 * findings: the rows' errors say why they are not known. */
bool eval_total_disagrees(const struct eval *ev)
{
	return ev->has_pub_total && !ev->incomplete && mpq_cmp(ev->pub_total, ev->total) != 0;
}

bool eval_grade_disagrees(const struct eval *ev)
{
	return ev->pub_grade && !ev->incomplete && (!ev->grade || strcmp(ev->pub_grade, ev->grade) != 0);
}

bool eval_row_judged(const struct eval *ev, int i)
{
	return ev->ind[i].applicable && ev->row[i].has_score && !ev->ind[i].overridden;
}

bool eval_group_disagrees(const struct eval *ev, int g)
{
	return ev->group_has_pub[g] && !ev->incomplete && mpq_cmp(ev->group_pub[g], ev->group_score[g]) != 0;
}

bool eval_max_disagrees(const struct eval *ev)
{
	return ev->has_pub_max && mpq_cmp(ev->pub_max, ev->prog->total) != 0;
}

bool eval_states(const struct program *p)
{
	if (p->total_stated)
		return true;
	for (int i = 0; i < p->groups.n; i++)
		if (((const struct item *)p->groups.items[i])->stated)
			return true;
	return false;
}

void eval_audit(const struct eval *ev, struct audit *a)
{
	a->rows = a->findings = 0;
	mpq_set_ui(a->rows_sum, 0, 1);
	for (int i = 0; i < ev->prog->indicators.n; i++) {
		if (!ev->row[i].has_published)
			continue;
		a->rows++;
		mpq_add(a->rows_sum, a->rows_sum, ev->row[i].published);
		a->findings += eval_row_disagrees(ev, i);
	}
	a->findings += eval_total_disagrees(ev) + eval_grade_disagrees(ev) + eval_max_disagrees(ev);
	for (int g = 0; g < ev->prog->groups.n; g++)
		a->findings += eval_group_disagrees(ev, g);
	a->stated = ev->prog->total_differs;
	for (int i = 0; i < ev->prog->groups.n; i++)
		a->stated += ((const struct item *)ev->prog->groups.items[i])->stated_differs;
	a->findings += a->stated;
}

/* The source text of span sp of p's template, as a string argument. */
#define SPAN_TEXT(p, sp) (int)((sp).end - (sp).start), (p)->src->text + (sp).start

int eval_explain(struct eval *ev, int i, struct strbuf *out)
{
	struct program *p = ev->prog;
	struct item *ind = p->indicators.items[i];
	struct ind_result *res = &ev->ind[i];
	const struct row_data *row = &ev->row[i];
	char b1[96], b2[96], b3[96];
	int line = 0, col = 0;
	src_linecol(p->src, ind->span.start, &line, &col);
	strbuf_printf(out, "%s (%s:%d)\n", ind->name, p->src->name, line);
	if (res->unreasoned) {
		strbuf_printf(out, _("  below full marks without a reason (偏差原因), which the template requires: "
				     "the row is pending (%s)\n"), res->mark);
		return 0;
	} else if (res->doubt && res->actual) { /* its error says why */
		char b[96];
		strbuf_printf(out, _("  actual %s: the rule cannot score it, the row is pending (%s)\n"),
			      step_value(b, sizeof b, res->actual), res->mark);
		return 0;
	} else if (res->doubt) {
		strbuf_printf(out, _("  the rule cannot score this unit's values: the row is pending (%s)\n"), res->mark);
		return 0;
	} else if (res->pending) {
		strbuf_printf(out, _("  marked %s: no score, the row is pending\n"), res->mark);
		return 0;
	} else if (res->mark && res->overridden) {
		char b[96];
		strbuf_printf(out, _("  marked %s: the data gives the score, %s\n"), res->mark,
			      fmt_q(b, sizeof b, res->score));
		return 0;
	} else if (res->mark) {
		strbuf_printf(out, res->applicable ? _("  marked %s: scores 0 (missing zero)\n")
				   : res->shared ? _("  marked %s: left out, its weight shared out among the other rows of its group (missing rescale, inapplicable share)\n")
				   : res->rescale ? _("  marked %s: left out, the total rescaled (missing rescale)\n")
				   : _("  marked %s: left out of the total (missing exclude)\n"), res->mark);
		return 0;
	} else if (!res->applicable) {
		strbuf_printf(out, "  %s", res->shared ? _("not applicable: its weight shared out among the other rows of its group (inapplicable share)")
						      : _("not applicable"));
		if (row->reason)
			strbuf_printf(out, "%s%.*s", _(": "), (int)row->reason_len, row->reason);
		strbuf_printf(out, "\n");
		return 0;
	}
	/* the rule as written, and the values put in */
	struct rule *r = ind->scoring;
	if (ind->target.is != TG_NONE && ind->target.span.end > ind->target.span.start)
		strbuf_printf(out, "  %.*s\n", SPAN_TEXT(p, ind->target.span));
	if (r && r->span.end > r->span.start) {
		src_linecol(p->src, r->span.start, &line, &col);
		strbuf_printf(out, "  %.*s (%s:%d)\n", SPAN_TEXT(p, r->span), p->src->name, line);
	}
	struct strbuf steps = { 0 };
	struct explain x = { .out = &steps };
	/* the row's work again, within the unit's bound of its own: its lets
	 * are known, so it costs no more than it did */
	uint64_t work = ev->limb_work;
	ev->limb_work = 0;
	ev->trace = &x;
	bool ok = eval_indicator(ev, ind);
	trace_flush(&x);
	ev->trace = NULL;
	ev->limb_work = work;
	if (x.left)
		strbuf_printf(&steps, _("  … and %ld more steps\n"), x.left);
	strbuf_free(&x.chain);
	if (!ok) {
		strbuf_free(&steps);
		return -1;
	}
	/* the values put in, then what was done with them */
	if (res->actual && (!r || r->kind != RULE_JUDGED)) {
		strbuf_printf(out, _("  actual %s"), step_value(b1, sizeof b1, res->actual));
		if (res->target)
			strbuf_printf(out, _(", target %s"), step_value(b2, sizeof b2, res->target));
		strbuf_printf(out, _(", weight %s\n"), num_show(b3, sizeof b3, ind->weight, 10, false));
	}
	if (steps.s)
		strbuf_add(out, steps.s, strlen(steps.s));
	strbuf_free(&steps);
	/* the rule's score, rounded */
	const struct rounding *rd = ind->round.set ? &ind->round : p->round.set ? &p->round : NULL;
	static const char *const modes[] = { N_("half up"), N_("down"), N_("half even") };
	if (rd && mpq_cmp(res->raw, res->rule) != 0)
		strbuf_printf(out, _("  %s → %s (to %d decimals, %s)\n"), num_show(b1, sizeof b1, res->raw, 10, false),
			      num_show(b2, sizeof b2, res->rule, 10, false), rd->digits, _(modes[rd->mode]));
	strbuf_printf(out, _("  score: %s of %s\n"), num_show(b1, sizeof b1, res->rule, 10, false),
		      num_show(b3, sizeof b3, ind->weight, 10, false));
	if (res->overridden)
		strbuf_printf(out, _("  overridden by the data: %s\n"), num_show(b1, sizeof b1, res->score, 10, false));
	if (row->reason)
		strbuf_printf(out, "  %s%s%.*s\n", _("reason"), _(": "), (int)row->reason_len, row->reason);
	return 0;
}
