/* render.c - writing a scored table as aligned text or as JSON. */
#include "render.h"

#include <stdlib.h>
#include <string.h>

/* Digits shown for values that are not exact decimals (1/3). */
#define SHOW_FRAC 4
#define JSON_FRAC 10

/* A number as shown in a table: exact when short, else "≈" and rounded
 * (num_show). */
static void show_num(char *buf, size_t cap, const mpq_t q, bool percent)
{
	num_show(buf, cap, q, SHOW_FRAC, percent);
}

static const char *const target_syms[] = {
	/* ORDER enum target_op */
	"", "≥", ">", "≤", "<", "=", "", "≤", "", "",
};

/* A target's value: a literal as its value (so that 100％ and 100% show
 * alike), anything else as the template writes it. */
static void show_operand(char *buf, size_t cap, struct program *p, const struct expr *e)
{
	if (e->kind == EX_NUM) {
		num_format(buf, cap, e->num, 6, e->percent, NULL);
	} else if (e->kind == EX_DATE && cap >= 32) {
		ast_format_date(buf, e->date);
	} else {
		snprintf(buf, cap, "%.*s", (int)(e->span.end - e->span.start), p->src->text + e->span.start);
	}
}

/* The target column: the operator as a symbol, and the value. */
static void show_target(char *buf, size_t cap, struct program *p, struct item *ind)
{
	struct target *t = &ind->target;
	char lo[256], hi[256];
	buf[0] = '\0';
	if (t->op == TG_NONE)
		return;
	if (t->op == TG_TEXT) {
		snprintf(buf, cap, "%s", t->lo->str);
		return;
	}
	show_operand(lo, sizeof lo, p, t->lo);
	if (t->op == TG_BETWEEN) {
		show_operand(hi, sizeof hi, p, t->hi);
		snprintf(buf, cap, "%s~%s", lo, hi);
	} else
		snprintf(buf, cap, "%s%s", target_syms[t->op], lo);
}

