/* render.c - writing a scored table as aligned text or as JSON.
 *
 * A document is built whole in memory (struct buf) and written with one
 * fwrite, so that running out of memory writes nothing.  Text from the
 * template or the data is never cut: cells are as wide as their text.
 * Numbers go through num_show, which cuts a very long one and marks it.
 * The text table escapes what could act on a terminal (buf_text); JSON
 * carries every string exactly, escaped only as JSON requires. */
#include "render.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "parse.h"
#include "strbuf.h"

/* Digits shown for values that are not exact decimals (1/3). */
#define SHOW_FRAC 4
#define JSON_FRAC RENDER_FRAC

/* Bytes a number may take in a cell, beyond which num_show cuts it and
 * marks it "…": an actual as the data may give it (401 digits of 1e400), a
 * literal of a target, a published score (with room for " ≠" in 80), and
 * every other number. */
#define ACTUAL_CAP 512
#define TARGET_CAP 256
#define PUBLISHED_CAP 76
#define NUM_CAP 64

/* ---- a growing string ---- */

/* Text being built.  A failed allocation sets failed and leaves the text as
 * it was, so that a writer checks once, at the end. */
struct buf {
	char *s;      /* NUL-terminated once anything was added; owned */
	size_t len;   /* bytes in s, the NUL not counted */
	size_t cap;   /* bytes allocated */
	bool failed;  /* an allocation failed */
};

