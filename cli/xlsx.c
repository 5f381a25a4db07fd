/* xlsx.c - the report as an Excel workbook shaped like the paper form,
 * written with libxlsxwriter (report.h; docs/reports.md).
 *
 * One sheet: the title centred over the table, the form's header (项目名称,
 * 主管部门, 实施单位), the budget block of a self-evaluation form, the
 * indicator table with the groups of consecutive rows merged into one
 * cell per level, and the 总分 row, whose score cell sums the rows' score
 * cells by a formula and holds the computed total as its cached value.
 * Numbers are stored as numbers (scores with the template's decimals,
 * percents as percents, a unit in the number format, an actual that no
 * decimal holds as the nearest double), the rest as text.
 * An overridden or judged row is shaded, and its score cell carries a
 * comment: the rule's score and the reason.  Printed on A4, fitted to
 * the page's width, the table's heading repeated on every page.
 *
 * libxlsxwriter writes to a file by name: the workbook goes to a private
 * temporary file, which is read back and removed, so that the caller
 * writes it atomically (cli_write_atomically) like every other output. */
#include "report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "cli.h"

/* A number format made before: the cells of a batch's sheets share them. */
struct numfmt {
	int decimals;
	bool percent, shaded;
	const char *unit;        /* the template's: lives as long as it */
	lxw_format *f;
};

/* The cell formats of a workbook. */
#define NUMFMT_MAX 256
struct formats {
	lxw_format *title, *subtitle, *head, *text, *name, *num, *shaded, *total;
	lxw_workbook *wb;
	struct numfmt numfmt[NUMFMT_MAX];
	int nnumfmt;
	lxw_format *general, *general_shaded; /* past NUMFMT_MAX kinds */
};

static lxw_format *cell_format(lxw_workbook *wb, bool bold, bool centre)
{
	lxw_format *f = workbook_add_format(wb);
	format_set_border(f, LXW_BORDER_THIN);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	if (centre)
		format_set_align(f, LXW_ALIGN_CENTER);
	format_set_text_wrap(f);
	if (bold)
		format_set_bold(f);
	return f;
}

/* "0", "0.00", with a unit as a literal suffix ("0.00\"万元\""), made
 * once per kind. */
static lxw_format *number_format(struct formats *fm, int decimals, bool percent, const char *unit, bool shaded)
{
	for (int i = 0; i < fm->nnumfmt; i++) {
		struct numfmt *k = &fm->numfmt[i];
		if (k->decimals == decimals && k->percent == percent && k->shaded == shaded &&
		    (k->unit == unit || (k->unit && unit && !strcmp(k->unit, unit))))
			return k->f;
	}
	if (fm->nnumfmt == NUMFMT_MAX) /* a template of hundreds of units: plain numbers */
		return shaded ? fm->general_shaded : fm->general;
	bool bold = decimals < 0; /* the total's: -1 - its decimals */
	int d = bold ? -1 - decimals : decimals;
	char spec[128];
	int n = snprintf(spec, sizeof spec, "0%s%.*s%s", d > 0 ? "." : "", d > 30 ? 30 : d,
			 "000000000000000000000000000000", percent ? "%" : "");
	/* a unit of plain characters only: a quote in it would end the
	 * literal */
	if (unit && !percent && !strpbrk(unit, "\"\\") && strlen(unit) < 40)
		snprintf(spec + n, sizeof spec - (size_t)n, "\"%s\"", unit);
	lxw_format *f = cell_format(fm->wb, false, false);
	format_set_align(f, LXW_ALIGN_RIGHT);
	format_set_num_format(f, spec);
	if (bold)
		format_set_bold(f);
	if (shaded)
		format_set_bg_color(f, 0xFFF2CC);
	fm->numfmt[fm->nnumfmt++] = (struct numfmt){ decimals, percent, shaded, unit, f };
	return f;
}

/* The total's format: bold, with the template's decimals (kept apart
 * from the number formats: its decimals are a negative kind there). */
static lxw_format *total_format(struct formats *fm, int decimals)
{
	lxw_format *f = number_format(fm, -1 - decimals, false, NULL, false);
	return f;
}

/* The digits after the point of a decimal text ("1.925" -> 3). */
static int decimals_of(const char *s)
{
	const char *dot = strchr(s, '.');
	if (!dot)
		return 0;
	int n = 0;
	while (dot[1 + n] >= '0' && dot[1 + n] <= '9')
		n++;
	return n;
}

/* Whether s is a plain decimal ("-12.5"), which a cell stores as a
 * number; *percent when it ends in '%' (its value is then s / 100). */