/* The actual column. */
static void show_actual(char *buf, size_t cap, struct eval *ev, struct item *ind)
{
	const struct value *v = ev->ind[ind->index].actual;
	const struct row_data *row = &ev->row[ind->index];
	buf[0] = '\0';
	if (!ev->ind[ind->index].applicable) {
		snprintf(buf, cap, "/");
		return;
	}
	if (ind->rule && ind->rule->kind == RULE_JUDGED) {
		if (row->shown) /* the judged score's input is not shown; what the data wrote is */
			snprintf(buf, cap, "%.*s", (int)row->shown_len, row->shown);
		return;
	}
	if (!v)
		return;
	switch (v->type) {
	case TY_NUMBER:
		show_num(buf, cap, v->num, v->percent);
		break;
	case TY_TEXT:
		snprintf(buf, cap, "%.*s", (int)v->len, v->str);
		break;
	case TY_DATE:
		if (cap >= 32)
			ast_format_date(buf, v->date);
		break;
	case TY_BOOL:
		snprintf(buf, cap, "%s", v->boolean ? "是" : "否");
		break;
	case TY_LIST:
		if (ind->rule && ind->rule->kind == RULE_CHECKLIST)
			snprintf(buf, cap, "%d/%d", v->nitems, ind->rule->entries.n);
		else
			snprintf(buf, cap, "%d", v->nitems);
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
	char *cell[NCOLS];       /* see the enum above */
	int indent;              /* spaces before the name */
};

struct table {
	struct row *rows;
	int n, cap;
};

static int add_row(struct table *t, int indent, const char *const cells[NCOLS])
{
	if (t->n == t->cap) {
		int cap = t->cap ? t->cap * 2 : 32;
		struct row *rows = realloc(t->rows, (size_t)cap * sizeof *rows);
		if (!rows)
			return -1;
		t->rows = rows;
		t->cap = cap;
	}
	struct row *r = &t->rows[t->n++];
	r->indent = indent;
	for (int i = 0; i < NCOLS; i++) {
		r->cell[i] = strdup(cells[i] ? cells[i] : "");
		if (!r->cell[i])
			return -1;
	}
	return 0;
}

/* The remark of an indicator's row: an override, a reason, "/". */
static void show_remark(char *buf, size_t cap, struct eval *ev, struct item *it)
{
	struct ind_result *res = &ev->ind[it->index];
	struct row_data *row = &ev->row[it->index];
	char rule[64];
	size_t n = 0;
	buf[0] = '\0';
	if (!res->applicable) {
		snprintf(buf, cap, "not applicable");
		return;
	}
	if (res->overridden) {
		show_num(rule, sizeof rule, res->rule, false);
		n = (size_t)snprintf(buf, cap, "overridden, the rule gives %s", rule);
	}
	if (row->reason && n < cap)
		snprintf(buf + n, cap - n, "%s%.*s", n ? ": " : "", (int)row->reason_len, row->reason);
}

static int table_rows(struct table *t, struct eval *ev, struct vec *items, bool verify)
{
	struct program *p = ev->prog;
	char target[512], actual[512], weight[64], score[64], published[80], remark[1024];
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		show_num(weight, sizeof weight, it->weight, false);
		if (it->kind == ITEM_GROUP) {
			show_num(score, sizeof score, ev->group_score[it->index], false);
			const char *cells[NCOLS] = { it->name, "", "", weight, score, "", "" };
			if (add_row(t, it->depth * 2, cells) < 0 || table_rows(t, ev, &it->children, verify) < 0)
				return -1;
			continue;
		}
		struct ind_result *res = &ev->ind[it->index];
		struct row_data *row = &ev->row[it->index];
		show_target(target, sizeof target, p, it);
		show_actual(actual, sizeof actual, ev, it);
		if (res->applicable)
			show_num(score, sizeof score, res->score, false);
		else
			snprintf(score, sizeof score, "/");
		if (it->inapplicable)
			snprintf(weight, sizeof weight, "/");
		if (res->overridden) /* marked: the data's score, not the rule's */
			snprintf(score + strlen(score), sizeof score - strlen(score), "*");
		published[0] = '\0';
		if (verify && row->has_published) {
			show_num(published, sizeof published, row->published, false);
			if (eval_row_disagrees(ev, it->index))
				snprintf(published + strlen(published), sizeof published - strlen(published), " ≠");
		}
		show_remark(remark, sizeof remark, ev, it);
		const char *cells[NCOLS] = { it->name, target, actual, weight, score, published, remark };
		if (add_row(t, it->depth * 2, cells) < 0)
			return -1;
	}
	return 0;
}

/* The budget row's figures, as the form's 项目资金 columns. */
static void text_budget(FILE *out, struct eval *ev)
{
	struct program *p = ev->prog;
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		if (!it->budget)
			continue;
		fprintf(out, "%s:", it->name);
		for (int k = 0; k < BUDGET_NINPUTS; k++) {
			struct input *in = it->budget_in[k];
			char buf[64] = "-";
			if (ev->present[in->index] == INPUT_OK)
				show_num(buf, sizeof buf, ev->slots[in->slot].num, false);
			fprintf(out, " %s %s%s", in->name, buf, in->unit ? in->unit : "");
			fputs(k < BUDGET_NINPUTS - 1 ? "," : "", out);
		}
		if (ev->ind[i].actual) {
			char rate[64];
			show_num(rate, sizeof rate, ev->ind[i].actual->num, true);
			fprintf(out, "; 执行率 %s", rate);
		}
		fputs("\n\n", out);
	}
}

/* Lines after the table: the overrides mark, rows not applicable, the
 * rescaling, and the audit. */