/* Makes room for n more bytes and the NUL; false if it cannot. */
static bool buf_room(struct buf *b, size_t n)
{
	if (b->failed)
		return false;
	if (n < b->cap - b->len)
		return true;
	if (n > SIZE_MAX / 2 - b->len) {
		b->failed = true;
		return false;
	}
	size_t cap = b->cap ? b->cap : 64;
	while (cap <= b->len + n)
		cap *= 2;
	char *s = realloc(b->s, cap);
	if (!s) {
		b->failed = true;
		return false;
	}
	b->s = s;
	b->cap = cap;
	return true;
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (!buf_room(b, n))
		return;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Appends n times the character c. */
static void buf_fill(struct buf *b, char c, size_t n)
{
	if (!buf_room(b, n))
		return;
	memset(b->s + b->len, c, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = true;
		return;
	}
	if (!buf_room(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Takes the text out of b (an empty string if there is none); NULL if an
 * allocation failed, b then freed. */
static char *buf_take(struct buf *b)
{
	buf_add(b, "", 0);
	if (b->failed) {
		free(b->s);
		b->s = NULL;
		return NULL;
	}
	char *s = b->s;
	*b = (struct buf){ 0 };
	return s;
}

/* Appends s[0..n) as the text table shows text from a template or data:
 * control characters (C0, DEL, C1), format characters (U+200B, U+202E,
 * U+FEFF, ...) and line and paragraph separators escaped as JSON escapes
 * them (\n, \r, \t, \u001b, \u202e; the convention of diag_shown), so that
 * text can neither act on the terminal nor hide in it; a backslash
 * doubled, so that an escape is never ambiguous; a byte that is not UTF-8
 * as U+FFFD.  Quotes stay as they are: cells are not quoted. */
static void buf_text(struct buf *b, const char *s, size_t n)
{
	static const char plain[] = "\\\b\f\n\r\t", escaped[] = "\\bfnrt";
	size_t run = 0; /* start of the bytes not yet added, shown as they are */
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		const char *p = k > 0 && cp > 0 && cp < 0x80 ? memchr(plain, cp, sizeof plain - 1) : NULL;
		utf8proc_category_t cat = k > 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
		bool hide = cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
			    cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
		if (k > 0 && !p && !hide) {
			i += (size_t)k;
			continue;
		}
		buf_add(b, s + run, i - run);
		if (k <= 0) {
			buf_puts(b, "\xEF\xBF\xBD"); /* U+FFFD */
			k = 1;
		} else if (p) {
			char e[2] = { '\\', escaped[p - plain] };
			buf_add(b, e, 2);
		} else if (cp > 0xFFFF) { /* as JSON writes it: a surrogate pair */
			buf_printf(b, "\\u%04x\\u%04x", (unsigned)(0xD800 + ((cp - 0x10000) >> 10)),
				   (unsigned)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
		} else {
			buf_printf(b, "\\u%04x", (unsigned)cp);
		}
		i += (size_t)k;
		run = i;
	}
	buf_add(b, s + run, n - run);
}

static void buf_ctext(struct buf *b, const char *s)
{
	buf_text(b, s, strlen(s));
}

/* Text from a template or data: escaped for the text table, as it is for
 * JSON (which json_str escapes). */
static void put_text(struct buf *b, const char *s, size_t n, bool escape)
{
	if (escape)
		buf_text(b, s, n);
	else
		buf_add(b, s, n);
}

/* A number as shown in a table: exact when short, else "≈" and rounded,
 * and a very long one cut and marked "…" (num_show). */
static void buf_num_cap(struct buf *b, const mpq_t q, bool percent, size_t cap)
{
	char num[ACTUAL_CAP];
	buf_puts(b, num_show(num, cap, q, SHOW_FRAC, percent));
}

static void buf_num(struct buf *b, const mpq_t q, bool percent)
{
	buf_num_cap(b, q, percent, NUM_CAP);
}

/* The pieces of a translated sentence (buf_say): a number as buf_num
 * shows it, and a name escaped as buf_ctext does, each in its own buffer
 * so that a translation may put them in any order. */
struct piece {
	char num[NUM_CAP];
	struct buf text;
};

static const char *piece_num(struct piece *p, const mpq_t q)
{
	return num_show(p->num, sizeof p->num, q, SHOW_FRAC, false);
}

static const char *piece_text(struct piece *p, const char *s)
{
	buf_ctext(&p->text, s);
	return p->text.s ? p->text.s : "";
}

static void piece_free(struct piece *p, int n)
{
	for (int i = 0; i < n; i++)
		free(p[i].text.s);
}

/* ---- cells shared by text and JSON ---- */

static const char *const target_syms[] = {
	/* ORDER enum target_op */
	"", "≥", ">", "≤", "<", "=", "", "≤", "", "",
};

/* A target's value: a literal as its value (so that 100％ and 100% show
 * alike, with 6 decimals at most, marked "≈" beyond), anything else as the
 * template writes it. */
static void show_operand(struct buf *b, struct program *p, const struct expr *e, bool escape)
{
	if (e->kind == EX_NUM) {
		char num[TARGET_CAP];
		buf_puts(b, num_show(num, sizeof num, e->num, 6, e->percent));
	} else if (e->kind == EX_DATE) {
		char date[32];
		ast_format_date(date, e->date);
		buf_puts(b, date);
	} else if (e->kind == EX_BOOL) { /* as the actual is shown */
		buf_puts(b, e->boolean ? "是" : "否");
	} else {
		put_text(b, p->src->text + e->span.start, e->span.end - e->span.start, escape);
	}
}

/* The target column: the operator as a symbol, and the value. */
static void show_target(struct buf *b, struct program *p, struct item *ind, bool escape)
{
	struct target *t = &ind->target;
	if (t->is == TG_NONE)
		return;
	if (t->is == TG_TEXT) {
		put_text(b, t->lo->str, t->lo->len, escape);
		return;
	}
	if (t->is != TG_BETWEEN)
		buf_puts(b, target_syms[t->is]);
	show_operand(b, p, t->lo, escape);
	if (t->is == TG_BETWEEN) {
		buf_puts(b, "~");
		show_operand(b, p, t->hi, escape);
	}
}

/* An indicator's target as a unit's table shows it: a target the data
 * gives (target >= 目标人次, the unit's own 年度指标值) is shown as its value
 * for the unit (≥2000), where it was computed; else as written.  *number:
 * whether it ends with a number (not a percent), for a unit after it. */
static void show_unit_target(struct buf *b, struct eval *ev, struct item *ind, bool escape, bool *number)
{
	const struct target *t = &ind->target;
	const struct value *v = ev->ind[ind->index].target;
	const struct expr *last = t->is == TG_BETWEEN ? t->hi : t->lo;
	*number = false;
	if (t->is != TG_NONE && t->is != TG_TEXT && t->is != TG_BETWEEN && t->lo->kind != EX_NUM &&
	    t->lo->kind != EX_DATE && v && (v->type == TY_NUMBER || v->type == TY_DATE)) {
		buf_puts(b, target_syms[t->is]);
		if (v->type == TY_NUMBER) {
			buf_num_cap(b, v->num, v->percent, ACTUAL_CAP);
			*number = !v->percent;
		} else {
			char date[32];
			ast_format_date(date, v->date);
			buf_puts(b, date);
		}
		return;
	}
	show_target(b, ev->prog, ind, escape);
	*number = t->is != TG_NONE && t->is != TG_TEXT && last && last->kind == EX_NUM && !last->percent;
}

/* The unit the text table writes after an indicator's numbers ("万元",
 * "台"): its declared unit, but not after a percent, and not a unit that
 * is itself a percent sign. */
static const char *shown_unit(const struct item *ind)
{
	const char *u = ind->unit;
	return u && *u && strcmp(u, "%") && strcmp(u, "％") ? u : NULL;
}

/* The unit after a number of the text table's target or actual cell. */
static void put_unit(struct buf *b, const struct item *ind, bool percent)
{
	const char *u = shown_unit(ind);
	if (u && !percent)
		buf_ctext(b, u);
}

/* The actual column. */
static void show_actual(struct buf *b, struct eval *ev, struct item *ind, bool escape)
{
	const struct value *v = ev->ind[ind->index].actual;
	const struct row_data *row = &ev->row[ind->index];
	if (ev->ind[ind->index].mark && !v) { /* 未填报, or a value in doubt */
		buf_puts(b, ev->ind[ind->index].mark);
		return;
	}
	if (!ev->ind[ind->index].applicable) {
		buf_puts(b, "/");
		return;
	}
	if (ind->scoring && ind->scoring->kind == RULE_JUDGED) {
		if (row->shown) /* the judged score's input is not shown; what the data wrote is */
			put_text(b, row->shown, row->shown_len, escape);
		return;
	}
	if (!v)
		return;
	switch (v->type) {
	case TY_NUMBER:
		buf_num_cap(b, v->num, v->percent, ACTUAL_CAP);
		break;
	case TY_TEXT:
		if (row->shown) { /* a grade's row: what the table shows, and the level */
			put_text(b, row->shown, row->shown_len, escape);
			buf_puts(b, _(" ("));
			put_text(b, v->str, v->len, escape);
			buf_puts(b, _(")"));
		} else {
			put_text(b, v->str, v->len, escape);
		}
		break;
	case TY_DATE: {
		char date[32];
		ast_format_date(date, v->date);
		buf_puts(b, date);
		break;
	}
	case TY_BOOL:
		buf_puts(b, v->boolean ? "是" : "否");
		break;
	case TY_LIST:
		if (ind->scoring && ind->scoring->kind == RULE_CHECKLIST)
			buf_printf(b, "%d/%d", v->nitems, ind->scoring->entries.n);
		else
			buf_printf(b, "%d", v->nitems);
		break;
	default:
		break;
	}
}

/* ---- text ---- */

#define NCOLS 7

/* Columns of the text table. */
enum { C_NAME, C_TARGET, C_ACTUAL, C_WEIGHT, C_SCORE, C_PUBLISHED, C_REMARK };

struct row {
	char *cell[NCOLS];       /* see the enum above; owned */
	int indent;              /* spaces before the name */
};

struct table {
	struct row *rows;
	int n, cap;
};

/* Adds a row whose cells are taken out of cells[] (freed on failure too).
 * Returns 0, or -1 when out of memory. */
static int add_row(struct table *t, int indent, struct buf cells[NCOLS])
{
	struct row r = { .indent = indent };
	bool ok = true;
	for (int i = 0; i < NCOLS; i++)
		ok &= (r.cell[i] = buf_take(&cells[i])) != NULL;
	if (ok && t->n == t->cap) {
		int cap = t->cap ? t->cap * 2 : 32;
		struct row *rows = realloc(t->rows, (size_t)cap * sizeof *rows);
		if (rows) {
			t->rows = rows;
			t->cap = cap;
		}
		ok = rows != NULL;
	}
	if (!ok) {
		for (int i = 0; i < NCOLS; i++)
			free(r.cell[i]);
		return -1;
	}
	t->rows[t->n++] = r;
	return 0;
}

/* A row of fixed labels: the heading. */
static int add_labels(struct table *t, const char *const labels[NCOLS])
{
	struct buf cells[NCOLS] = { 0 };
	for (int i = 0; i < NCOLS; i++)
		buf_puts(&cells[i], labels[i] ? labels[i] : "");
	return add_row(t, 0, cells);
}

/* The remark of an indicator's row: "not applicable" or an override,
 * then the reason the data gives. */
static void show_remark(struct buf *b, struct eval *ev, struct item *it)
{
	struct ind_result *res = &ev->ind[it->index];
	struct row_data *row = &ev->row[it->index];
	if (res->unreasoned) {
		buf_puts(b, _("pending: below full marks without a reason"));
	} else if (res->doubt) {
		buf_puts(b, _("pending: the rule cannot score this value"));
	} else if (res->pending) {
		buf_printf(b, _("pending: marked %s"), res->mark);
	} else if (res->mark && res->overridden) {
		buf_printf(b, _("marked %s: the data's score"), res->mark);
	} else if (res->mark && res->applicable) {
		buf_printf(b, _("marked %s: scores 0"), res->mark);
	} else if (res->mark) {
		buf_printf(b, res->shared ? _("marked %s: left out, its weight shared out in its group")
			      : res->rescale ? _("marked %s: left out, the total rescaled")
					     : _("marked %s: left out of the total"), res->mark);
	} else if (!res->applicable) {
		buf_puts(b, _("not applicable"));
	} else if (res->overridden) {
		char num[NUM_CAP];
		buf_printf(b, _("overridden, the rule gives %s"), num_show(num, sizeof num, res->rule, SHOW_FRAC, false));
	}
	if (row->reason) {
		if (!res->applicable || res->overridden || res->mark)
			buf_puts(b, _(": "));
		buf_text(b, row->reason, row->reason_len);
	}
}

static int table_rows(struct table *t, struct eval *ev, struct vec *items, bool verify)
{
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		struct buf cells[NCOLS] = { 0 };
		buf_ctext(&cells[C_NAME], it->name);
		if (it->kind == ITEM_GROUP) {
			buf_num(&cells[C_WEIGHT], it->weight, false);
			buf_num(&cells[C_SCORE], ev->group_score[it->index], false);
			if (ev->group_pending[it->index])
				buf_puts(&cells[C_SCORE], _(" (incomplete)"));
			if (ev->share && ev->share[it->index].rescaled) {
				const struct group_share *gs = &ev->share[it->index];
				char a[NUM_CAP], b[NUM_CAP], c[NUM_CAP];
				buf_printf(&cells[C_REMARK], _("rescaled: %s / %s × %s"),
					   num_show(a, sizeof a, gs->raw, SHOW_FRAC, false),
					   num_show(b, sizeof b, gs->base, SHOW_FRAC, false),
					   num_show(c, sizeof c, it->weight, SHOW_FRAC, false));
			}
			if (add_row(t, it->depth * 2, cells) < 0 || table_rows(t, ev, &it->children, verify) < 0)
				return -1;
			continue;
		}
		struct ind_result *res = &ev->ind[it->index];
		struct row_data *row = &ev->row[it->index];
		bool number;
		show_unit_target(&cells[C_TARGET], ev, it, true, &number);
		if (number)
			put_unit(&cells[C_TARGET], it, false);
		show_actual(&cells[C_ACTUAL], ev, it, true);
		const struct value *v = res->actual;
		if (res->applicable && v && v->type == TY_NUMBER &&
		    !(it->scoring && it->scoring->kind == RULE_JUDGED))
			put_unit(&cells[C_ACTUAL], it, v->percent);
		if (it->inapplicable)
			buf_puts(&cells[C_WEIGHT], "/");
		else
			buf_num(&cells[C_WEIGHT], it->weight, false);
		if (res->pending)
			buf_puts(&cells[C_SCORE], eval_marks[EVAL_MARK_DOUBT]);
		else if (res->applicable)
			buf_num(&cells[C_SCORE], res->score, false);
		else
			buf_puts(&cells[C_SCORE], "/");
		if (res->overridden) /* marked: the data's score, not the rule's */
			buf_puts(&cells[C_SCORE], "*");
		if (verify && row->has_published) {
			buf_num_cap(&cells[C_PUBLISHED], row->published, false, PUBLISHED_CAP);
			if (eval_row_disagrees(ev, it->index))
				buf_puts(&cells[C_PUBLISHED], " ≠");
		}
		show_remark(&cells[C_REMARK], ev, it);
		if (add_row(t, it->depth * 2, cells) < 0)
			return -1;
	}
	return 0;
}

/* The budget row's figures, as the form's 项目资金 columns. */
static void text_budget(struct buf *o, struct eval *ev)
{
	struct program *p = ev->prog;
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		if (!it->budget)
			continue;
		buf_ctext(o, it->name);
		buf_puts(o, ":");
		for (int k = 0; k < BUDGET_NINPUTS; k++) {
			struct input *in = it->budget_in[k];
			buf_puts(o, " ");
			buf_ctext(o, in->name);
			buf_puts(o, " ");
			if (ev->present[in->index] == INPUT_OK)
				buf_num(o, ev->slots[in->slot].num, false);
			else
				buf_puts(o, "-");
			if (in->unit)
				buf_ctext(o, in->unit);
			buf_puts(o, k < BUDGET_NINPUTS - 1 ? "," : "");
		}
		if (ev->ind[i].actual) {
			buf_puts(o, "; 执行率 ");
			buf_num(o, ev->ind[i].actual->num, true);
		}
		buf_puts(o, "\n\n");
	}
}

/* Lines after the table: the overrides mark, rows not applicable, the
 * rescaling, and the audit. */
static void text_notes(struct buf *o, struct eval *ev, bool verify)
{
	struct program *p = ev->prog;
	bool overridden = false;
	int na = 0, left = 0, pending = 0, shared = 0;
	for (int i = 0; i < p->indicators.n; i++) {
		const struct ind_result *res = &ev->ind[i];
		overridden |= res->overridden;
		bool out = !res->applicable && !res->mark && !((struct item *)p->indicators.items[i])->inapplicable;
		shared += out && res->shared;
		na += out && !res->shared;
		left += !res->applicable && res->mark;
		pending += res->pending;
	}
	if (overridden || na || left || pending || shared || ev->rescaled)
		buf_puts(o, "\n");
	if (overridden)
		buf_puts(o, _("* score set by the data, overriding the rule\n"));
	struct piece pc[3] = { 0 };
	if (shared)
		buf_printf(o, shared == 1 ? _("%d indicator not applicable: its weight shared out among the other rows of its group\n")
					  : _("%d indicators not applicable: their weights shared out among the other rows of their groups\n"),
			   shared);
	if (na)
		buf_printf(o, na == 1 ? _("%d indicator not applicable: excluded; the applicable weights add up to %s\n")
				      : _("%d indicators not applicable: excluded; the applicable weights add up to %s\n"),
			   na, piece_num(&pc[0], ev->applicable));
	if (left)
		buf_printf(o, left == 1 ? _("%d indicator marked as not given: left out; the applicable weights add up to %s\n")
					: _("%d indicators marked as not given: left out; the applicable weights add up to %s\n"),
			   left, piece_num(&pc[1], ev->applicable));
	if (pending)
		buf_printf(o, pending == 1 ? _("%d indicator pending (待核实): the total is of the rows scored, and has no grade\n")
					   : _("%d indicators pending (待核实): the total is of the rows scored, and has no grade\n"),
			   pending);
	if (ev->rescaled)
		buf_printf(o, _("total rescaled: %s / %s × %s\n"), piece_num(&pc[0], ev->sum),
			   piece_num(&pc[1], ev->base), piece_num(&pc[2], p->total));
	if (!verify)
		return;
	struct audit a;
	mpq_init(a.rows_sum);
	eval_audit(ev, &a);
	buf_puts(o, "\n");
	buf_printf(o, a.findings == 1 ? _("verify: %d finding; ") : _("verify: %d findings; "), a.findings);
	buf_printf(o, a.rows == 1 ? _("%d published row score checked\n") : _("%d published row scores checked\n"),
		   a.rows);
	for (int i = 0; i < p->indicators.n; i++) {
		if (!eval_row_disagrees(ev, i))
			continue;
		struct item *it = p->indicators.items[i];
		const char *name = piece_text(&pc[0], it->name), *pub = piece_num(&pc[1], ev->row[i].published);
		if (!ev->ind[i].applicable)
			buf_printf(o, _("  %s: published %s, but the indicator is not applicable\n"), name, pub);
		else
			buf_printf(o, ev->ind[i].overridden ? _("  %s: published %s, the data's score is %s\n")
							    : _("  %s: published %s, the rule gives %s\n"),
				   name, pub, piece_num(&pc[2], ev->ind[i].score));
		piece_free(pc, 1);
		pc[0].text = (struct buf){ 0 };
	}
	bool subtotals = false; /* a subtotal rescaled (inapplicable share): no sum of rows */
	for (int g = 0; ev->share && g < p->groups.n && !subtotals; g++)
		subtotals = ev->share[g].rescaled;
	if (eval_total_disagrees(ev)) {
		buf_printf(o, ev->rescaled ? _("  total: published %s, but the rescaled total is %s")
			      : subtotals ? _("  total: published %s, but the subtotals add up to %s")
				       : _("  total: published %s, but the rows add up to %s"),
			   piece_num(&pc[0], ev->pub_total), piece_num(&pc[1], ev->total));
		if (a.rows == p->indicators.n && mpq_cmp(a.rows_sum, ev->sum) != 0)
			buf_printf(o, _(" (the published rows add up to %s)"), piece_num(&pc[2], a.rows_sum));
		buf_puts(o, "\n");
	}
	for (int g = 0; g < p->groups.n; g++)
		if (eval_group_disagrees(ev, g)) {
			struct piece n = { 0 };
			buf_printf(o, ev->share && ev->share[g].rescaled
					      ? _("  group %s: published %s, but its rescaled subtotal is %s\n")
					      : _("  group %s: published %s, but its rows add up to %s\n"),
				   piece_text(&n, ((struct item *)p->groups.items[g])->name),
				   piece_num(&pc[0], ev->group_pub[g]), piece_num(&pc[1], ev->group_score[g]));
			piece_free(&n, 1);
		}
	if (eval_max_disagrees(ev))
		buf_printf(o, _("  full score: published %s, but the weights add up to %s\n"),
			   piece_num(&pc[0], ev->pub_max), piece_num(&pc[1], p->total));
	if (p->total_differs)
		buf_printf(o, _("  total: stated %s, but the weights add up to %s\n"), piece_num(&pc[0], p->stated_total),
			   piece_num(&pc[1], p->total));
	for (int i = 0; i < p->groups.n; i++) {
		struct item *g = p->groups.items[i];
		if (!g->stated_differs)
			continue;
		struct piece n = { 0 };
		buf_printf(o, _("  group %s: stated weight %s, but its rows weigh %s\n"), piece_text(&n, g->name),
			   piece_num(&pc[0], g->stated_weight), piece_num(&pc[1], g->weight));
		piece_free(&n, 1);
	}
	if (eval_grade_disagrees(ev)) {
		struct piece g[2] = { 0 };
		buf_printf(o, _("  grade: published %s, but the total's grade is %s\n"), piece_text(&g[0], ev->pub_grade),
			   ev->grade ? piece_text(&g[1], ev->grade) : _("none"));
		piece_free(g, 2);
	}
	/* the scores the rules do not give: the audit cannot check them */
	int n_judged = 0, n_overridden = 0;
	for (int i = 0; i < p->indicators.n; i++) {
		n_judged += eval_row_judged(ev, i);
		n_overridden += ev->ind[i].applicable && ev->ind[i].overridden;
	}
	if (n_judged + n_overridden > 0) {
		buf_printf(o, n_judged + n_overridden == 1 ? _("published score not derivable from the rule: %d row")
						       : _("published score not derivable from the rule: %d rows"),
			   n_judged + n_overridden);
		for (int kind = 0; kind < 2; kind++) {
			if (!(kind ? n_overridden : n_judged))
				continue;
			buf_puts(o, kind ? (n_judged ? _("; overridden: ") : _(" (overridden: ")) : _(" (judged: "));
			bool first = true;
			for (int i = 0; i < p->indicators.n; i++) {
				if (!(kind ? ev->ind[i].applicable && ev->ind[i].overridden : eval_row_judged(ev, i)))
					continue;
				struct piece n = { 0 };
				buf_printf(o, "%s%s", first ? "" : _(", "), piece_text(&n, ((struct item *)p->indicators.items[i])->name));
				piece_free(&n, 1);
				first = false;
			}
		}
		buf_puts(o, _(")"));
		buf_puts(o, "\n");
	}
	piece_free(pc, 3);
	mpq_clear(a.rows_sum);
}

/* The total and grade rows. */
static int add_totals(struct table *t, struct eval *ev, bool verify)
{
	struct buf tot[NCOLS] = { 0 }, grade[NCOLS] = { 0 };
	buf_puts(&tot[C_NAME], _("total"));
	buf_num(&tot[C_WEIGHT], ev->prog->total, false);
	buf_num(&tot[C_SCORE], ev->total, false);
	if (ev->incomplete)
		buf_puts(&tot[C_SCORE], _(" (incomplete)"));
	if (verify && ev->has_pub_total) {
		buf_num_cap(&tot[C_PUBLISHED], ev->pub_total, false, PUBLISHED_CAP);
		if (eval_total_disagrees(ev))
			buf_puts(&tot[C_PUBLISHED], " ≠");
	}
	buf_puts(&grade[C_NAME], _("grade"));
	buf_ctext(&grade[C_SCORE], ev->grade ? ev->grade : "-");
	if (verify && ev->pub_grade)
		buf_ctext(&grade[C_PUBLISHED], ev->pub_grade);
	int rc = add_row(t, 0, tot);
	if (add_row(t, 0, grade) < 0)
		rc = -1;
	return rc;
}

static void render_text(struct buf *o, struct eval *ev, bool verify)
{
	struct program *p = ev->prog;
	struct table t = { 0 };
	const char *const head[NCOLS] = {
		/* TRANSLATORS: the headings of the scored table's columns */
		_("indicator"), _("target"), _("actual"), _("weight"), _("score"), _("published"), _("remark")
	};
	if (add_labels(&t, head) < 0 || table_rows(&t, ev, &p->items, verify) < 0 ||
	    add_totals(&t, ev, verify) < 0) {
		o->failed = true;
		goto done;
	}
	/* the columns shown: published only when verifying, remark only when
	 * some row has one */
	int cols[NCOLS], ncols = 0;
	for (int c = C_NAME; c <= C_SCORE; c++)
		cols[ncols++] = c;
	if (verify)
		cols[ncols++] = C_PUBLISHED;
	for (int i = 1; i < t.n; i++)
		if (t.rows[i].cell[C_REMARK][0] != '\0') {
			cols[ncols++] = C_REMARK;
			break;
		}
	size_t width[NCOLS] = { 0 };
	for (int i = 0; i < t.n; i++)
		for (int c = 0; c < NCOLS; c++) {
			size_t w = diag_width(t.rows[i].cell[c], strlen(t.rows[i].cell[c]));
			if (c == 0)
				w += (size_t)t.rows[i].indent;
			if (w > width[c])
				width[c] = w;
		}
	buf_ctext(o, p->title);
	buf_puts(o, "\n\n");
	text_budget(o, ev);
	for (int i = 0; i < t.n; i++) {
		struct row *r = &t.rows[i];
		if (i == t.n - 2) {
			/* a rule above the total, as wide as the columns but the remark */
			size_t all = 0;
			for (int k = 0; k < ncols && cols[k] != C_REMARK; k++)
				all += width[cols[k]] + (k ? 2 : 0);
			buf_fill(o, '-', all);
			buf_puts(o, "\n");
		}
		/* no padding after the last cell that holds something */
		int end = ncols;
		while (end > C_SCORE + 1 && r->cell[cols[end - 1]][0] == '\0')
			end--;
		for (int k = 0; k < end; k++) {
			int c = cols[k];
			const char *s = r->cell[c];
			size_t w = diag_width(s, strlen(s)) + (c == 0 ? (size_t)r->indent : 0);
			bool text = c < C_WEIGHT || c == C_REMARK;
			if (c > 0)
				buf_puts(o, "  ");
			if (!text) {
				/* numbers align right */
				buf_fill(o, ' ', width[c] - w);
				buf_puts(o, s);
			} else {
				if (c == 0)
					buf_fill(o, ' ', (size_t)r->indent);
				buf_puts(o, s);
				if (k < end - 1)
					buf_fill(o, ' ', width[c] - w);
			}
		}
		buf_puts(o, "\n");
	}
	text_notes(o, ev, verify);
done:
	for (int i = 0; i < t.n; i++)
		for (int c = 0; c < NCOLS; c++)
			free(t.rows[i].cell[c]);
	free(t.rows);
}

/* ---- JSON ---- */

static void json_str(struct buf *o, const char *s, size_t len)
{
	buf_puts(o, "\"");
	size_t run = 0; /* start of the bytes not yet added */
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_add(o, s + run, i - run);
		run = i + 1;
		if (c == '"' || c == '\\')
			buf_printf(o, "\\%c", c);
		else if (c == '\n')
			buf_puts(o, "\\n");
		else if (c == '\t')
			buf_puts(o, "\\t");
		else
			buf_printf(o, "\\u%04x", c);
	}
	buf_add(o, s + run, len - run);
	buf_puts(o, "\"");
}

static void json_cstr(struct buf *o, const char *s)
{
	if (s)
		json_str(o, s, strlen(s));
	else
		buf_puts(o, "null");
}

/* A number exactly to JSON_FRAC decimals, however many digits it has. */
static void json_num(struct buf *o, const mpq_t q)
{
	char num[128];
	size_t n = num_format(num, sizeof num, q, JSON_FRAC, false, NULL);
	if (n < sizeof num) {
		buf_add(o, num, n);
	} else if (buf_room(o, n)) {
		num_format(o->s + o->len, n + 1, q, JSON_FRAC, false, NULL);
		o->len += n;
	}
}

/* The names of g and of the groups above it, outermost first. */
static void json_names(struct buf *o, struct item *g)
{
	if (g->parent) {
		json_names(o, g->parent);
		buf_puts(o, ", ");
	}
	json_cstr(o, g->name);
}

/* The names of the groups above it (and it itself, with self). */
static void json_path(struct buf *o, struct item *it, bool self)
{
	struct item *last = self ? it : it->parent;
	buf_puts(o, "[");
	if (last)
		json_names(o, last);
	buf_puts(o, "]");
}

/* A number, or null when there is none. */
static void json_num_if(struct buf *o, bool has, const mpq_t q)
{
	if (has)
		json_num(o, q);
	else
		buf_puts(o, "null");
}

static void json_budget(struct buf *o, struct eval *ev)
{
	struct program *p = ev->prog;
	static const char *const keys[BUDGET_NINPUTS] = { "initial", "planned", "spent" };
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		if (!it->budget)
			continue;
		buf_puts(o, "{\"name\": ");
		json_cstr(o, it->name);
		for (int k = 0; k < BUDGET_NINPUTS; k++) {
			struct input *in = it->budget_in[k];
			buf_printf(o, ", \"%s\": ", keys[k]);
			json_num_if(o, ev->present[in->index] == INPUT_OK, ev->slots[in->slot].num);
		}
		buf_puts(o, ", \"rate\": ");
		if (ev->ind[i].actual)
			json_num(o, ev->ind[i].actual->num);
		else
			buf_puts(o, "null");
		buf_puts(o, ", \"weight\": ");
		json_num(o, it->weight);
		buf_puts(o, ", \"score\": ");
		json_num(o, ev->ind[i].score);
		buf_puts(o, "}");
		return;
	}
	buf_puts(o, "null");
}