static bool is_decimal(const char *s, bool *percent)
{
	size_t n = strlen(s), i = 0;
	*percent = n > 1 && s[n - 1] == '%';
	if (*percent)
		n--;
	if (i < n && s[i] == '-')
		i++;
	size_t digits = 0, dots = 0;
	for (; i < n; i++) {
		if (s[i] == '.')
			dots++;
		else if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else
			return false;
	}
	/* doubles carry 15 digits: a longer number stays text, exact */
	return digits > 0 && digits <= 15 && dots <= 1 && s[n - 1] != '.' && s[0] != '.';
}

/* A cell holds at most 32 767 characters (Excel's limit, which
 * libxlsxwriter enforces by writing nothing): longer text is cut there,
 * marked "…".  Returns s, or *cut, a malloc'd copy (NULL on failure). */
#define CELL_MAX_CHARS 32000
static const char *cell_fit(const char *s, char **cut)
{
	*cut = NULL;
	size_t chars = 0, i = 0;
	for (; s[i]; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars > CELL_MAX_CHARS)
			break;
	if (!s[i])
		return s;
	if ((*cut = malloc(i + 4))) {
		memcpy(*cut, s, i);
		memcpy(*cut + i, "\xE2\x80\xA6", 4); /* "…" and the NUL */
	} else {
		report_fail();
	}
	return *cut ? *cut : "…";
}

/* worksheet_write_string and worksheet_merge_range, with the text cut to
 * what a cell holds. */
static void write_str(lxw_worksheet *ws, int row, int col, const char *s, lxw_format *f)
{
	char *cut;
	worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, cell_fit(s ? s : "", &cut), f);
	free(cut);
}

static void merge_str(lxw_worksheet *ws, int r1, int c1, int r2, int c2, const char *s, lxw_format *f)
{
	char *cut;
	worksheet_merge_range(ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2,
			      cell_fit(s ? s : "", &cut), f);
	free(cut);
}

/* Writes s into a cell: a decimal as a number in its own format (with the
 * row's unit), anything else as text. */
static void put_value(lxw_worksheet *ws, struct formats *fm, int row, int col, const char *s, const char *unit,
		      bool shaded)
{
	bool percent;
	if (!s || !*s) {
		worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)col, shaded ? fm->shaded : fm->text);
		return;
	}
	if (is_decimal(s, &percent)) {
		double v = strtod(s, NULL);
		int d = decimals_of(s);
		if (percent)
			v /= 100; /* in its own decimals: 161.37% is 0.00% */
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, v,
				       number_format(fm, d, percent, unit, shaded));
		return;
	}
	write_str(ws, row, col, s, shaded ? fm->shaded : fm->text);
}

/* An actual: when it is a number (number, report_row's), that number in
 * the format its text shows ("95%" as 0%; "≈95.1042%", a value no
 * decimal holds exactly, as 0.0000%, the double nearest it), with the
 * row's unit; anything else, and a number whose text is cut or too long
 * for a double, as put_value writes it. */
static void put_actual(lxw_worksheet *ws, struct formats *fm, int row, int col, const char *s, const char *number,
		       const char *unit, bool shaded)
{
	static const char approx[] = "\xE2\x89\x88"; /* ≈ */
	const char *shown = s && number && !strncmp(s, approx, 3) ? s + 3 : s;
	bool percent;
	if (!number || !shown || !is_decimal(shown, &percent)) {
		put_value(ws, fm, row, col, s, unit, shaded);
		return;
	}
	worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, strtod(number, NULL),
			       number_format(fm, decimals_of(shown), percent, unit, shaded));
}

/* A score cell: a number with the template's decimals (or its own, when
 * the template does not round). */
static void put_score(lxw_worksheet *ws, struct formats *fm, int decimals, int row, int col, const char *s,
		      bool shaded)
{
	if (!s) {
		write_str(ws, row, col, "/", shaded ? fm->shaded : fm->text);
		return;
	}
	bool percent;
	if (!is_decimal(s, &percent) || percent) {
		write_str(ws, row, col, s, fm->text);
		return;
	}
	int d = decimals > 0 ? decimals : decimals_of(s);
	worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, strtod(s, NULL), number_format(fm, d, false, NULL, shaded));
}

/* Text in a cell, or in cells [c1, c2] merged. */
static void put_text(lxw_worksheet *ws, int row, int c1, int c2, const char *s, lxw_format *f)
{
	if (c2 > c1)
		merge_str(ws, row, c1, row, c2, s, f);
	else
		write_str(ws, row, c1, s, f);
}