static void text_notes(FILE *out, struct eval *ev, bool verify)
{
	struct program *p = ev->prog;
	char b1[64], b2[64], b3[64];
	bool overridden = false;
	int na = 0;
	for (int i = 0; i < p->indicators.n; i++) {
		overridden |= ev->ind[i].overridden;
		na += !ev->ind[i].applicable && !((struct item *)p->indicators.items[i])->inapplicable;
	}
	if (overridden || na || ev->rescaled)
		fputc('\n', out);
	if (overridden)
		fputs("* score set by the data, overriding the rule\n", out);
	if (na) {
		show_num(b1, sizeof b1, ev->applicable, false);
		fprintf(out, "%d indicator%s not applicable: excluded; the applicable weights add up to %s\n",
			na, na == 1 ? "" : "s", b1);
	}
	if (ev->rescaled) {
		show_num(b1, sizeof b1, ev->sum, false);
		show_num(b2, sizeof b2, ev->applicable, false);
		show_num(b3, sizeof b3, p->total, false);
		fprintf(out, "total rescaled: %s / %s × %s\n", b1, b2, b3);
	}
	if (!verify)
		return;
	struct audit a;
	mpq_init(a.rows_sum);
	eval_audit(ev, &a);
	fputc('\n', out);
	fprintf(out, "verify: %d finding%s; %d published row score%s checked\n", a.findings,
		a.findings == 1 ? "" : "s", a.rows, a.rows == 1 ? "" : "s");
	for (int i = 0; i < p->indicators.n; i++) {
		if (!eval_row_disagrees(ev, i))
			continue;
		struct item *it = p->indicators.items[i];
		show_num(b1, sizeof b1, ev->row[i].published, false);
		show_num(b2, sizeof b2, ev->ind[i].score, false);
		if (!ev->ind[i].applicable)
			fprintf(out, "  %s: published %s, but the indicator is not applicable\n", it->name, b1);
		else
			fprintf(out, "  %s: published %s, the %s %s\n", it->name, b1,
				ev->ind[i].overridden ? "data's score is" : "rule gives", b2);
	}
	if (eval_total_disagrees(ev)) {
		show_num(b1, sizeof b1, ev->pub_total, false);
		show_num(b2, sizeof b2, ev->total, false);
		fprintf(out, "  total: published %s, but the %s %s", b1,
			ev->rescaled ? "rescaled total is" : "rows add up to", b2);
		if (a.rows == p->indicators.n && mpq_cmp(a.rows_sum, ev->sum) != 0) {
			show_num(b3, sizeof b3, a.rows_sum, false);
			fprintf(out, " (the published rows add up to %s)", b3);
		}
		fputc('\n', out);
	}
	if (eval_grade_disagrees(ev))
		fprintf(out, "  grade: published %s, but the total's grade is %s\n", ev->pub_grade,
			ev->grade ? ev->grade : "none");
	mpq_clear(a.rows_sum);
}

static void pad(FILE *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fputc(' ', out);
}

static int render_text(FILE *out, struct eval *ev, bool verify)
{
	struct program *p = ev->prog;
	struct table t = { 0 };
	static const char *const head[NCOLS] = {
		"indicator", "target", "actual", "weight", "score", "published", "remark"
	};
	char total[64], max[64], pub[80] = "";
	int rc = -1;
	if (add_row(&t, 0, head) < 0 || table_rows(&t, ev, &p->items, verify) < 0)
		goto done;
	show_num(total, sizeof total, ev->total, false);
	show_num(max, sizeof max, p->total, false);
	if (verify && ev->has_pub_total) {
		/* room is kept for the mark, however long the number */
		static const char mark[] = " ≠";
		show_num(pub, sizeof pub - (sizeof mark - 1), ev->pub_total, false);
		if (eval_total_disagrees(ev))
			strcat(pub, mark);
	}
	const char *tot[NCOLS] = { "total", "", "", max, total, pub, "" };
	const char *grade[NCOLS] = { "grade", "", "", "", ev->grade ? ev->grade : "-",
				     verify && ev->pub_grade ? ev->pub_grade : "", "" };
	if (add_row(&t, 0, tot) < 0 || add_row(&t, 0, grade) < 0)
		goto done;
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
	fprintf(out, "%s\n\n", p->title);
	text_budget(out, ev);
	for (int i = 0; i < t.n; i++) {
		struct row *r = &t.rows[i];
		if (i == t.n - 2) {
			/* a rule above the total, as wide as the columns but the remark */
			size_t all = 0;
			for (int k = 0; k < ncols && cols[k] != C_REMARK; k++)
				all += width[cols[k]] + (k ? 2 : 0);
			for (size_t k = 0; k < all; k++)
				fputc('-', out);
			fputc('\n', out);
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
				fputs("  ", out);
			if (!text) {
				/* numbers align right */
				pad(out, width[c] - w);
				fputs(s, out);
			} else {
				if (c == 0)
					pad(out, (size_t)r->indent);
				fputs(s, out);
				if (k < end - 1)
					pad(out, width[c] - w);
			}
		}
		fputc('\n', out);
	}
	text_notes(out, ev, verify);
	rc = ferror(out) ? -1 : 0;
done:
	for (int i = 0; i < t.n; i++)
		for (int c = 0; c < NCOLS; c++)
			free(t.rows[i].cell[c]);
	free(t.rows);
	return rc;
}