/* , "name": ..., "path": [...] of a finding about item it. */
static void json_name_path(struct buf *o, struct item *it)
{
	buf_puts(o, ", \"name\": ");
	json_cstr(o, it->name);
	buf_puts(o, ", \"path\": ");
	json_path(o, it, false);
}

/* Starts finding number *n of the verify object's list: {"kind": KIND. */
static void json_finding(struct buf *o, int *n, const char *kind)
{
	buf_puts(o, (*n)++ ? ",\n      " : "\n      ");
	buf_printf(o, "{\"kind\": \"%s\"", kind);
}

static void json_verify(struct buf *o, struct eval *ev)
{
	struct program *p = ev->prog;
	struct audit a;
	mpq_init(a.rows_sum);
	eval_audit(ev, &a);
	buf_printf(o, "{\"rows\": %d, \"published_rows_sum\": ", a.rows);
	json_num(o, a.rows_sum);
	buf_puts(o, ", \"findings\": [");
	int n = 0;
	for (int i = 0; i < p->indicators.n; i++) {
		if (!eval_row_disagrees(ev, i))
			continue;
		struct item *it = p->indicators.items[i];
		json_finding(o, &n, "row");
		json_name_path(o, it);
		buf_puts(o, ", \"published\": ");
		json_num(o, ev->row[i].published);
		buf_puts(o, ", \"score\": ");
		json_num_if(o, ev->ind[i].applicable, ev->ind[i].score);
		buf_puts(o, "}");
	}
	if (eval_total_disagrees(ev)) {
		json_finding(o, &n, "total");
		buf_puts(o, ", \"published\": ");
		json_num(o, ev->pub_total);
		buf_puts(o, ", \"score\": ");
		json_num(o, ev->total);
		buf_puts(o, "}");
	}
	for (int g = 0; g < p->groups.n; g++)
		if (eval_group_disagrees(ev, g)) {
			struct item *it = p->groups.items[g];
			json_finding(o, &n, "group");
			json_name_path(o, it);
			buf_puts(o, ", \"published\": ");
			json_num(o, ev->group_pub[g]);
			buf_puts(o, ", \"score\": ");
			json_num(o, ev->group_score[g]);
			buf_puts(o, "}");
		}
	if (eval_max_disagrees(ev)) {
		json_finding(o, &n, "max");
		buf_puts(o, ", \"published\": ");
		json_num(o, ev->pub_max);
		buf_puts(o, ", \"weight\": ");
		json_num(o, p->total);
		buf_puts(o, "}");
	}
	if (p->total_differs) {
		json_finding(o, &n, "stated_total");
		buf_puts(o, ", \"stated\": ");
		json_num(o, p->stated_total);
		buf_puts(o, ", \"weight\": ");
		json_num(o, p->total);
		buf_puts(o, "}");
	}
	for (int i = 0; i < p->groups.n; i++) {
		struct item *g = p->groups.items[i];
		if (!g->stated_differs)
			continue;
		json_finding(o, &n, "stated_weight");
		json_name_path(o, g);
		buf_puts(o, ", \"stated\": ");
		json_num(o, g->stated_weight);
		buf_puts(o, ", \"weight\": ");
		json_num(o, g->weight);
		buf_puts(o, "}");
	}
	if (eval_grade_disagrees(ev)) {
		json_finding(o, &n, "grade");
		buf_puts(o, ", \"published\": ");
		json_cstr(o, ev->pub_grade);
		buf_puts(o, ", \"grade\": ");
		json_cstr(o, ev->grade);
		buf_puts(o, "}");
	}
	buf_puts(o, n ? "\n    ]" : "]");
	/* the scores the rules do not give, which the audit cannot check */
	for (int kind = 0; kind < 2; kind++) {
		buf_puts(o, kind ? ", \"overridden\": [" : ", \"judged\": [");
		int k = 0;
		for (int i = 0; i < p->indicators.n; i++)
			if (kind ? ev->ind[i].applicable && ev->ind[i].overridden : eval_row_judged(ev, i)) {
				buf_puts(o, k++ ? ", " : "");
				json_cstr(o, ((struct item *)p->indicators.items[i])->name);
			}
		buf_puts(o, "]");
	}
	buf_puts(o, "}");
	mpq_clear(a.rows_sum);
}

