/* html.c - the report as one self-contained HTML page (report.h;
 * docs/reports.md).
 *
 * The page is the form of the workbook (xlsx.c): the title, the header,
 * the budget block of a self-evaluation form, the indicator table with a
 * group's cell spanning its rows, and the 总分 row; then a chart, in SVG,
 * of each top-level group's score against its weight.  Nothing outside
 * the page is loaded and no script runs: it reads the same saved, mailed
 * or printed.  The print style sets A4 and repeats the table's heading on
 * every page.  Every text from the template or the data is escaped. */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* s, escaped for HTML text and attribute values. */
static void esc(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default:
			/* control characters would be invalid HTML: shown as U+FFFD */
			if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
				fputs("\xEF\xBF\xBD", f);
			else
				fputc(*s, f);
		}
	}
}

/* A cell: <td class="cls" colspan rowspan title>text</td>. */
static void cell(FILE *f, const char *cls, int colspan, int rowspan, const char *title, const char *text)
{
	fputs("<td", f);
	if (cls && *cls)
		fprintf(f, " class=\"%s\"", cls);
	if (colspan > 1)
		fprintf(f, " colspan=\"%d\"", colspan);
	if (rowspan > 1)
		fprintf(f, " rowspan=\"%d\"", rowspan);
	if (title) {
		fputs(" title=\"", f);
		esc(f, title);
		fputc('"', f);
	}
	fputc('>', f);
	esc(f, text);
	fputs("</td>", f);
}

/* A number or a text, with the row's unit after a number, as the text
 * table shows it; a number (or a percent) aligned right. */
static void value_cell(FILE *f, const char *cls, const char *s, const char *unit)
{
	size_t n = s ? strlen(s) : 0;
	bool number = n && strspn(s, "-0123456789.") == n;
	bool percent = n > 1 && s[n - 1] == '%' && strspn(s, "-0123456789.") == n - 1;
	if (number || percent)
		cls = "num";
	fputs("<td", f);
	if (cls)
		fprintf(f, " class=\"%s\"", cls);
	fputc('>', f);
	esc(f, s);
	if (number && unit && strcmp(unit, "%"))
		esc(f, unit);
	fputs("</td>", f);
}

static const char style[] =
	"body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\","
	"sans-serif;margin:2em;color:#000}\n"
	"h1{text-align:center;font-size:1.5em;margin:0 0 .2em}\n"
	"p.year{text-align:center;margin:0 0 1em}\n"
	"table{border-collapse:collapse;width:100%;margin:0 0 1.5em}\n"
	"th,td{border:1px solid #000;padding:.3em .5em;vertical-align:middle}\n"
	"th{background:#d9d9d9}\n"
	"td.group{text-align:center;min-width:5em}\n"
	"td.num{text-align:right;white-space:nowrap}\n"
	"td.marked{background:#fff2cc}\n"
	"td.explain{white-space:pre-line;font-size:.85em}\n"
	"tr.total td{font-weight:bold}\n"
	"p.note{font-size:.9em}\n"
	"svg text{font-size:12px}\n"
	"section.unit{break-before:page}\n"
	"pre{font-family:\"Noto Sans Mono CJK SC\",\"Sarasa Mono SC\",monospace}\n"
	"@media print{@page{size:A4;margin:12mm}body{margin:0}thead{display:table-header-group}"
	"tr{break-inside:avoid}}\n";

/* The chart: each top-level group's score against its weight. */
static void chart(FILE *f, const struct report *r)
{
	int n = rubric_item_count(r->t), k = 0;
	double most = 0;
	for (int i = 0; i < n; i++)
		if (rubric_item_parent(r->t, i) < 0) {
			double w = strtod(rubric_item_weight(r->t, i), NULL);
			if (w > most)
				most = w;
			k++;
		}
	if (!k || most <= 0)
		return;
	const int left = 160, width = 420, bar = 18, gap = 12;
	int height = k * (bar + gap) + gap;
	fprintf(f, "<h2>%s</h2>\n", _("score against weight"));
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">\n",
		left + width + 90, height);
	int y = gap;
	for (int i = 0; i < n; i++) {
		if (rubric_item_parent(r->t, i) >= 0)
			continue;
		const char *weight = rubric_item_weight(r->t, i);
		const char *score = r->score[i];
		double w = strtod(weight, NULL), s = score ? strtod(score, NULL) : 0;
		int ww = (int)(w / most * width + 0.5), sw = (int)(s / most * width + 0.5);
		fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", left - 8, y + bar - 5);
		esc(f, rubric_item_name(r->t, i));
		fputs("</text>\n", f);
		fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#d9d9d9\"/>\n", left, y, ww, bar);
		fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4472c4\"/>\n", left, y, sw, bar);
		fprintf(f, "<text x=\"%d\" y=\"%d\">", left + ww + 6, y + bar - 5);
		esc(f, score ? score : "/");
		fputs(" / ", f);
		esc(f, weight);
		fputs("</text>\n", f);
		y += bar + gap;
	}
	fputs("</svg>\n", f);
}