/* The cell reference of (row, col), "G12", into buf. */
static void cell_ref(char *buf, size_t cap, int row, int col)
{
	char letters[8];
	int n = 0;
	for (int c = col + 1; c > 0; c = (c - 1) / 26)
		letters[n++] = (char)('A' + (c - 1) % 26);
	int k = 0;
	while (n > 0 && k + 1 < (int)cap)
		buf[k++] = letters[--n];
	snprintf(buf + k, cap - (size_t)k, "%d", row + 1);
}

/* A copy of s that XML can carry (malloc'd, or NULL): control characters
 * as U+FFFD.  Cells' strings libxlsxwriter escapes itself; comments and
 * the document's properties it does not. */
static char *xml_safe(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += (*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F ? 3 : 1;
	char *c = malloc(n + 1), *q = c;
	if (!c) {
		report_fail();
		return NULL;
	}
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F) {
			memcpy(q, "\xEF\xBF\xBD", 3);
			q += 3;
		} else {
			*q++ = (char)*p;
		}
	*q = '\0';
	return c;
}

/* The width of column col of the table, in Excel's units (the width of a
 * digit; a Chinese character takes two). */
static double col_width(const struct report_layout *l, int col)
{
	return col < l->c_name ? 12 : col == l->c_name ? 26 : col == l->c_weight ? 7 : col == l->c_score ? 8
	       : col == l->c_note ? 40 : col == l->c_reason ? 24 : col == l->c_explain ? 50 : 12;
}

/* The lines s takes in a cell width units wide, wrapped: a spreadsheet
 * does not grow a row to fit its text when it opens a file (LibreOffice
 * prints the row cut), so the sheet says how high each row is. */
static int lines_in(const char *s, double width)
{
	int lines = 1;
	double used = 0, room = width > 2 ? width - 1 : 1;
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '\n') {
			lines++;
			used = 0;
			continue;
		}
		if ((*p & 0xC0) == 0x80)
			continue; /* within a character */
		double w = *p >= 0xE0 ? 2 : 1.1; /* CJK (three bytes and more): two digits wide */
		if (used + w > room) {
			lines++;
			used = 0;
		}
		used += w;
	}
	return lines;
}

/* Makes row as high as its most wrapped cell needs. */
static void fit_row(lxw_worksheet *ws, int row, int lines)
{
	if (lines > 1)
		worksheet_set_row(ws, (lxw_row_t)row, 15.0 * lines, NULL);
}

/* Lays the report out on ws (libxlsxwriter reports a failure at
 * workbook_close). */