static void render_json(struct buf *o, struct eval *ev, bool verify)
{
	struct program *p = ev->prog;
	struct buf cell = { 0 }; /* target and actual, as the text table shows them */
	buf_puts(o, "{\n  \"title\": ");
	json_cstr(o, p->title);
	buf_puts(o, ",\n  \"total\": ");
	json_num(o, ev->total);
	buf_puts(o, ",\n  \"max\": ");
	json_num(o, p->total);
	buf_puts(o, ",\n  \"grade\": ");
	json_cstr(o, ev->grade);
	buf_puts(o, ",\n  \"sum\": ");
	json_num(o, ev->sum);
	buf_puts(o, ",\n  \"applicable\": ");
	json_num(o, ev->applicable);
	buf_printf(o, ",\n  \"rescaled\": %s", ev->rescaled ? "true" : "false");
	buf_printf(o, ",\n  \"incomplete\": %s", ev->incomplete ? "true" : "false");
	buf_puts(o, ",\n  \"budget\": ");
	json_budget(o, ev);
	buf_puts(o, ",\n  \"indicators\": [");
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		struct ind_result *res = &ev->ind[i];
		struct row_data *row = &ev->row[i];
		buf_puts(o, i ? ",\n    {" : "\n    {");
		buf_puts(o, "\"name\": ");
		json_cstr(o, it->name);
		buf_puts(o, ", \"path\": ");
		json_path(o, it, false);
		buf_puts(o, ", \"weight\": ");
		json_num(o, it->weight);
		buf_puts(o, ", \"unit\": ");
		json_cstr(o, it->unit);
		buf_puts(o, ", \"note\": ");
		json_cstr(o, it->note);
		buf_puts(o, ", \"target\": ");
		cell.len = 0;
		bool number;
		show_unit_target(&cell, ev, it, false, &number);
		if (it->target.is == TG_NONE)
			buf_puts(o, "null");
		else
			json_str(o, cell.s ? cell.s : "", cell.len);
		buf_puts(o, ", \"actual\": ");
		cell.len = 0;
		show_actual(&cell, ev, it, false);
		if (cell.len && (res->applicable || res->mark))
			json_str(o, cell.s, cell.len);
		else
			buf_puts(o, "null");
		buf_printf(o, ", \"applicable\": %s", res->applicable ? "true" : "false");
		buf_puts(o, ", \"mark\": ");
		json_cstr(o, res->mark);
		buf_printf(o, ", \"pending\": %s", res->pending ? "true" : "false");
		bool scored = res->applicable && !res->pending;
		buf_puts(o, ", \"raw\": ");
		json_num_if(o, scored, res->raw);
		buf_puts(o, ", \"rule_score\": ");
		json_num_if(o, scored, res->rule);
		buf_puts(o, ", \"score\": ");
		json_num_if(o, scored, res->score);
		buf_printf(o, ", \"overridden\": %s, \"judged\": %s", res->overridden ? "true" : "false",
			   eval_row_judged(ev, i) ? "true" : "false");
		buf_puts(o, ", \"reason\": ");
		if (row->reason)
			json_str(o, row->reason, row->reason_len);
		else
			buf_puts(o, "null");
		buf_puts(o, ", \"published\": ");
		json_num_if(o, row->has_published, row->published);
		buf_puts(o, "}");
	}
	buf_puts(o, "\n  ],\n  \"groups\": [");
	for (int i = 0; i < p->groups.n; i++) {
		struct item *g = p->groups.items[i];
		buf_puts(o, i ? ",\n    {" : "\n    {");
		buf_puts(o, "\"name\": ");
		json_cstr(o, g->name);
		buf_puts(o, ", \"path\": ");
		json_path(o, g, true);
		buf_puts(o, ", \"weight\": ");
		json_num(o, g->weight);
		buf_puts(o, ", \"score\": ");
		json_num(o, ev->group_score[i]);
		buf_printf(o, ", \"incomplete\": %s", ev->group_pending[i] ? "true" : "false");
		bool rescaled = ev->share && ev->share[i].rescaled;
		buf_printf(o, ", \"rescaled\": %s, \"sum\": ", rescaled ? "true" : "false");
		json_num(o, rescaled ? ev->share[i].raw : ev->group_score[i]);
		buf_puts(o, "}");
	}
	buf_puts(o, "\n  ],\n  \"published\": {\"total\": ");
	json_num_if(o, ev->has_pub_total, ev->pub_total);
	buf_puts(o, ", \"grade\": ");
	json_cstr(o, ev->pub_grade);
	buf_puts(o, ", \"max\": ");
	json_num_if(o, ev->has_pub_max, ev->pub_max);
	buf_puts(o, "},\n  \"verify\": ");
	if (verify)
		json_verify(o, ev);
	else
		buf_puts(o, "null");
	buf_puts(o, "\n}\n");
	if (cell.failed)
		o->failed = true;
	free(cell.s);
}