static void report_html_begin(FILE *f, const char *title)
{
	const char *lang = strcmp(_("score"), "score") ? "zh-CN" : "en";
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>", lang);
	esc(f, title);
	fprintf(f, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

static void report_html_end(FILE *f)
{
	fputs("</body>\n</html>\n", f);
}

/* A row of the form's header holding one field: its label, and its value
 * across the other six columns. */
static void header_row(FILE *f, const char *label, const char *value)
{
	fputs("<tr><th>", f);
	esc(f, label);
	fputs("</th>", f);
	cell(f, NULL, 6, 1, NULL, value);
	fputs("</tr>\n", f);
}

static void report_html_unit(FILE *f, const struct report *r, const char *heading)
{
	bool self = r->form == REPORT_SELF;
	struct report_layout lay;
	report_layout(r, &lay);
	if (heading) { /* one of a batch: under the batch's title */
		fputs("<section class=\"unit\">\n<h2>", f);
		esc(f, heading);
		fputs("</h2>\n", f);
	} else {
		fputs("<h1>", f);
		esc(f, r->title);
		fputs("</h1>\n", f);
	}
	char *year = report_year(r);
	if (year) {
		fputs("<p class=\"year\">", f);
		esc(f, year);
		fputs("</p>\n", f);
	}
	free(year);
	/* the form's header and the budget block */
	bool budget = self && r->budget >= 0;
	if (r->project || r->department || r->implementer || budget) {
		fputs("<table class=\"header\">\n", f);
		if (r->project)
			header_row(f, _("project"), r->project);
		if (r->department && r->implementer) { /* side by side, as on the paper form */
			fputs("<tr><th>", f);
			esc(f, _("department in charge"));
			fputs("</th>", f);
			cell(f, NULL, 2, 1, NULL, r->department);
			fputs("<th>", f);
			esc(f, _("implementing unit"));
			fputs("</th>", f);
			cell(f, NULL, 3, 1, NULL, r->implementer);
			fputs("</tr>\n", f);
		} else if (r->department) { /* a field no one gives is left out */
			header_row(f, _("department in charge"), r->department);
		} else if (r->implementer) {
			header_row(f, _("implementing unit"), r->implementer);
		}
		if (budget) {
			static const char *const heads[] = { N_("initial budget"), N_("annual budget"), N_("spent"),
							     N_("weight"), N_("execution rate"), N_("score") };
			char *label = report_budget_label(r);
			fputs("<tr><th>", f);
			esc(f, label);
			fputs("</th>", f);
			free(label);
			for (int k = 0; k < 6; k++) {
				fputs("<th>", f);
				esc(f, _(heads[k]));
				fputs("</th>", f);
			}
			fputs("</tr>\n<tr>", f);
			cell(f, "group", 1, 1, NULL, rubric_item_name(r->t, r->budget));
			for (int k = RUBRIC_BUDGET_INITIAL; k <= RUBRIC_BUDGET_SPENT; k++)
				value_cell(f, NULL, r->budget_figure[k], NULL);
			value_cell(f, NULL, rubric_item_weight(r->t, r->budget), NULL);
			value_cell(f, NULL, r->budget_actual, NULL);
			value_cell(f, NULL, r->score[r->budget] ? r->score[r->budget] : "/", NULL);
			fputs("</tr>\n", f);
		}
		fputs("</table>\n", f);
	}
	/* the indicator table */
	fputs("<table class=\"form\">\n<thead><tr>", f);
	for (int k = 0; k < lay.ncols; k++) {
		fputs("<th>", f);
		esc(f, report_heading(r, &lay, k));
		fputs("</th>", f);
	}
	fputs("</tr></thead>\n<tbody>\n", f);
	bool marked_any = false;
	for (int i = 0; i < r->nrows; i++) {
		const struct report_row *x = &r->rows[i];
		bool marked = x->overridden || x->judged;
		marked_any |= marked;
		fputs("<tr>", f);
		for (int k = 0; k < x->depth; k++) {
			int span = report_group_span(r, i, k);
			if (span <= 0)
				continue;
			char *named = report_group_label(r, x->groups[k]);
			cell(f, "group", 1, span, NULL, named);
			free(named);
		}
		cell(f, marked ? "marked" : NULL, lay.c_name - x->depth + 1, 1, NULL, x->name);
		/* the remark: in the last column, and why the score is not the
		 * rule's as the score cell's tooltip */
		char *remark = report_remark(x);
		for (int c = lay.c_name + 1; c < lay.ncols; c++) {
			if (c == lay.c_target) {
				value_cell(f, NULL, x->target, NULL);
			} else if (c == lay.c_actual) {
				value_cell(f, NULL, x->applicable ? x->actual : "/", x->unit);
			} else if (c == lay.c_weight) {
				value_cell(f, NULL, x->weight, NULL);
			} else if (c == lay.c_score) {
				/* a row pending has no score: 待核实, as the table and
				 * Markdown say, not the "/" of a row not applicable */
				char *shown = report_fmt("%s%s", x->pending ? "待核实" : x->score ? x->score : "/",
							 marked ? "*" : "");
				cell(f, marked ? "num marked" : "num", 1, 1, marked ? remark : NULL, shown);
				free(shown);
			} else if (c == lay.c_note) {
				cell(f, NULL, 1, 1, NULL, x->note ? x->note : "");
			} else if (c == lay.c_reason) {
				cell(f, NULL, 1, 1, NULL, remark ? remark : "");
			} else if (c == lay.c_explain) {
				cell(f, "explain", 1, 1, NULL, x->explain ? x->explain : "");
			}
		}
		free(remark);
		fputs("</tr>\n", f);
	}
	char *grade = report_grade_label(r);
	fputs("<tr class=\"total\">", f);
	cell(f, "group", lay.c_weight, 1, NULL, _("total"));
	for (int c = lay.c_weight; c < lay.ncols; c++) {
		if (c == lay.c_weight)
			cell(f, "num", 1, 1, NULL, r->max);
		else if (c == lay.c_score)
			cell(f, "num", 1, 1, NULL, r->total ? r->total : "");
		else if (c == lay.c_score + 1) /* the grade, across the rest */
			cell(f, NULL, lay.ncols - c, 1, NULL, grade);
		else if (c < lay.c_score)
			cell(f, NULL, 1, 1, NULL, "");
	}
	free(grade);
	fputs("</tr>\n</tbody>\n</table>\n", f);
	if (marked_any) {
		fputs("<p class=\"note\">", f);
		esc(f, _("* a score set by the data or judged by the evaluator, not given by the rule"));
		fputs("</p>\n", f);
	}
	if (heading)
		fputs("</section>\n", f);
	else
		chart(f, r); /* one unit's page */
}

static void report_html_failed(FILE *f, const char *heading)
{
	fputs("<section class=\"unit\">\n<h2>", f);
	esc(f, heading);
	fputs("</h2>\n<p>", f);
	esc(f, _("not scored: see the errors"));
	fputs("</p>\n</section>\n", f);
}

static void report_html_summary(FILE *f, const char *title, const char *text, const char *const *grades,
			 const long *counts, int ngrades)
{
	fputs("<h1>", f);
	esc(f, title);
	fputs("</h1>\n<section class=\"summary\">\n<h2>", f);
	esc(f, _("summary"));
	fputs("</h2>\n<pre>", f);
	esc(f, text);
	fputs("</pre>\n", f);
	/* the grades: a bar per grade, as long as its count */
	long most = 0;
	for (int g = 0; g < ngrades; g++)
		if (counts[g] > most)
			most = counts[g];
	if (ngrades > 0 && most > 0) {
		const int left = 100, width = 420, bar = 18, gap = 12;
		fprintf(f, "<h3>%s</h3>\n", _("grades"));
		fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">\n",
			left + width + 80, ngrades * (bar + gap) + gap);
		for (int g = 0, y = gap; g < ngrades; g++, y += bar + gap) {
			int w = (int)((double)counts[g] / (double)most * width + 0.5);
			fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", left - 8, y + bar - 5);
			esc(f, grades[g]);
			fprintf(f, "</text>\n<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4472c4\"/>\n", left, y,
				w, bar);
			fprintf(f, "<text x=\"%d\" y=\"%d\">%ld</text>\n", left + w + 6, y + bar - 5, counts[g]);
		}
		fputs("</svg>\n", f);
	}
	/* every unit, in the file's order, with its rank */
	fputs("<table class=\"units\">\n<thead><tr><th>", f);
	esc(f, _("no."));
	fputs("</th><th>", f);
	esc(f, _("unit"));
	fputs("</th><th>", f);
	esc(f, _("total"));
	fputs("</th><th>", f);
	esc(f, _("grade"));
	fputs("</th><th>", f);
	esc(f, _("rank"));
	fputs("</th></tr></thead>\n<tbody>\n", f);
}

static void report_html_summary_row(FILE *f, long i, const struct report_unit_line *u)
{
	char no[32], rank[32];
	snprintf(no, sizeof no, "%ld", i + 1);
	snprintf(rank, sizeof rank, "%ld", u->rank);
	fputs("<tr>", f);
	cell(f, "num", 1, 1, NULL, no);
	cell(f, NULL, 1, 1, NULL, u->heading ? u->heading : "");
	cell(f, "num", 1, 1, NULL, u->total ? u->total : "/");
	cell(f, NULL, 1, 1, NULL, u->total ? (u->grade ? u->grade : "-") : _("not scored: see the errors"));
	cell(f, "num", 1, 1, NULL, u->total && u->rank > 0 ? rank : "");
	fputs("</tr>\n", f);
}

static void report_html_summary_end(FILE *f)
{
	fputs("</tbody>\n</table>\n</section>\n", f);
}

const struct report_page report_html = {
	report_html_begin, report_html_summary, report_html_summary_row, report_html_summary_end,
	report_html_unit, report_html_failed, report_html_end,
};