static void lay_out(const struct report *r, lxw_worksheet *ws, struct formats *fm)
{
	bool self = r->form == REPORT_SELF;
	struct report_layout lay;
	report_layout(r, &lay);
	int c_name = lay.c_name, c_target = lay.c_target, c_actual = lay.c_actual, c_weight = lay.c_weight,
	    c_score = lay.c_score, c_note = lay.c_note, c_reason = lay.c_reason, ncols = lay.ncols;
	bool budget = self && r->budget >= 0;
	if (budget && ncols < 7)
		ncols = 7;
	int row = 0;
	/* the title, and the year under it */
	put_text(ws, row, 0, ncols - 1, r->title, fm->title);
	worksheet_set_row(ws, (lxw_row_t)row++, 30, NULL);
	char *year = report_year(r);
	if (year)
		put_text(ws, row++, 0, ncols - 1, year, fm->subtitle);
	free(year);
	/* the form's header */
	int half = ncols / 2;
	if (r->project) {
		put_text(ws, row, 0, 0, _("project"), fm->head);
		put_text(ws, row++, 1, ncols - 1, r->project, fm->text);
	}
	if (r->department && r->implementer) { /* side by side, as on the paper form */
		put_text(ws, row, 0, 0, _("department in charge"), fm->head);
		put_text(ws, row, 1, half - 1, r->department, fm->text);
		put_text(ws, row, half, half, _("implementing unit"), fm->head);
		put_text(ws, row++, half + 1, ncols - 1, r->implementer, fm->text);
	} else if (r->department || r->implementer) { /* a field no one gives is left out */
		put_text(ws, row, 0, 0, r->department ? _("department in charge") : _("implementing unit"), fm->head);
		put_text(ws, row++, 1, ncols - 1, r->department ? r->department : r->implementer, fm->text);
	}
	/* the budget block: 项目资金, 年初预算数, 全年预算数, 全年执行数, 分值,
	 * 执行率, 得分 */
	char budget_score[32] = "";
	if (budget) {
		char *label = report_budget_label(r);
		static const char *const heads[] = { N_("initial budget"), N_("annual budget"), N_("spent"),
						     N_("weight"), N_("execution rate"), N_("score") };
		put_text(ws, row, 0, 0, label, fm->head);
		free(label);
		for (int k = 0; k < 6; k++)
			put_text(ws, row, 1 + k, 1 + k, _(heads[k]), fm->head);
		for (int k = 7; k < ncols; k++)
			worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)k, fm->head);
		row++;
		put_text(ws, row, 0, 0, rubric_item_name(r->t, r->budget), fm->name);
		for (int f = RUBRIC_BUDGET_INITIAL; f <= RUBRIC_BUDGET_SPENT; f++)
			put_value(ws, fm, row, 1 + f, r->budget_figure[f], NULL, false);
		put_value(ws, fm, row, 4, rubric_item_weight(r->t, r->budget), NULL, false);
		put_actual(ws, fm, row, 5, r->budget_actual, r->budget_number, NULL, false);
		put_score(ws, fm, r->decimals, row, 6, r->score[r->budget], false);
		cell_ref(budget_score, sizeof budget_score, row, 6);
		for (int k = 7; k < ncols; k++)
			worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)k, fm->text);
		row++;
	}
	/* the table's heading */
	int head = row;
	int most = 1;
	for (int k = 0; k < lay.ncols; k++) {
		put_text(ws, row, k, k, report_heading(r, &lay, k), fm->head);
		int n = lines_in(report_heading(r, &lay, k), col_width(&lay, k));
		most = n > most ? n : most;
	}
	fit_row(ws, row, most);
	for (int k = lay.ncols; k < ncols; k++)
		worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)k, fm->head);
	row++;
	/* the rows */
	int first = row;
	for (int i = 0; i < r->nrows; i++, row++) {
		const struct report_row *x = &r->rows[i];
		bool shaded = x->overridden || x->judged;
		/* a group's cell is merged down over the rows under it: written
		 * by the first of them */
		for (int k = 0; k < x->depth; k++) {
			int span = report_group_span(r, i, k);
			if (span <= 0)
				continue;
			char *g = report_group_label(r, x->groups[k]);
			if (span > 1)
				merge_str(ws, row, k, row + span - 1, k, g, fm->name);
			else
				write_str(ws, row, k, g, fm->name);
			free(g);
		}
		/* the name: from its depth's column to its own, merged */
		put_text(ws, row, x->depth, c_name, x->name, shaded ? fm->shaded : fm->text);
		double name_width = 0;
		for (int k = x->depth; k <= c_name; k++)
			name_width += col_width(&lay, k);
		most = lines_in(x->name, name_width);
		for (int k = 0; k < x->depth; k++) /* a group of one row: its name too */
			if (report_group_span(r, i, k) == 1) {
				char *g = report_group_label(r, x->groups[k]);
				int n = lines_in(g, col_width(&lay, k));
				most = n > most ? n : most;
				free(g);
			}
		put_value(ws, fm, row, c_target, x->target, NULL, shaded);
		put_actual(ws, fm, row, c_actual, x->applicable ? x->actual : "/", x->applicable ? x->number : NULL,
			   x->unit, shaded);
		put_value(ws, fm, row, c_weight, x->weight, NULL, shaded);
		/* a row pending: 待核实, not the "/" of a row not applicable */
		put_score(ws, fm, r->decimals, row, c_score, x->pending ? "待核实" : x->score, shaded);
		if (c_note >= 0)
			put_value(ws, fm, row, c_note, x->note, NULL, shaded);
		char *remark = report_remark(x);
		put_value(ws, fm, row, c_reason, remark, NULL, shaded);
		if (lay.c_explain >= 0)
			put_value(ws, fm, row, lay.c_explain, x->explain, NULL, false);
		for (int k = lay.ncols; k < ncols; k++)
			worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)k, fm->text);
		const char *cells[][2] = { { x->target, NULL }, { x->actual, NULL }, { x->note, NULL }, { remark, NULL },
					   { x->explain, NULL } };
		const int cols[] = { c_target, c_actual, c_note, c_reason, lay.c_explain };
		for (int k = 0; k < 5; k++) {
			int n = cols[k] >= 0 && cells[k][0] ? lines_in(cells[k][0], col_width(&lay, cols[k])) : 1;
			most = n > most ? n : most;
		}
		fit_row(ws, row, most);
		if (shaded && remark) { /* why the score is not the rule's, on the score too */
			char *cut, *safe = xml_safe(cell_fit(remark, &cut));
			if (safe)
				worksheet_write_comment(ws, (lxw_row_t)row, (lxw_col_t)c_score, safe);
			free(safe);
			free(cut);
		}
		free(remark);
	}
	/* 总分: the weights' total, the rows' sum as a formula (with the
	 * computed total cached: a reader that does not recalculate shows
	 * it), and the grade */
	put_text(ws, row, 0, c_weight - 1, _("total"), fm->total);
	put_value(ws, fm, row, c_weight, r->max, NULL, false);
	char formula[128], a[24], b[24];
	cell_ref(a, sizeof a, first, c_score);
	cell_ref(b, sizeof b, row - 1, c_score);
	if (r->nrows)
		snprintf(formula, sizeof formula, "=SUM(%s:%s)%s%s", a, b, budget_score[0] ? "+" : "", budget_score);
	else
		snprintf(formula, sizeof formula, "=%s", budget_score[0] ? budget_score : "0");
	double total = r->total ? strtod(r->total, NULL) : 0;
	/* a total rescaled over the applicable rows is no sum: its value only */
	if (r->rescaled)
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)c_score, total, total_format(fm, r->decimals));
	else
		worksheet_write_formula_num(ws, (lxw_row_t)row, (lxw_col_t)c_score, formula, total_format(fm, r->decimals),
					    total);
	for (int k = c_weight + 1; k < c_score; k++) /* a score table's target and actual */
		worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)k, fm->total);
	char *grade = report_grade_label(r);
	put_text(ws, row, c_score + 1, ncols - 1, grade, fm->total); /* across the rest */
	free(grade);
	/* columns and printing */
	for (int k = 0; k < lay.ncols; k++)
		worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, col_width(&lay, k), NULL);
	worksheet_set_paper(ws, 9); /* A4 */
	if (!self)
		worksheet_set_landscape(ws);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_repeat_rows(ws, (lxw_row_t)head, (lxw_row_t)head);
	worksheet_center_horizontally(ws);
}

