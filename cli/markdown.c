/* markdown.c - the report as Markdown (report.h; docs/reports.md).
 *
 * The same form as the page and the workbook, as tables a Markdown
 * reader (GitLab, GitHub, a wiki) shows: a group's name on its first row
 * only (Markdown merges no cells), the 总分 row in bold.  Text from the
 * template or the data is escaped so that it stays text: the characters
 * Markdown reads as markup get a backslash, '<' and '&' are entities, a
 * line break is <br> (a table's cell is one line) and any other control
 * character a space. */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void esc(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '<')
			fputs("&lt;", f);
		else if (c == '&')
			fputs("&amp;", f);
		else if (c == '\n') /* a line break in a cell */
			fputs("<br>", f);
		else if (c < 0x20 || c == 0x7F)
			fputc(' ', f);
		else {
			if (strchr("\\`*_[]|#>~", c))
				fputc('\\', f);
			fputc(c, f);
		}
	}
}

/* One row of a table: n cells. */
static void row(FILE *f, const char *const *cells, int n)
{
	fputs("|", f);
	for (int i = 0; i < n; i++) {
		fputc(' ', f);
		esc(f, cells[i]);
		fputs(" |", f);
	}
	fputc('\n', f);
}

static void rule(FILE *f, int n)
{
	fputs("|", f);
	for (int i = 0; i < n; i++)
		fputs("---|", f);
	fputc('\n', f);
}

static void md_begin(FILE *f, const char *title)
{
	(void)f;
	(void)title; /* Markdown has no head: the title is the first heading */
}

static void md_end(FILE *f)
{
	(void)f;
}

static void md_unit(FILE *f, const struct report *r, const char *heading)
{
	struct report_layout lay;
	report_layout(r, &lay);
	fputs(heading ? "## " : "# ", f);
	esc(f, heading ? heading : r->title);
	fputs("\n\n", f);
	char *year = report_year(r);
	if (year) {
		esc(f, year);
		fputs("\n\n", f);
	}
	free(year);
	/* the form's header, one line each */
	const char *head[][2] = { { _("project"), r->project },
				  { _("department in charge"), r->department },
				  { _("implementing unit"), r->implementer } };
	bool any = false;
	for (int k = 0; k < 3; k++)
		if (head[k][1]) {
			fputs("- ", f);
			esc(f, head[k][0]);
			fputs(_(": "), f);
			esc(f, head[k][1]);
			fputc('\n', f);
			any = true;
		}
	if (any)
		fputc('\n', f);
	if (r->form == REPORT_SELF && r->budget >= 0) {
		char *label = report_budget_label(r);
		const char *h[] = { label ? label : "", _("initial budget"), _("annual budget"), _("spent"), _("weight"),
				    _("execution rate"), _("score") };
		const char *v[] = { rubric_item_name(r->t, r->budget), r->budget_figure[0], r->budget_figure[1],
				    r->budget_figure[2], rubric_item_weight(r->t, r->budget), r->budget_actual,
				    r->score[r->budget] ? r->score[r->budget] : "/" };
		for (int k = 0; k < 7; k++)
			if (!v[k])
				v[k] = "";
		row(f, h, 7);
		rule(f, 7);
		row(f, v, 7);
		fputc('\n', f);
		free(label);
	}
	/* the indicator table */
	char *cells[REPORT_MAX_LEVELS + 8]; /* report_layout's columns at most */
	for (int c = 0; c < lay.ncols; c++)
		cells[c] = (char *)report_heading(r, &lay, c);
	row(f, (const char *const *)cells, lay.ncols);
	rule(f, lay.ncols);
	bool marked_any = false;
	for (int i = 0; i < r->nrows; i++) {
		marked_any |= r->rows[i].overridden || r->rows[i].judged;
		if (report_row_cells(r, &lay, i, true, cells) != 0)
			break; /* out of memory: report_failed says so */
		row(f, (const char *const *)cells, lay.ncols);
		report_cells_free(cells, lay.ncols);
	}
	/* 总分 and the grade */
	fputs("|", f);
	for (int c = 0; c < lay.ncols; c++) {
		fputc(' ', f);
		if (c == 0) {
			fputs("**", f);
			esc(f, _("total"));
			fputs("**", f);
		} else if (c == lay.c_weight) {
			esc(f, r->max);
		} else if (c == lay.c_score) {
			fputs("**", f);
			esc(f, r->total ? r->total : "");
			fputs("**", f);
		} else if (c == lay.c_score + 1) {
			char *grade = report_grade_label(r);
			esc(f, grade);
			free(grade);
		}
		fputs(" |", f);
	}
	fputs("\n\n", f);
	if (marked_any) {
		esc(f, _("* a score set by the data or judged by the evaluator, not given by the rule"));
		fputs("\n\n", f);
	}
}

static void md_failed(FILE *f, const char *heading)
{
	fputs("## ", f);
	esc(f, heading);
	fputs("\n\n", f);
	esc(f, _("not scored: see the errors"));
	fputs("\n\n", f);
}

static void md_summary(FILE *f, const char *title, const char *text, const char *const *grades, const long *counts,
		       int ngrades)
{
	fputs("# ", f);
	esc(f, title);
	fputs("\n\n## ", f);
	esc(f, _("summary"));
	/* the 汇总's text as it is, in a fence longer than any run of
	 * backticks in it */
	size_t run = 0, most = 0;
	for (const char *p = text; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		most = run > most ? run : most;
	}
	fputs("\n\n", f);
	for (size_t k = 0; k < (most < 3 ? 3 : most + 1); k++)
		fputc('`', f);
	fputs("text\n", f);
	fputs(text, f);
	if (*text && text[strlen(text) - 1] != '\n')
		fputc('\n', f);
	for (size_t k = 0; k < (most < 3 ? 3 : most + 1); k++)
		fputc('`', f);
	fputs("\n\n", f);
	const char *h[] = { _("grade"), _("number of units") };
	row(f, h, 2);
	rule(f, 2);
	for (int g = 0; g < ngrades; g++) {
		char n[32];
		snprintf(n, sizeof n, "%ld", counts[g]);
		const char *v[] = { grades[g], n };
		row(f, v, 2);
	}
	fputs("\n", f);
	const char *u[] = { _("no."), _("unit"), _("total"), _("grade"), _("rank") };
	row(f, u, 5);
	rule(f, 5);
}

static void md_summary_row(FILE *f, long i, const struct report_unit_line *u)
{
	char no[32], rank[32];
	snprintf(no, sizeof no, "%ld", i + 1);
	snprintf(rank, sizeof rank, "%ld", u->rank);
	const char *v[] = { no, u->heading ? u->heading : "", u->total ? u->total : "/",
			    u->total ? (u->grade ? u->grade : "-") : _("not scored: see the errors"),
			    u->total && u->rank > 0 ? rank : "" };
	row(f, v, 5);
}

static void md_summary_end(FILE *f)
{
	fputs("\n", f);
}

const struct report_page report_markdown = {
	md_begin, md_summary, md_summary_row, md_summary_end, md_unit, md_failed, md_end,
};
