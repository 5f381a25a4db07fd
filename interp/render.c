/* render.c - writing a scored table as aligned text or as JSON. */
#include "render.h"

#include <stdlib.h>
#include <string.h>

/* Digits shown for values that are not exact decimals (1/3). */
#define SHOW_FRAC 4
#define JSON_FRAC 10

/* A number as shown in a table: exact when short, else "≈" and rounded. */
static void show_num(char *buf, size_t cap, const mpq_t q, bool percent, int frac)
{
	bool exact;
	size_t n = num_format(buf, cap, q, frac, percent, &exact);
	if (!exact && n + 4 < cap) {
		memmove(buf + 3, buf, n + 1);
		memcpy(buf, "\xE2\x89\x88", 3); /* ≈ */
	}
}

static const char *const target_syms[] = {
	/* ORDER enum target_op */
	"", "≥", ">", "≤", "<", "=", "", "≤", "",
};

/* The target column: operator and the value as the template writes it. */
static void show_target(char *buf, size_t cap, struct program *p, struct item *ind)
{
	struct target *t = &ind->target;
	const char *src = p->src->text;
	buf[0] = '\0';
	if (t->op == TG_NONE)
		return;
	if (t->op == TG_TEXT) {
		snprintf(buf, cap, "%s", t->lo->str);
		return;
	}
	struct span lo = t->lo->span;
	if (t->op == TG_BETWEEN) {
		struct span hi = t->hi->span;
		snprintf(buf, cap, "%.*s~%.*s", (int)(lo.end - lo.start), src + lo.start,
			 (int)(hi.end - hi.start), src + hi.start);
		return;
	}
	snprintf(buf, cap, "%s%.*s", target_syms[t->op], (int)(lo.end - lo.start), src + lo.start);
}

/* The actual column. */
static void show_actual(char *buf, size_t cap, struct item *ind, const struct value *v)
{
	buf[0] = '\0';
	if (!v || (ind->rule && ind->rule->kind == RULE_JUDGED))
		return;
	switch (v->type) {
	case TY_NUMBER:
		show_num(buf, cap, v->num, v->percent, SHOW_FRAC);
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

#define NCOLS 5

struct row {
	char *cell[NCOLS];       /* name, target, actual, weight, score */
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

static int table_rows(struct table *t, struct eval *ev, struct vec *items)
{
	struct program *p = ev->prog;
	char target[512], actual[512], weight[64], score[64];
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		show_num(weight, sizeof weight, it->weight, false, SHOW_FRAC);
		if (it->kind == ITEM_GROUP) {
			show_num(score, sizeof score, ev->group_score[it->index], false, SHOW_FRAC);
			const char *cells[NCOLS] = { it->name, "", "", weight, score };
			if (add_row(t, it->depth * 2, cells) < 0 || table_rows(t, ev, &it->children) < 0)
				return -1;
			continue;
		}
		struct ind_result *res = &ev->ind[it->index];
		show_target(target, sizeof target, p, it);
		show_actual(actual, sizeof actual, it, res->actual);
		show_num(score, sizeof score, res->score, false, SHOW_FRAC);
		const char *cells[NCOLS] = { it->name, target, actual, weight, score };
		if (add_row(t, it->depth * 2, cells) < 0)
			return -1;
	}
	return 0;
}

static void pad(FILE *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fputc(' ', out);
}

static int render_text(FILE *out, struct eval *ev)
{
	struct program *p = ev->prog;
	struct table t = { 0 };
	static const char *const head[NCOLS] = { "indicator", "target", "actual", "weight", "score" };
	char total[64], max[64];
	int rc = -1;
	if (add_row(&t, 0, head) < 0 || table_rows(&t, ev, &p->items) < 0)
		goto done;
	show_num(total, sizeof total, ev->total, false, SHOW_FRAC);
	show_num(max, sizeof max, p->total, false, SHOW_FRAC);
	const char *tot[NCOLS] = { "total", "", "", max, total };
	const char *grade[NCOLS] = { "grade", "", "", "", ev->grade ? ev->grade : "-" };
	if (add_row(&t, 0, tot) < 0 || add_row(&t, 0, grade) < 0)
		goto done;
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
	for (int i = 0; i < t.n; i++) {
		struct row *r = &t.rows[i];
		if (i == t.n - 2) {
			/* a rule above the total */
			size_t all = 0;
			for (int c = 0; c < NCOLS; c++)
				all += width[c] + (c ? 2 : 0);
			for (size_t k = 0; k < all; k++)
				fputc('-', out);
			fputc('\n', out);
		}
		for (int c = 0; c < NCOLS; c++) {
			const char *s = r->cell[c];
			size_t w = diag_width(s, strlen(s)) + (c == 0 ? (size_t)r->indent : 0);
			if (c > 0)
				fputs("  ", out);
			if (c >= 3) {
				/* numbers align right */
				pad(out, width[c] - w);
				fputs(s, out);
			} else {
				if (c == 0)
					pad(out, (size_t)r->indent);
				fputs(s, out);
				if (c < NCOLS - 1)
					pad(out, width[c] - w);
			}
		}
		fputc('\n', out);
	}
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

static int render_json(FILE *out, struct eval *ev)
{
	struct program *p = ev->prog;
	char buf[512];
	fputs("{\n  \"title\": ", out);
	json_cstr(out, p->title);
	fputs(",\n  \"total\": ", out);
	json_num(out, ev->total);
	fputs(",\n  \"max\": ", out);
	json_num(out, p->total);
	fputs(",\n  \"grade\": ", out);
	json_cstr(out, ev->grade);
	fputs(",\n  \"indicators\": [", out);
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *it = p->indicators.items[i];
		struct ind_result *res = &ev->ind[i];
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
		show_actual(buf, sizeof buf, it, res->actual);
		json_cstr(out, buf[0] ? buf : NULL);
		fputs(", \"raw\": ", out);
		json_num(out, res->raw);
		fputs(", \"score\": ", out);
		json_num(out, res->score);
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
	fputs("\n  ]\n}\n", out);
	return ferror(out) ? -1 : 0;
}

int render(FILE *out, struct eval *ev, enum render_format fmt)
{
	return fmt == RENDER_JSON ? render_json(out, ev) : render_text(out, ev);
}