/* A sheet's name: what Excel allows (31 characters, none of []:*?/\). */
static void sheet_name(char *buf, size_t cap, const char *s)
{
	size_t n = 0;
	int chars = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && chars < 31;) {
		size_t len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
		if (n + len + 1 > cap)
			break;
		if (len == 1 && (*p < 0x20 || *p == 0x7F || strchr("[]:*?/\\'", *p))) { /* and no control character */
			buf[n++] = '_';
			p++;
		} else {
			for (size_t k = 0; k < len && p[k]; k++)
				buf[n++] = (char)p[k];
			p += len;
		}
		chars++;
	}
	buf[n] = '\0';
}

struct xlsx {
	char *path;              /* the temporary file libxlsxwriter writes */
	lxw_workbook *wb;
	struct formats fm;
	long sheets;
	lxw_worksheet *summary;  /* the 汇总 (xlsx_summary) */
	int nids, decimals;
	long rows;               /* units in the summary */
};

struct xlsx *xlsx_open(const char *title)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	struct xlsx *x = calloc(1, sizeof *x);
	size_t n = strlen(dir) + 32;
	if (!x || !(x->path = malloc(n))) {
		free(x);
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return NULL;
	}
	snprintf(x->path, n, "%s/rubric-xlsx.XXXXXX", dir);
	int fd = mkstemp(x->path);
	if (fd < 0) {
		fprintf(stderr, "rubric: cannot make a temporary file in %s: %s\n", dir, strerror(errno));
		free(x->path);
		free(x);
		return NULL;
	}
	close(fd);
	lxw_workbook_options opt = { .tmpdir = (char *)dir };
	lxw_workbook *wb = x->wb = workbook_new_opt(x->path, &opt);
	if (!wb) {
		fprintf(stderr, "rubric: cannot make the workbook: %s\n", _("out of memory"));
		unlink(x->path);
		free(x->path);
		free(x);
		return NULL;
	}
	/* the same workbook for the same units: the creation time is
	 * SOURCE_DATE_EPOCH when it is set, as reproducible builds ask */
	char *safe = xml_safe(title ? title : "");
	lxw_doc_properties props = { .title = safe, .author = (char *)"rubric" };
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch)
		props.created = (time_t)strtoll(epoch, NULL, 10);
	workbook_set_properties(wb, &props); /* copied */
	free(safe);
	struct formats *fm = &x->fm;
	fm->wb = wb;
	fm->title = workbook_add_format(wb);
	format_set_bold(fm->title);
	format_set_font_size(fm->title, 16);
	format_set_align(fm->title, LXW_ALIGN_CENTER);
	format_set_align(fm->title, LXW_ALIGN_VERTICAL_CENTER);
	fm->subtitle = workbook_add_format(wb);
	format_set_align(fm->subtitle, LXW_ALIGN_CENTER);
	fm->head = cell_format(wb, true, true);
	format_set_bg_color(fm->head, 0xD9D9D9);
	fm->text = cell_format(wb, false, false);
	fm->name = cell_format(wb, false, true);
	fm->shaded = cell_format(wb, false, false);
	format_set_bg_color(fm->shaded, 0xFFF2CC);
	fm->total = cell_format(wb, true, true);
	fm->general = cell_format(wb, false, false);
	format_set_align(fm->general, LXW_ALIGN_RIGHT);
	fm->general_shaded = cell_format(wb, false, false);
	format_set_align(fm->general_shaded, LXW_ALIGN_RIGHT);
	format_set_bg_color(fm->general_shaded, 0xFFF2CC);
	return x;
}