/* ---- a test block (rubric eval --emit-test) ---- */

/* The words a test block is written with, in the template's keywords
 * (program.chinese_keywords): test/测试, given/已知, expect/预期,
 * total/总分, grade/等级, scored/打分 (true/真 and false/假: test_value). */
struct test_words {
	const char *test, *given, *expect, *total, *grade, *scored;
};

static struct test_words test_words(bool chinese)
{
	return (struct test_words){
		.test = parse_keyword(TOK_TEST, chinese),
		.given = parse_keyword(TOK_GIVEN, chinese),
		.expect = parse_keyword(TOK_EXPECT, chinese),
		.total = parse_keyword(TOK_TOTAL, chinese),
		/* the grade of the total: 等级, as the table heads it (定级
		 * also reads as the grade, but is the name of a rule) */
		.grade = chinese ? parse_keyword(TOK_GRADES, true) : parse_keyword(TOK_GRADE, false),
		.scored = chinese ? "打分" : "scored", /* a function, not a keyword */
	};
}

/* A name as a test writes it: as it is when the lexer reads it back as
 * that name (letters, digits, '_' and CJK ideographs, not a keyword), else
 * in backquotes (or 「」 when it holds a backquote). */
static void test_name(struct buf *b, const char *name)
{
	bool plain = name[0] && !(name[0] >= '0' && name[0] <= '9') && !parse_is_keyword(name, strlen(name));
	for (const unsigned char *p = (const unsigned char *)name; plain && *p;) {
		if (*p < 0x80) {
			plain = isalnum(*p) || *p == '_';
			p++;
		} else if (*p >= 0xE4 && *p <= 0xE9 && p[1] && p[2]) { /* U+4E00..U+9FFF */
			p += 3;
		} else {
			plain = false;
		}
	}
	if (plain)
		buf_puts(b, name);
	else if (strchr(name, '`'))
		buf_printf(b, "「%s」", name);
	else
		buf_printf(b, "`%s`", name);
}