/* ---- JSON ---- */

static void json_str(FILE *out, const char *s, size_t len)
{
	fputc('"', out);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static void json_cstr(FILE *out, const char *s)
{
	if (s)
		json_str(out, s, strlen(s));
	else
		fputs("null", out);
}

static void json_num(FILE *out, const mpq_t q)
{
	char buf[128];
	num_format(buf, sizeof buf, q, JSON_FRAC, false, NULL);
	fputs(buf, out);
}

/* The names of the groups above it (and it itself, with self). */
static void json_path(FILE *out, struct item *it, bool self)
{
	struct item *chain[64];
	int n = 0;
	for (struct item *g = self ? it : it->parent; g && n < 64; g = g->parent)
		chain[n++] = g;
	fputc('[', out);
	for (int i = n - 1; i >= 0; i--) {
		json_cstr(out, chain[i]->name);
		if (i)
			fputs(", ", out);
	}
	fputc(']', out);
}

/* A number, or null when there is none. */
static void json_num_if(FILE *out, bool has, const mpq_t q)
{
	if (has)
		json_num(out, q);
	else
		fputs("null", out);
}

static void json_budget(FILE *out, struct eval *ev)
{
	struct program *p = ev->prog;
	static const char *const keys[BUDGET_NINPUTS] = { "initial", "planned", "spent" };
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		if (!it->budget)
			continue;
		fputs("{\"name\": ", out);
		json_cstr(out, it->name);
		for (int k = 0; k < BUDGET_NINPUTS; k++) {
			struct input *in = it->budget_in[k];
			fprintf(out, ", \"%s\": ", keys[k]);
			json_num_if(out, ev->present[in->index] == INPUT_OK, ev->slots[in->slot].num);
		}
		fputs(", \"rate\": ", out);
		if (ev->ind[i].actual)
			json_num(out, ev->ind[i].actual->num);
		else
			fputs("null", out);
		fputs(", \"weight\": ", out);
		json_num(out, it->weight);
		fputs(", \"score\": ", out);
		json_num(out, ev->ind[i].score);
		fputc('}', out);
		return;
	}
	fputs("null", out);
}

static void json_verify(FILE *out, struct eval *ev)
{
	struct program *p = ev->prog;
	struct audit a;
	mpq_init(a.rows_sum);
	eval_audit(ev, &a);
	fprintf(out, "{\"rows\": %d, \"published_rows_sum\": ", a.rows);
	json_num(out, a.rows_sum);
	fprintf(out, ", \"findings\": [");
	int n = 0;
	for (int i = 0; i < p->indicators.n; i++) {
		if (!eval_row_disagrees(ev, i))
			continue;
		struct item *it = p->indicators.items[i];
		fputs(n++ ? ",\n      " : "\n      ", out);
		fputs("{\"kind\": \"row\", \"name\": ", out);
		json_cstr(out, it->name);
		fputs(", \"path\": ", out);
		json_path(out, it, false);
		fputs(", \"published\": ", out);
		json_num(out, ev->row[i].published);
		fputs(", \"score\": ", out);
		json_num_if(out, ev->ind[i].applicable, ev->ind[i].score);
		fputc('}', out);
	}
	if (eval_total_disagrees(ev)) {
		fputs(n++ ? ",\n      " : "\n      ", out);
		fputs("{\"kind\": \"total\", \"published\": ", out);
		json_num(out, ev->pub_total);
		fputs(", \"score\": ", out);
		json_num(out, ev->total);
		fputc('}', out);
	}
	if (eval_grade_disagrees(ev)) {
		fputs(n++ ? ",\n      " : "\n      ", out);
		fputs("{\"kind\": \"grade\", \"published\": ", out);
		json_cstr(out, ev->pub_grade);
		fputs(", \"grade\": ", out);
		json_cstr(out, ev->grade);
		fputc('}', out);
	}
	fputs(n ? "\n    ]}" : "]}", out);
	mpq_clear(a.rows_sum);
}