/* A sheet named name (made what Excel allows), or a numbered one. */
static lxw_worksheet *add_sheet(struct xlsx *x, const char *name)
{
	char shown[128];
	sheet_name(shown, sizeof shown, name);
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, shown);
	if (!ws)
		ws = workbook_add_worksheet(x->wb, NULL);
	x->sheets++;
	return ws;
}

int xlsx_add_form(struct xlsx *x, const struct report *r, const char *sheet)
{
	lxw_worksheet *ws = add_sheet(x, sheet ? sheet : r->project ? r->project : _("score sheet"));
	if (!ws)
		return -1;
	lay_out(r, ws, &x->fm);
	return 0;
}

int xlsx_summary(struct xlsx *x, const char *title, int decimals, const char *const *id_names, int nids)
{
	lxw_worksheet *ws = x->summary = add_sheet(x, _("summary"));
	if (!ws)
		return -1;
	struct formats *fm = &x->fm;
	x->nids = nids;
	x->decimals = decimals;
	int ncols = nids + 4;
	put_text(ws, 0, 0, ncols - 1, title, fm->title);
	worksheet_set_row(ws, 0, 30, NULL);
	put_text(ws, 1, 0, 0, _("no."), fm->head);
	for (int k = 0; k < nids; k++)
		put_text(ws, 1, 1 + k, 1 + k, id_names[k], fm->head);
	put_text(ws, 1, nids + 1, nids + 1, _("total"), fm->head);
	put_text(ws, 1, nids + 2, nids + 2, _("grade"), fm->head);
	put_text(ws, 1, nids + 3, nids + 3, _("rank"), fm->head);
	worksheet_set_column(ws, 0, 0, 8, NULL);
	if (nids)
		worksheet_set_column(ws, 1, (lxw_col_t)nids, 20, NULL);
	worksheet_set_column(ws, (lxw_col_t)(nids + 1), (lxw_col_t)(nids + 3), 10, NULL);
	worksheet_set_paper(ws, 9);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_repeat_rows(ws, 1, 1);
	worksheet_center_horizontally(ws);
	return 0;
}

void xlsx_summary_row(struct xlsx *x, long i, const char *const *ids, const struct report_unit_line *u)
{
	lxw_worksheet *ws = x->summary;
	struct formats *fm = &x->fm;
	int nids = x->nids, row = (int)(i + 2);
	x->rows = i + 1;
	worksheet_write_number(ws, (lxw_row_t)row, 0, (double)(i + 1), number_format(fm, 0, false, NULL, false));
	for (int k = 0; k < nids; k++)
		put_value(ws, fm, row, 1 + k, ids ? ids[k] : NULL, NULL, false);
	if (u->total) {
		put_score(ws, fm, x->decimals, row, nids + 1, u->total, false);
		put_text(ws, row, nids + 2, nids + 2, u->grade ? u->grade : "-", fm->text);
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)(nids + 3), (double)u->rank,
				       number_format(fm, 0, false, NULL, false));
	} else {
		put_text(ws, row, nids + 1, nids + 3, _("not scored: see the errors"), fm->text);
	}
}

void xlsx_summary_end(struct xlsx *x, const char *const *grades, const long *counts, int ngrades)
{
	lxw_worksheet *ws = x->summary;
	struct formats *fm = &x->fm;
	int row = (int)x->rows + 3; /* a blank row under the units */
	put_text(ws, row, 0, 0, _("grade"), fm->head);
	put_text(ws, row++, 1, 1, _("number of units"), fm->head);
	for (int g = 0; g < ngrades; g++, row++) {
		put_text(ws, row, 0, 0, grades[g], fm->text);
		worksheet_write_number(ws, (lxw_row_t)row, 1, (double)counts[g], number_format(fm, 0, false, NULL, false));
	}
}

char *xlsx_close(struct xlsx *x, size_t *len)
{
	char *bytes = NULL;
	lxw_error e = workbook_close(x->wb);
	if (e != LXW_NO_ERROR) {
		fprintf(stderr, "rubric: cannot write the workbook: %s\n", lxw_strerror(e));
	} else if (report_failed()) { /* a text of it is missing */
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
	} else {
		size_t got;
		bytes = cli_read_file(x->path, &got);
		if (bytes)
			*len = got;
	}
	unlink(x->path);
	free(x->path);
	free(x);
	return bytes;
}