/* A string literal: the text, its quotes and backslashes escaped. */
static void test_string(struct buf *b, const char *s, size_t len)
{
	buf_puts(b, "\"");
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '"' || c == '\\') {
			char e[3] = { '\\', c, 0 };
			buf_puts(b, e);
		} else if (c == '\n') {
			buf_puts(b, "\\n");
		} else if (c == '\t') {
			buf_puts(b, "\\t");
		} else if ((unsigned char)c < 0x20 || c == 0x7F) {
			buf_puts(b, " "); /* no escape reads it back */
		} else {
			buf_add(b, &c, 1);
		}
	}
	buf_puts(b, "\"");
}

/* A number exactly: a decimal when it has one, else a fraction; a percent
 * with its sign (times 100). */
static void test_number(struct buf *b, const mpq_t v, bool percent)
{
	mpq_t q;
	mpq_init(q);
	mpq_set(q, v);
	if (percent) {
		mpz_mul_ui(mpq_numref(q), mpq_numref(q), 100);
		mpq_canonicalize(q);
	}
	char *s = NULL;
	size_t k = 0;
	mpz_t d, scaled;
	mpz_inits(d, scaled, NULL);
	mpz_set(d, mpq_denref(q));
	/* the decimals a terminating fraction needs: as many as its
	 * denominator has twos and fives, each a tenth */
	while (mpz_divisible_ui_p(d, 10) || mpz_divisible_ui_p(d, 2) || mpz_divisible_ui_p(d, 5)) {
		if (mpz_divisible_ui_p(d, 10))
			mpz_divexact_ui(d, d, 10);
		else if (mpz_divisible_ui_p(d, 2))
			mpz_divexact_ui(d, d, 2);
		else
			mpz_divexact_ui(d, d, 5);
		k++;
	}
	if (mpz_cmp_ui(d, 1) == 0) { /* a decimal of at most k places */
		mpz_ui_pow_ui(scaled, 10, k);
		mpz_mul(scaled, scaled, mpq_numref(q));
		mpz_divexact(scaled, scaled, mpq_denref(q));
		bool neg = mpz_sgn(scaled) < 0;
		mpz_abs(scaled, scaled);
		s = mpz_get_str(NULL, 10, scaled);
		size_t n = strlen(s);
		if (neg)
			buf_puts(b, "-");
		if (k == 0) {
			buf_puts(b, s);
		} else {
			if (n <= k) {
				buf_puts(b, "0.");
				buf_fill(b, '0', k - n);
				buf_puts(b, s);
			} else {
				buf_add(b, s, n - k);
				buf_puts(b, ".");
				buf_puts(b, s + n - k);
			}
			/* trailing zeros of the decimals */
			while (b->len && b->s[b->len - 1] == '0')
				b->len--;
			if (b->len && b->s[b->len - 1] == '.')
				b->len--;
		}
		if (percent)
			buf_puts(b, "%");
	} else { /* 1/3: a fraction, which a test reads as an expression */
		s = mpq_get_str(NULL, 10, q);
		if (percent)
			buf_printf(b, "%s * 1%%", s);
		else
			buf_puts(b, s);
	}
	void (*release)(void *, size_t);
	mp_get_memory_functions(NULL, NULL, &release);
	if (s)
		release(s, strlen(s) + 1);
	mpz_clears(d, scaled, NULL);
	mpq_clear(q);
}