static int render_json(FILE *out, struct eval *ev, bool verify)
{
	struct program *p = ev->prog;
	char buf[1024];
	fputs("{\n  \"title\": ", out);
	json_cstr(out, p->title);
	fputs(",\n  \"total\": ", out);
	json_num(out, ev->total);
	fputs(",\n  \"max\": ", out);
	json_num(out, p->total);
	fputs(",\n  \"grade\": ", out);
	json_cstr(out, ev->grade);
	fputs(",\n  \"sum\": ", out);
	json_num(out, ev->sum);
	fputs(",\n  \"applicable\": ", out);
	json_num(out, ev->applicable);
	fprintf(out, ",\n  \"rescaled\": %s", ev->rescaled ? "true" : "false");
	fputs(",\n  \"budget\": ", out);
	json_budget(out, ev);
	fputs(",\n  \"indicators\": [", out);
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		struct ind_result *res = &ev->ind[i];
		struct row_data *row = &ev->row[i];
		fputs(i ? ",\n    {" : "\n    {", out);
		fputs("\"name\": ", out);
		json_cstr(out, it->name);
		fputs(", \"path\": ", out);
		json_path(out, it, false);
		fputs(", \"weight\": ", out);
		json_num(out, it->weight);
		fputs(", \"target\": ", out);
		show_target(buf, sizeof buf, p, it);
		json_cstr(out, it->target.op == TG_NONE ? NULL : buf);
		fputs(", \"actual\": ", out);
		show_actual(buf, sizeof buf, ev, it);
		json_cstr(out, buf[0] && res->applicable ? buf : NULL);
		fprintf(out, ", \"applicable\": %s", res->applicable ? "true" : "false");
		fputs(", \"raw\": ", out);
		json_num_if(out, res->applicable, res->raw);
		fputs(", \"rule_score\": ", out);
		json_num_if(out, res->applicable, res->rule);
		fputs(", \"score\": ", out);
		json_num_if(out, res->applicable, res->score);
		fprintf(out, ", \"overridden\": %s", res->overridden ? "true" : "false");
		fputs(", \"reason\": ", out);
		if (row->reason)
			json_str(out, row->reason, row->reason_len);
		else
			fputs("null", out);
		fputs(", \"published\": ", out);
		json_num_if(out, row->has_published, row->published);
		fputc('}', out);
	}
	fputs("\n  ],\n  \"groups\": [", out);
	for (int i = 0; i < p->groups.n; i++) {
		struct item *g = p->groups.items[i];
		fputs(i ? ",\n    {" : "\n    {", out);
		fputs("\"name\": ", out);
		json_cstr(out, g->name);
		fputs(", \"path\": ", out);
		json_path(out, g, true);
		fputs(", \"weight\": ", out);
		json_num(out, g->weight);
		fputs(", \"score\": ", out);
		json_num(out, ev->group_score[i]);
		fputc('}', out);
	}
	fputs("\n  ],\n  \"published\": {\"total\": ", out);
	json_num_if(out, ev->has_pub_total, ev->pub_total);
	fputs(", \"grade\": ", out);
	json_cstr(out, ev->pub_grade);
	fputs("},\n  \"verify\": ", out);
	if (verify)
		json_verify(out, ev);
	else
		fputs("null", out);
	fputs("\n}\n", out);
	return ferror(out) ? -1 : 0;
}

int render(FILE *out, struct eval *ev, enum render_format fmt, bool verify)
{
	return fmt == RENDER_JSON ? render_json(out, ev, verify) : render_text(out, ev, verify);
}