char *report_xlsx_bytes(const struct report *r, size_t *len)
{
	struct xlsx *x = xlsx_open(r->title);
	if (!x)
		return NULL;
	xlsx_add_form(x, r, NULL);
	return xlsx_close(x, len);
}

/* ---- the blank form (rubric schema -f xlsx) ---------------------------- */

/* Rows of the form sheet, under its heading, that carry the columns'
 * formats and checks: units enough for one evaluator's batch. */
#define FORM_ROWS 1000
/* Columns a sheet holds (Excel's limit). */
#define SHEET_MAX_COLS 16384

/* What a type of schema_type is called on the instructions sheet. */
static const char *type_label(const char *type)
{
	static const char *const types[][2] = {
		{ "number", N_("number") },   { "percent", N_("percent") },
		{ "integer", N_("whole number") }, { "date", N_("date (YYYY-MM-DD)") },
		{ "bool", N_("是 or 否") },    { "text", N_("text") },
		{ "list", N_("the items met, separated by 、") }, { "level", N_("one of the levels") },
		{ "judged", N_("the actual the table shows") }, { "score", N_("the score given, 0 to the weight") },
		{ "reason", N_("the reason for a score below full marks (偏差原因)") },
	};
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (!strcmp(type, types[i][0]))
			return _(types[i][1]);
	return type;
}

/* How wide a column shows s: an East Asian character takes two places. */
static double text_width(const char *s)
{
	double w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x80)
			w += 1;
		else if (*p >= 0xE0)
			w += 2; /* the lead byte of a CJK character (3 or 4 bytes) */
	return w;
}

/* The choices of column c's indicator, joined by 、, malloc'd (NULL: none,
 * or out of memory, which report_fail notes). */
static char *choices_joined(const rubric_template *t, const struct schema_column *c)
{
	int n = c->item >= 0 && !c->score && !c->reason ? rubric_item_choice_count(t, c->item) : 0;
	if (n <= 0)
		return NULL;
	size_t len = 1;
	for (int k = 0; k < n; k++)
		len += strlen(rubric_item_choice(t, c->item, k)) + 3;
	char *s = malloc(len), *o = s;
	if (!s) {
		report_fail();
		return NULL;
	}
	for (int k = 0; k < n; k++)
		o += sprintf(o, "%s%s", k ? "、" : "", rubric_item_choice(t, c->item, k));
	return s;
}

/* The levels of indicator item as a list a cell's check offers
 * (malloc'd, NULL-terminated), when Excel can hold them in the check
 * itself: 255 characters with the commas between, none in a level.  NULL
 * when it cannot (the instructions list them), or out of memory.  (A list
 * from a range of cells would hold any, but libxlsxwriter 1.1.4 leaks
 * its formula.) */
static const char **inline_list(const rubric_template *t, int item)
{
	int n = rubric_item_choice_count(t, item);
	size_t chars = n > 0 ? (size_t)n - 1 : 0;
	for (int k = 0; k < n; k++) {
		const char *c = rubric_item_choice(t, item, k);
		if (strpbrk(c, ",\""))
			return NULL;
		for (const unsigned char *p = (const unsigned char *)c; *p; p++)
			chars += (*p & 0xC0) != 0x80;
	}
	if (n <= 0 || chars > 255)
		return NULL;
	const char **list = calloc((size_t)n + 1, sizeof *list);
	for (int k = 0; list && k < n; k++)
		list[k] = rubric_item_choice(t, item, k);
	return list;
}