/* A value as a test gives it, true and false in the template's keywords. */
static void test_value(struct buf *b, const struct value *v, bool chinese)
{
	char day[16];
	switch (v->type) {
	case TY_NUMBER:
		test_number(b, v->num, v->percent);
		break;
	case TY_TEXT:
		test_string(b, v->str, v->len);
		break;
	case TY_DATE:
		ast_format_date(day, v->date);
		buf_puts(b, day);
		break;
	case TY_BOOL:
		buf_puts(b, parse_keyword(v->boolean ? TOK_TRUE : TOK_FALSE, chinese));
		break;
	case TY_LIST: {
		const unsigned char *p = v->list;
		buf_puts(b, "[");
		for (int i = 0; i < v->nitems; i++) {
			size_t len;
			const char *s = eval_list_next(&p, &len);
			if (i)
				buf_puts(b, ", ");
			test_string(b, s, len);
		}
		buf_puts(b, "]");
		break;
	}
	default:
		buf_puts(b, "\"?\"");
	}
}

/* ---- test literals for the test generator (generate.c) ---- */

/* Appends b's text to out and frees it. */
static void into(struct strbuf *out, struct buf *b)
{
	if (b->failed)
		out->failed = true;
	else if (b->len)
		strbuf_add(out, b->s, b->len);
	free(b->s);
}