char *xlsx_schema_bytes(const rubric_template *t, const struct schema_column *c, int n, size_t *len)
{
	if (n > SHEET_MAX_COLS) {
		fprintf(stderr, "rubric: the form has %d columns, and a sheet holds %d: write it with -f csv or -f json\n",
			n, SHEET_MAX_COLS);
		return NULL;
	}
	struct xlsx *x = xlsx_open(rubric_template_title(t));
	if (!x)
		return NULL;
	lxw_workbook *wb = x->wb;
	lxw_worksheet *form = add_sheet(x, _("form")), *help = add_sheet(x, _("instructions"));
	if (!form || !help) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		free(xlsx_close(x, len));
		return NULL;
	}
	/* the columns' formats: text kept as typed (a 项目编号 "001" keeps
	 * its zeros), percents as percents, dates as dates */
	lxw_format *text = workbook_add_format(wb), *percent = workbook_add_format(wb),
		   *integer = workbook_add_format(wb), *date = workbook_add_format(wb), *head = x->fm.head;
	format_set_num_format(text, "@");
	format_set_num_format(percent, "0.00%");
	format_set_num_format(integer, "0");
	format_set_num_format(date, "yyyy-mm-dd");
	worksheet_freeze_panes(form, 1, 0);
	const char *help_head[] = { _("column"), _("what to fill in"), _("unit"), _("target"), _("choices"),
				    _("weight"), _("scoring standard") };
	for (int k = 0; k < 7; k++)
		write_str(help, 0, k, help_head[k], head);
	worksheet_freeze_panes(help, 1, 0);
	double help_width[7] = { 12, 16, 6, 10, 16, 6, 20 };
	for (int i = 0; i < n; i++) {
		const struct schema_column *col = &c[i];
		const char *type = col->type;
		const char *unit = col->input >= 0 ? rubric_input_unit(t, col->input) : NULL;
		if (!unit && col->item >= 0)
			unit = rubric_item_unit(t, col->item);
		/* the target and the standard go with the value; with the
		 * reason when the row asks for nothing else (a computed actual) */
		bool about = col->item >= 0 && !col->score &&
			     (!col->reason || (col->input < 0 && !rubric_item_scored_by_data(t, col->item)));
		const char *target = about ? rubric_item_target(t, col->item) : NULL;
		const char *note = about ? rubric_item_note(t, col->item) : NULL;
		const char *weight = col->score ? rubric_item_weight(t, col->item) : NULL;
		char *choices = choices_joined(t, col);
		/* the heading, with what the column holds in its comment */
		write_str(form, 0, i, col->name, head);
		char *hint = report_fmt("%s%s%s%s%s%s%s", type_label(type), unit ? _(", unit: ") : "", unit ? unit : "",
					target ? _(", target: ") : "", target ? target : "",
					choices ? _(", choices: ") : "", choices ? choices : "");
		char *cut = NULL, *safe = hint ? xml_safe(cell_fit(hint, &cut)) : NULL;
		if (safe)
			worksheet_write_comment(form, 0, (lxw_col_t)i, safe);
		free(safe);
		free(cut);
		free(hint);
		double w = text_width(col->name) + 2;
		bool pct = !strcmp(type, "percent"), num = !strcmp(type, "number") || !strcmp(type, "score");
		bool whole = !strcmp(type, "integer"), day = !strcmp(type, "date");
		worksheet_set_column(form, (lxw_col_t)i, (lxw_col_t)i, w < 10 ? 10 : w > 40 ? 40 : w,
				     pct ? percent : whole ? integer : day ? date : num ? NULL : text);
		/* its check: a warning, not a refusal, so that "/" (not
		 * applicable) and what the template reads besides can still be
		 * typed */
		lxw_data_validation v = { .error_type = LXW_VALIDATION_ERROR_TYPE_WARNING,
					  .ignore_blank = LXW_VALIDATION_ON };
		bool check = true;
		const char **levels = NULL;
		if (choices && !strcmp(type, "level") && (levels = inline_list(t, col->item))) {
			v.validate = LXW_VALIDATION_TYPE_LIST;
			v.value_list = (char **)levels;
		} else if (!strcmp(type, "bool")) {
			static const char *yes_no[] = { "是", "否", NULL };
			v.validate = LXW_VALIDATION_TYPE_LIST;
			v.value_list = (char **)yes_no;
		} else if (pct || num || whole) {
			v.validate = whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
			v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
			v.minimum_number = weight ? 0 : -1e15;
			v.maximum_number = weight ? strtod(weight, NULL) : 1e15;
		} else if (day) {
			v.validate = LXW_VALIDATION_TYPE_DATE;
			v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
			v.minimum_datetime = (lxw_datetime){ 1900, 1, 1, 0, 0, 0 };
			v.maximum_datetime = (lxw_datetime){ 9999, 12, 31, 0, 0, 0 };
		} else {
			check = false;
		}
		if (check)
			worksheet_data_validation_range(form, 1, (lxw_col_t)i, FORM_ROWS, (lxw_col_t)i, &v);
		free(levels);
		/* and on the instructions sheet, a row of its own */
		const char *row[] = { col->name, type_label(type), unit, target, choices, weight, note };
		for (int k = 0; k < 7; k++) {
			write_str(help, i + 1, k, row[k] ? row[k] : "", x->fm.text);
			double rw = row[k] ? text_width(row[k]) + 2 : 0;
			if (rw > help_width[k])
				help_width[k] = rw > 50 ? 50 : rw;
		}
		free(choices);
	}
	for (int k = 0; k < 7; k++)
		worksheet_set_column(help, (lxw_col_t)k, (lxw_col_t)k, help_width[k], NULL);
	return xlsx_close(x, len);
}