void render_test_name(struct strbuf *out, const char *name)
{
	struct buf b = { 0 };
	test_name(&b, name);
	into(out, &b);
}

void render_test_string(struct strbuf *out, const char *s, size_t len)
{
	struct buf b = { 0 };
	test_string(&b, s, len);
	into(out, &b);
}

void render_test_value(struct strbuf *out, const struct value *v, bool chinese)
{
	struct buf b = { 0 };
	if (v->type == TY_TEXT && v->picked) { /* a level's score, picked */
		buf_puts(&b, test_words(chinese).scored);
		buf_puts(&b, "(");
		test_value(&b, v, chinese);
		buf_puts(&b, ", ");
		test_number(&b, v->num, false);
		buf_puts(&b, ")");
	} else {
		test_value(&b, v, chinese);
	}
	into(out, &b);
}

void render_test_number(struct strbuf *out, const mpq_t q, bool percent)
{
	struct buf b = { 0 };
	test_number(&b, q, percent);
	into(out, &b);
}

static void render_test(struct buf *o, struct eval *ev)
{
	struct program *p = ev->prog;
	bool zh = p->chinese_keywords;
	struct test_words w = test_words(zh);
	buf_printf(o, "%s ", w.test);
	test_string(o, p->title, strlen(p->title));
	buf_printf(o, " {\n    %s {\n", w.given);
	/* the values: declared inputs, then each indicator's own, with what
	 * the data says of its row */
	for (int k = 0; k < p->inputs.n; k++) {
		struct input *in = p->inputs.items[k];
		if ((ev->present[in->index] != INPUT_OK && ev->present[in->index] != INPUT_MARKED) || in->owner)
			continue;
		buf_puts(o, "        ");
		test_name(o, in->name);
		buf_puts(o, ": ");
		if (ev->present[in->index] == INPUT_MARKED) /* 未填报 */
			test_string(o, eval_marks[ev->mark[in->index]], strlen(eval_marks[ev->mark[in->index]]));
		else
			test_value(o, eval_input_slot(ev, in), zh);
		buf_puts(o, "\n");
	}
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		const struct row_data *row = &ev->row[i];
		const struct ind_result *res = &ev->ind[i];
		struct input *in = it->input;
		bool given = in && ev->present[in->index] == INPUT_OK;
		bool marked = in && ev->present[in->index] == INPUT_MARKED;
		if (!given && !marked && !row->inapplicable && !res->overridden)
			continue;
		buf_puts(o, "        ");
		test_name(o, it->name);
		buf_puts(o, ": ");
		const struct value *v = given ? eval_input_slot(ev, in) : NULL;
		if (marked && !row->inapplicable) { /* 未填报 */
			test_string(o, eval_marks[ev->mark[in->index]], strlen(eval_marks[ev->mark[in->index]]));
		} else if (row->inapplicable) {
			buf_puts(o, "\"/\"");
		} else if (it->scoring && it->scoring->kind == RULE_JUDGED && row->has_score) {
			if (row->shown) { /* what the table shows, and the score */
				buf_printf(o, "%s(", w.scored);
				test_string(o, row->shown, row->shown_len);
				buf_puts(o, ", ");
				test_number(o, row->score, false);
				buf_puts(o, ")");
			} else {
				test_number(o, row->score, false);
			}
		} else if (v && v->type == TY_TEXT && v->picked) { /* a level's score, picked */
			buf_printf(o, "%s(", w.scored);
			test_value(o, v, zh);
			buf_puts(o, ", ");
			test_number(o, v->num, false);
			buf_puts(o, ")");
		} else if (res->overridden) {
			buf_printf(o, "%s(", w.scored);
			if (v) {
				test_value(o, v, zh);
				buf_puts(o, ", ");
			}
			test_number(o, res->score, false);
			buf_puts(o, ")");
		} else if (v) {
			test_value(o, v, zh);
		}
		buf_puts(o, "\n");
	}
	/* the scores: the published ones where the data has them */
	buf_printf(o, "    }\n    %s {\n", w.expect);
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		if (!ev->ind[i].applicable && !ev->row[i].has_published)
			continue;
		buf_puts(o, "        ");
		test_name(o, it->name);
		buf_puts(o, ": ");
		test_number(o, ev->row[i].has_published ? ev->row[i].published : ev->ind[i].score, false);
		buf_puts(o, "\n");
	}
	buf_printf(o, "        %s: ", w.total);
	test_number(o, ev->has_pub_total ? ev->pub_total : ev->total, false);
	buf_puts(o, "\n");
	const char *grade = ev->pub_grade ? ev->pub_grade : ev->grade;
	if (grade) {
		buf_printf(o, "        %s: ", w.grade);
		test_string(o, grade, strlen(grade));
		buf_puts(o, "\n");
	}
	buf_puts(o, "    }\n}\n");
}

char *render_text_of(struct eval *ev, enum render_format fmt, bool verify, size_t *len)
{
	struct buf o = { 0 };
	if (fmt == RENDER_TEST)
		render_test(&o, ev);
	else if (fmt == RENDER_JSON)
		render_json(&o, ev, verify);
	else
		render_text(&o, ev, verify);
	*len = o.len;
	char *s = buf_take(&o);
	if (!s)
		errno = ENOMEM;
	return s;
}

int render(FILE *out, struct eval *ev, enum render_format fmt, bool verify)
{
	size_t len;
	char *s = render_text_of(ev, fmt, verify, &len);
	if (!s)
		return -1;
	bool ok = fwrite(s, 1, len, out) == len;
	free(s);
	return ok && !ferror(out) ? 0 : -1;
}

/* b's text (buf_take), or NULL when there is none. */
static char *cell_text(struct buf *b)
{
	if (b->len == 0) {
		free(b->s);
		return NULL;
	}
	return buf_take(b);
}

char *render_target(struct program *p, struct item *ind)
{
	struct buf b = { 0 };
	show_target(&b, p, ind, false);
	return cell_text(&b);
}

char *render_unit_target(struct eval *ev, struct item *ind, bool with_unit)
{
	struct buf b = { 0 };
	bool number;
	show_unit_target(&b, ev, ind, false, &number);
	if (number && with_unit)
		put_unit(&b, ind, false);
	return cell_text(&b);
}

char *render_actual(struct eval *ev, struct item *ind)
{
	struct buf b = { 0 };
	show_actual(&b, ev, ind, false);
	return cell_text(&b);
}
