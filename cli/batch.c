/* batch.c - rubric eval over many units: a CSV file, NDJSON (one JSON
 * object per line) or a JSON array, read as a stream, each unit scored and
 * written out before the next is read.
 *
 * The pipeline, in the order the bytes flow:
 *
 *   reader     the file or standard input, in chunks; a UTF-8 byte order
 *              mark is skipped, and a GB18030 file (as Chinese Excel saves
 *              CSV) is converted to UTF-8 through iconv, chunk by chunk;
 *   splitter   the UTF-8 bytes cut into units: CSV records (libcsv),
 *              lines, or the elements of a JSON array;
 *   unit       one rubric_unit, reset and filled for each record: a CSV
 *              cell through the setter its column was bound to when the
 *              header was read, a JSON object through rubric_unit_load_json;
 *   writer     one CSV row, one NDJSON line or one table per unit.
 *
 * Memory stays constant however many units there are: a record's bytes
 * are held until it is scored, and the buffers are reused.  A unit with
 * errors is reported (naming its row and column), written out as failed,
 * and the batch goes on; the run exits 1 if any unit failed. */
#define _DEFAULT_SOURCE /* strcasecmp */
#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define CHUNK (64 * 1024)

/* ---- growing byte buffers --------------------------------------------- */

struct bytes {
	char *p;
	size_t n, cap;
};

/* Appends s[0..n); false when out of memory or past CLI_MAX_FILE. */
static bool bytes_add(struct bytes *b, const char *s, size_t n)
{
	if (n > CLI_MAX_FILE - b->n)
		return false;
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->n + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p)
			return false;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
	return true;
}

/* ---- what a column of a CSV file gives -------------------------------- */

enum col_kind {
	COL_IGNORED,    /* no header and no values */
	COL_ID,         /* identity: carried into the output */
	COL_INPUT,      /* an input's value, read by its type */
	COL_LIST,       /* a list input: items separated by 、，,;； */
	COL_ACTUAL,     /* an indicator's actual: its input's value, or "/" */
	COL_SHOWN,      /* a judged row's actual, as the table writes it */
	COL_SCORE,      /* X.得分: judged score, picked score or override */
	COL_REASON,     /* X.偏差原因 */
	COL_PUBLISHED,  /* X.公布得分 */
	COL_PUB_TOTAL,  /* 公布总分 */
	COL_PUB_GRADE,  /* 公布等级 */
};

struct column {
	char *header;        /* as written, trimmed */
	enum col_kind kind;
	int input;           /* COL_INPUT, COL_LIST, COL_ACTUAL */
	int item;            /* the indicator of the row fields */
};

/* Identity columns recognised without --id: what Chinese forms call the
 * project, its unit and its number. */
static const char *const known_ids[] = {
	"序号", "项目编号", "项目代码", "项目名称", "单位名称", "单位编码", "单位代码",
	"项目单位", "实施单位", "主管部门", "预算单位", "部门名称", "年度", "地区", "备注",
};

/* The suffixes of a row's fields: "指标.得分" is 指标's score. */
static const struct {
	const char *suffix;
	enum col_kind kind;
} row_fields[] = {
	{ "得分", COL_SCORE }, { "score", COL_SCORE },
	{ "偏差原因", COL_REASON }, { "reason", COL_REASON },
	{ "公布得分", COL_PUBLISHED }, { "published", COL_PUBLISHED },
	{ "实际值", COL_ACTUAL }, { "完成值", COL_ACTUAL }, { "实际完成值", COL_ACTUAL },
	{ "actual", COL_ACTUAL }, { "等级", COL_ACTUAL }, { "level", COL_ACTUAL },
};

/* ---- the batch --------------------------------------------------------- */

struct batch {
	const struct batch_options *o;
	const rubric_template *t;
	rubric_unit *u;
	rubric_reporter *r;
	FILE *out;
	/* where the unit comes from, for messages */
	const char *file;        /* the data file's name */
	FILE *err;               /* where messages go: standard error */
	enum batch_input kind;   /* what it holds */
	long row;                /* CSV: the record (1 = the header); JSON:
				    the line the unit starts on */
	int col;                 /* CSV: the column being set (1-based), or 0 */
	long first_col;          /* JSON: the column the unit starts at */
	int unit_errors;         /* errors of the unit being scored */
	/* CSV */
	struct column *cols;
	int ncols;
	bool header_done;
	struct bytes cells;      /* the current record's fields, NUL after each */
	size_t *starts;          /* where each field starts in cells */
	int nfields, cap_fields;
	char **ids;              /* the unit's identity values (pointers into cells) */
	/* JSON units: the identity columns of the CSV output, the keys of the
	 * first unit's identity */
	char **json_ids;
	int njson_ids;
	int *json_id_at;         /* per field: its index in the unit at hand, or -1 */
	int *json_id_hash;       /* field index + 1 by the hash of its name */
	size_t json_id_cap;      /* slots of json_id_hash, a power of 2 */
	char *shown[2];          /* text from the input, escaped for a message */
	/* counts */
	long units, failed, findings;
	bool stop;               /* --max-errors reached, or a fatal error */
	int status;              /* EXIT_USAGE after an I/O error or out of memory */
	bool fatal;              /* the input cannot be read on */
	/* the progress bar, on a terminal */
	bool progress;           /* standard error is a terminal */
	bool bar_shown;          /* a bar is on its last line */
	double started, last_bar; /* seconds (CLOCK_MONOTONIC) */
	long long size, read;    /* bytes of the input (0: unknown), read so far */
	/* output */
	rubric_summary *summary; /* --summary or --rank */
	FILE *rows, *index;      /* --rank: the rows written, and each one's
				    length and total, until the ranks are known */
	bool wrote_header;
	int items;
	struct bytes line;
};

/* Whether header h names an identity column: one of known_ids, or named
 * with --id (matched byte for byte, as typed). */
static bool is_id(const struct batch_options *o, const char *h)
{
	for (int i = 0; i < o->nids; i++)
		if (!strcmp(o->ids[i], h))
			return true;
	for (size_t i = 0; i < sizeof known_ids / sizeof *known_ids; i++)
		if (!strcmp(known_ids[i], h))
			return true;
	return false;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Takes the progress bar off the terminal's last line, before a message. */
static void clear_bar(struct batch *b)
{
	if (b->bar_shown) {
		fputs("\r\033[K", b->err);
		b->bar_shown = false;
	}
}

/* Shows how far the run is, once it has lasted a second, five times a
 * second at most: units done, units per second and, when the input's size
 * is known, the share read and the time left. */
static void show_bar(struct batch *b)
{
	double t = now(), spent = t - b->started;
	if (spent < 1 || t - b->last_bar < 0.2)
		return;
	b->last_bar = t;
	double rate = (double)b->units / spent;
	fprintf(b->err, "\r\033[K%ld %s, %.0f/s", b->units, _("units"), rate);
	if (b->size > 0 && b->read > 0) {
		double done = (double)b->read / (double)b->size;
		double left = done > 0 ? spent / done - spent : 0;
		fprintf(b->err, _(", %.0f%% read, %.0f s left"), 100 * (done > 1 ? 1 : done), left > 0 ? left : 0);
	}
	fflush(b->err);
	b->bar_shown = true;
}

/* Where a message goes: standard error, the bar taken off first. */
static FILE *to_err(struct batch *b)
{
	clear_bar(b);
	return b->err;
}

/* s, from the input (a header, a cell), as a message shows it: control
 * characters and the like escaped (rubric_escape_text), so that a file
 * cannot write to the terminal.  Valid until the next call with the same
 * slot (0 or 1). */
static const char *shown(struct batch *b, int slot, const char *s)
{
	char *out = NULL;
	size_t len;
	if (rubric_escape_text(s, strlen(s), &out, &len) != RUBRIC_OK)
		return "?";
	rubric_free(b->shown[slot]);
	b->shown[slot] = out;
	return out;
}

/* Diagnostics of the library, placed in the batch's file: a CSV unit's
 * row and column, or a JSON unit's line and column. */
static void on_diagnostic(void *ud, const rubric_diagnostic *d)
{
	struct batch *b = ud;
	const char *sev = d->severity == RUBRIC_SEVERITY_WARNING ? _("warning") : _("error");
	clear_bar(b);
	if (d->severity != RUBRIC_SEVERITY_WARNING)
		b->unit_errors++;
	else
		return; /* warnings are for `rubric check` */
	char *msg = NULL;
	size_t len = 0;
	if (rubric_escape_text(d->message, strlen(d->message), &msg, &len) != RUBRIC_OK)
		msg = NULL;
	const char *m = msg ? msg : d->message;
	if (b->cols) { /* CSV */
		if (b->col > 0)
			fprintf(to_err(b), _("%s: row %ld, column %d (%s): %s[%s]: %s\n"), b->file, b->row, b->col,
				shown(b, 0, b->cols[b->col - 1].header), sev, d->code, m);
		else if (d->file && d->line > 0)
			fprintf(to_err(b), _("%s: row %ld: %s[%s]: %s (%s:%d:%d)\n"), b->file, b->row, sev, d->code, m,
				d->file, d->line, d->column);
		else
			fprintf(to_err(b), _("%s: row %ld: %s[%s]: %s\n"), b->file, b->row, sev, d->code, m);
	} else if (d->file && d->line > 0 && !strcmp(d->file, b->file)) { /* a place in the unit */
		long line = b->row + d->line - 1;
		long column = d->line == 1 ? b->first_col + d->column - 1 : d->column;
		fprintf(to_err(b), "%s:%ld:%ld: %s[%s]: %s\n", b->file, line, column, sev, d->code, m);
	} else if (d->file && d->line > 0) {
		fprintf(to_err(b), _("%s:%ld: %s[%s]: %s (%s:%d:%d)\n"), b->file, b->row, sev, d->code, m, d->file,
			d->line, d->column);
	} else {
		fprintf(to_err(b), "%s:%ld: %s[%s]: %s\n", b->file, b->row, sev, d->code, m);
	}
	if (d->help && *d->help) {
		const char *h = d->help;
		while (*h) { /* a line at a time: escaping would hide the breaks */
			const char *nl = strchr(h, '\n');
			size_t n = nl ? (size_t)(nl - h) : strlen(h);
			char *line = NULL;
			size_t line_len;
			if (rubric_escape_text(h, n, &line, &line_len) == RUBRIC_OK)
				fprintf(to_err(b), "  %s: %s\n", _("help"), line);
			rubric_free(line);
			h += n + (nl != NULL);
		}
	}
	rubric_free(msg);
}

/* ---- output ------------------------------------------------------------- */

/* Writes s as one CSV field: quoted when it holds a comma, a quote, a
 * line break or leading or trailing spaces (RFC 4180), else as it is. */
static void csv_field(struct bytes *l, const char *s, bool first)
{
	if (!first)
		bytes_add(l, ",", 1);
	if (!s)
		return;
	size_t n = strlen(s);
	bool quote = n && (s[0] == ' ' || s[n - 1] == ' ');
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	if (!quote) {
		bytes_add(l, s, n);
		return;
	}
	bytes_add(l, "\"", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			bytes_add(l, "\"", 1);
		bytes_add(l, p, 1);
	}
	bytes_add(l, "\"", 1);
}

/* A JSON string (the characters JSON needs escaped, escaped). */
static void json_string(struct bytes *l, const char *s)
{
	bytes_add(l, "\"", 1);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		char esc[8];
		if (*p == '"' || *p == '\\') {
			esc[0] = '\\';
			esc[1] = (char)*p;
			bytes_add(l, esc, 2);
		} else if (*p < 0x20) {
			snprintf(esc, sizeof esc, "\\u%04x", *p);
			bytes_add(l, esc, 6);
		} else {
			bytes_add(l, (const char *)p, 1);
		}
	}
	bytes_add(l, "\"", 1);
}

static bool flush_line(struct batch *b)
{
	if (b->line.n && fwrite(b->line.p, 1, b->line.n, b->out) != b->line.n) {
		b->status = EXIT_USAGE;
		b->stop = true;
		return false;
	}
	b->line.n = 0;
	return true;
}

/* The identity fields of the output: a CSV file's identity columns, or
 * for JSON units the fields of the first unit's identity ("$id", --id):
 * how many, the name of field k, and its value for the unit at hand (""
 * when it has none). */
static int id_count(const struct batch *b)
{
	return b->cols ? b->ncols : b->njson_ids;
}

static const char *id_name(const struct batch *b, int k)
{
	if (b->cols)
		return b->cols[k].kind == COL_ID ? b->cols[k].header : NULL;
	return b->json_ids[k];
}

static const char *id_value(const struct batch *b, int k)
{
	if (b->cols)
		return b->ids[k] ? b->ids[k] : "";
	int i = b->json_id_at[k];
	return i >= 0 ? rubric_unit_id_value(b->u, i) : "";
}

static size_t name_hash(const char *s)
{
	size_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* JSON units: takes the first unit's identity fields as the output's
 * (hashed, so that each unit's are found in time linear in their
 * number), then finds where the unit at hand has each. */
static void take_json_ids(struct batch *b)
{
	if (b->cols)
		return;
	if (!b->json_ids) {
		int n = rubric_unit_id_count(b->u);
		size_t cap = 16;
		while (cap < 2 * (size_t)n + 2)
			cap *= 2;
		b->json_ids = calloc((size_t)n + 1, sizeof *b->json_ids);
		b->json_id_at = calloc((size_t)n + 1, sizeof *b->json_id_at);
		b->json_id_hash = calloc(cap, sizeof *b->json_id_hash);
		if (!b->json_ids || !b->json_id_at || !b->json_id_hash) {
			b->status = EXIT_USAGE;
			b->stop = true;
			return;
		}
		b->json_id_cap = cap;
		for (int i = 0; i < n; i++) {
			const char *key = rubric_unit_id_key(b->u, i);
			size_t j = name_hash(key) & (cap - 1);
			while (b->json_id_hash[j] && strcmp(b->json_ids[b->json_id_hash[j] - 1], key))
				j = (j + 1) & (cap - 1);
			if (b->json_id_hash[j])
				continue; /* given twice: the first counts */
			if ((b->json_ids[b->njson_ids] = strdup(key)) == NULL) {
				b->status = EXIT_USAGE;
				b->stop = true;
				return;
			}
			b->json_id_hash[j] = ++b->njson_ids;
		}
	}
	for (int k = 0; k < b->njson_ids; k++)
		b->json_id_at[k] = -1;
	for (int i = rubric_unit_id_count(b->u) - 1; i >= 0; i--) { /* the first of a key counts */
		const char *key = rubric_unit_id_key(b->u, i);
		size_t j = name_hash(key) & (b->json_id_cap - 1);
		while (b->json_id_hash[j] && strcmp(b->json_ids[b->json_id_hash[j] - 1], key))
			j = (j + 1) & (b->json_id_cap - 1);
		if (b->json_id_hash[j])
			b->json_id_at[b->json_id_hash[j] - 1] = i;
	}
}

/* The CSV output's header: the identity columns, every item's score, the
 * total, the grade and the error count. */
static void csv_header(struct batch *b)
{
	bool first = true;
	for (int k = 0; k < id_count(b); k++)
		if (id_name(b, k)) {
			csv_field(&b->line, id_name(b, k), first);
			first = false;
		}
	for (int i = 0; i < b->items; i++) {
		csv_field(&b->line, rubric_item_name(b->t, i), first);
		first = false;
	}
	csv_field(&b->line, _("total"), first);
	csv_field(&b->line, _("grade"), false);
	csv_field(&b->line, _("errors"), false);
	bytes_add(&b->line, "\r\n", 2);
}

/* The identity of the unit, as the text output's heading shows it. */
static void heading(struct batch *b, struct bytes *l)
{
	bool any = false;
	for (int k = 0; k < id_count(b); k++)
		if (id_name(b, k) && *id_value(b, k)) {
			if (any)
				bytes_add(l, "  ", 2);
			const char *name = shown(b, 0, id_name(b, k)), *value = shown(b, 1, id_value(b, k));
			bytes_add(l, name, strlen(name));
			bytes_add(l, ": ", 2);
			bytes_add(l, value, strlen(value));
			any = true;
		}
	if (!any) {
		char buf[64];
		int n = b->cols ? snprintf(buf, sizeof buf, _("row %ld"), b->row)
				: snprintf(buf, sizeof buf, _("unit %ld (line %ld)"), b->units, b->row);
		bytes_add(l, buf, (size_t)n);
	}
}

/* Puts the library's JSON on one line: its strings never hold a raw line
 * break, so each is layout, and goes with the indentation after it (a
 * space stays after a comma). */
static void one_line(struct bytes *l, const char *json, size_t n)
{
	size_t from = 0;
	for (size_t i = 0; i < n; i++) {
		if (json[i] != '\n')
			continue;
		bytes_add(l, json + from, i - from);
		while (i + 1 < n && json[i + 1] == ' ')
			i++;
		from = i + 1;
		if (i > 0 && from < n && json[from] != '}' && json[from] != ']' && l->n && l->p[l->n - 1] == ',')
			bytes_add(l, " ", 1);
	}
	bytes_add(l, json + from, n - from);
}

/* Writes the unit's result: scored (ok) or failed. */
static void write_unit(struct batch *b, bool ok)
{
	struct bytes *l = &b->line;
	switch (b->o->format) {
	case BATCH_CSV: {
		if (!b->wrote_header) {
			if (b->o->bom)
				bytes_add(l, "\xEF\xBB\xBF", 3);
			csv_header(b);
			b->wrote_header = true;
			if (b->rows) {
				fprintf(b->index, "%zu =\n", l->n);
				flush_line(b);
			}
		}
		bool first = true;
		for (int k = 0; k < id_count(b); k++)
			if (id_name(b, k)) {
				csv_field(l, id_value(b, k), first);
				first = false;
			}
		for (int i = 0; i < b->items; i++) {
			csv_field(l, ok ? rubric_result_score(b->u, i) : NULL, first);
			first = false;
		}
		csv_field(l, ok ? rubric_result_total(b->u) : NULL, first);
		csv_field(l, ok ? rubric_result_grade(b->u) : NULL, false);
		char n[32];
		snprintf(n, sizeof n, "%d", b->unit_errors);
		csv_field(l, n, false);
		bytes_add(l, "\r\n", 2);
		if (b->rows) /* the header and this row, each with its total ("-": none) */
			fprintf(b->index, "%zu %s\n", l->n, ok ? rubric_result_total(b->u) : "-");
		break;
	}
	case BATCH_NDJSON: {
		char buf[64];
		int n = b->cols ? snprintf(buf, sizeof buf, "{\"row\": %ld", b->row)
				: snprintf(buf, sizeof buf, "{\"unit\": %ld, \"line\": %ld", b->units, b->row);
		bytes_add(l, buf, (size_t)n);
		if (b->cols || rubric_unit_id_count(b->u)) {
			bytes_add(l, ", \"id\": {", 9);
			bool first = true;
			int nids = b->cols ? id_count(b) : rubric_unit_id_count(b->u);
			for (int k = 0; k < nids; k++) {
				const char *name = b->cols ? id_name(b, k) : rubric_unit_id_key(b->u, k);
				if (!name)
					continue;
				if (!first)
					bytes_add(l, ", ", 2);
				json_string(l, name);
				bytes_add(l, ": ", 2);
				json_string(l, b->cols ? id_value(b, k) : rubric_unit_id_value(b->u, k));
				first = false;
			}
			bytes_add(l, "}", 1);
		}
		n = snprintf(buf, sizeof buf, ", \"errors\": %d", b->unit_errors);
		bytes_add(l, buf, (size_t)n);
		char *json = NULL;
		size_t len = 0;
		if (ok && rubric_unit_render(b->u, RUBRIC_FORMAT_JSON, b->o->verify ? RUBRIC_RENDER_VERIFY : 0,
					     &json, &len) == RUBRIC_OK &&
		    len > 1 && json[0] == '{') {
			bytes_add(l, ", ", 2);
			size_t at = 1;
			while (at < len && (json[at] == '\n' || json[at] == ' '))
				at++;
			one_line(l, json + at, len - at);
		} else {
			if (ok)
				b->status = EXIT_USAGE; /* out of memory */
			bytes_add(l, "}", 1);
		}
		rubric_free(json);
		bytes_add(l, "\n", 1);
		break;
	}
	default: { /* text: a heading, then the table */
		if (b->units > 1)
			bytes_add(l, "\n", 1);
		bytes_add(l, "== ", 3);
		heading(b, l);
		bytes_add(l, " ==\n", 4);
		char *text = NULL;
		size_t len = 0;
		if (!ok) {
			const char *s = _("not scored: see the errors");
			bytes_add(l, s, strlen(s));
			bytes_add(l, "\n", 1);
		} else if (rubric_unit_render(b->u, RUBRIC_FORMAT_TEXT, b->o->verify ? RUBRIC_RENDER_VERIFY : 0,
					      &text, &len) == RUBRIC_OK) {
			bytes_add(l, text, len);
		} else {
			b->status = EXIT_USAGE;
		}
		rubric_free(text);
		break;
	}
	}
	flush_line(b);
}

/* Scores the unit whose values are set, and writes it. */
static void finish_unit(struct batch *b)
{
	b->col = 0;
	/* evaluated even after errors in the values, so that every error of
	 * the unit is reported at once, as for one unit's JSON */
	bool ok = rubric_unit_evaluate(b->u) == RUBRIC_OK && b->unit_errors == 0;
	int findings = 0;
	if (ok && b->o->verify && rubric_unit_verify(b->u, &findings) != RUBRIC_OK)
		ok = false;
	b->units++;
	if (!ok) {
		if (b->unit_errors == 0)
			b->unit_errors = 1; /* out of memory, reported */
		b->failed++;
		if (b->o->max_errors > 0 && b->failed >= b->o->max_errors)
			b->stop = true;
	}
	if (findings)
		b->findings += findings;
	if (b->summary && ok && rubric_summary_add(b->summary, b->u) != RUBRIC_OK) {
		fprintf(to_err(b), "rubric: %s\n", _("out of memory"));
		b->status = EXIT_USAGE;
		b->stop = true;
	} else if (b->summary && !ok) {
		rubric_summary_add_failed(b->summary);
	}
	write_unit(b, ok);
	if (b->progress && (b->units & 255) == 0)
		show_bar(b);
}

/* ---- CSV ---------------------------------------------------------------- */

static char *trimmed(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

/* Whether s ends with "." (or "．") and suffix; sets *name_len to the
 * length before the dot. */
static bool has_suffix(const char *s, const char *suffix, size_t *name_len)
{
	size_t n = strlen(s), k = strlen(suffix);
	if (n <= k + 1 || strcmp(s + n - k, suffix))
		return false;
	if (s[n - k - 1] == '.') {
		*name_len = n - k - 1;
		return *name_len > 0;
	}
	if (n > k + 3 && !memcmp(s + n - k - 3, "\xEF\xBC\x8E", 3)) { /* ． */
		*name_len = n - k - 3;
		return *name_len > 0;
	}
	return false;
}

static bool valid_utf8(const char *s, size_t n, size_t *bad);

/* Binds column c (header h) to what it gives; false after an error. */
static bool bind_column(struct batch *b, struct column *c)
{
	const char *h = c->header;
	const rubric_template *t = b->t;
	if (!*h) {
		c->kind = COL_IGNORED;
		return true;
	}
	if (is_id(b->o, h)) {
		c->kind = COL_ID;
		return true;
	}
	if (!strcmp(h, "公布总分") || !strcmp(h, "$published.total") || !strcmp(h, "$published.总分")) {
		c->kind = COL_PUB_TOTAL;
		return true;
	}
	if (!strcmp(h, "公布等级") || !strcmp(h, "$published.grade") || !strcmp(h, "$published.等级")) {
		c->kind = COL_PUB_GRADE;
		return true;
	}
	int in = rubric_input_find(t, h);
	int item = rubric_item_find(t, h, RUBRIC_INDICATOR);
	const char *rule = item >= 0 ? rubric_item_rule(t, item) : NULL;
	if (rule && !strcmp(rule, "judged")) { /* its actual is only shown */
		c->kind = COL_SHOWN;
		c->item = item;
		return true;
	}
	if (in >= 0) {
		c->input = in;
		c->item = rubric_input_item(t, in);
		c->kind = rubric_input_type(t, in) == RUBRIC_LIST ? COL_LIST
			  : c->item >= 0			 ? COL_ACTUAL
								 : COL_INPUT;
		return true;
	}
	if (item >= 0) {
		fprintf(to_err(b), _("%s: column %d (%s): indicator %s computes its actual: the data cannot give it\n"),
			b->file, (int)(c - b->cols) + 1, shown(b, 0, h), shown(b, 1, h));
		fprintf(to_err(b), "  %s: %s\n", _("help"), _("give the inputs it is computed from"));
		return false;
	}
	for (size_t i = 0; i < sizeof row_fields / sizeof *row_fields; i++) {
		size_t n;
		if (!has_suffix(h, row_fields[i].suffix, &n))
			continue;
		char *name = trimmed(h, n);
		if (!name)
			return false;
		item = rubric_item_find(t, name, RUBRIC_INDICATOR);
		free(name);
		if (item < 0)
			break;
		c->item = item;
		c->kind = row_fields[i].kind;
		if (c->kind == COL_ACTUAL) {
			rule = rubric_item_rule(t, item);
			if (rule && !strcmp(rule, "judged")) {
				c->kind = COL_SHOWN;
				return true;
			}
			c->input = rubric_item_input(t, item);
			if (c->input < 0) {
				fprintf(to_err(b),
					_("%s: column %d (%s): indicator %s computes its actual: the data cannot give it\n"),
					b->file, (int)(c - b->cols) + 1, shown(b, 0, h), shown(b, 1, rubric_item_name(t, item)));
				return false;
			}
			if (rubric_input_type(t, c->input) == RUBRIC_LIST)
				c->kind = COL_LIST;
		}
		return true;
	}
	fprintf(to_err(b), _("%s: column %d (%s): the template has no input or indicator of this name\n"), b->file,
		(int)(c - b->cols) + 1, shown(b, 0, h));
	fprintf(to_err(b), "  %s: %s\n", _("help"),
		_("a column gives an input or an indicator's actual (指标), its score (指标.得分), reason "
		  "(指标.偏差原因) or published score (指标.公布得分); name identity columns with --id"));
	return false;
}

/* Reads the header row: binds every column, and refuses a column bound
 * twice to the same thing. */
static bool read_header(struct batch *b)
{
	b->ncols = b->nfields;
	b->cols = calloc((size_t)b->ncols + 1, sizeof *b->cols);
	b->ids = calloc((size_t)b->ncols + 1, sizeof *b->ids);
	if (!b->cols || !b->ids)
		return false;
	bool ok = true;
	for (int c = 0; c < b->ncols; c++) {
		const char *s = b->cells.p + b->starts[c];
		size_t bad;
		if (!valid_utf8(s, strlen(s), &bad)) {
			fprintf(to_err(b), _("%s: row 1, column %d: invalid UTF-8 byte 0x%02X in the header\n"), b->file,
				c + 1, (unsigned char)s[bad]);
			fprintf(to_err(b), "  %s: %s\n", _("help"), _("if the file is GB18030, give --encoding gb18030"));
			return false;
		}
		b->cols[c].header = trimmed(s, strlen(s));
		b->cols[c].input = b->cols[c].item = -1;
		if (!b->cols[c].header)
			return false;
		if (!bind_column(b, &b->cols[c]))
			ok = false;
	}
	/* two columns that set the same thing: each thing's first column is
	 * kept in a table indexed by what it sets (inputs, then each field of
	 * the rows, then the published total and grade) */
	int ninputs = rubric_input_count(b->t), nitems = rubric_item_count(b->t);
	size_t nslots = (size_t)ninputs + 4 * (size_t)nitems + 2;
	int *first = ok ? calloc(nslots, sizeof *first) : NULL;
	if (ok && !first)
		return false;
	for (int c = 0; ok && c < b->ncols; c++) {
		const struct column *x = &b->cols[c];
		size_t at;
		switch (x->kind) {
		case COL_INPUT: case COL_LIST: case COL_ACTUAL: at = (size_t)x->input; break;
		case COL_SHOWN: at = (size_t)ninputs + (size_t)x->item; break;
		case COL_SCORE: at = (size_t)ninputs + (size_t)nitems + (size_t)x->item; break;
		case COL_REASON: at = (size_t)ninputs + 2 * (size_t)nitems + (size_t)x->item; break;
		case COL_PUBLISHED: at = (size_t)ninputs + 3 * (size_t)nitems + (size_t)x->item; break;
		case COL_PUB_TOTAL: at = nslots - 2; break;
		case COL_PUB_GRADE: at = nslots - 1; break;
		default: continue; /* identity, or nothing */
		}
		if (first[at]) {
			const struct column *y = &b->cols[first[at] - 1];
			fprintf(to_err(b), _("%s: columns %d (%s) and %d (%s) give the same value\n"), b->file, first[at],
				shown(b, 0, y->header), c + 1, shown(b, 1, x->header));
			ok = false;
		}
		first[at] = c + 1;
	}
	free(first);
	return ok;
}

/* "/", "／" and "不适用" mark a row that does not apply. */
static bool inapplicable(const char *s)
{
	return !strcmp(s, "/") || !strcmp(s, "\xEF\xBC\x8F") || !strcmp(s, "不适用");
}

/* Whether s is valid UTF-8; *bad gets the first bad byte's offset. */
static bool valid_utf8(const char *s, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = p[i];
		size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (!k || i + k > n || (k == 2 && c < 0xC2) || (k == 4 && c > 0xF4))
			goto fail;
		for (size_t j = 1; j < k; j++)
			if ((p[i + j] & 0xC0) != 0x80)
				goto fail;
		if (k == 3 && ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F)))
			goto fail;
		if (k == 4 && ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] > 0x8F)))
			goto fail;
		i += k;
		continue;
	fail:
		*bad = i;
		return false;
	}
	return true;
}

/* The items of a checklist cell: separated by 、，,; or ；, trimmed. */
static int set_list(struct batch *b, const struct column *c, char *s)
{
	const char *items[256]; /* the first n set: not cleared, per cell */
	size_t lens[256];
	items[0] = NULL;
	lens[0] = 0;
	const char **many = items;
	size_t *many_lens = lens;
	int n = 0, cap = 256;
	char *p = s;
	while (*p) {
		size_t skip = 0;
		char *q = p;
		for (; *q; q++) {
			if (*q == ',' || *q == ';') {
				skip = 1;
				break;
			}
			if (!strncmp(q, "、", 3) || !strncmp(q, "，", 3) || !strncmp(q, "；", 3)) {
				skip = 3;
				break;
			}
		}
		char *a = p, *z = q;
		while (a < z && (*a == ' ' || *a == '\t'))
			a++;
		while (z > a && (z[-1] == ' ' || z[-1] == '\t'))
			z--;
		if (z > a) {
			if (n == cap) {
				int more = cap * 2;
				const char **mi = malloc((size_t)more * sizeof *mi);
				size_t *ml = malloc((size_t)more * sizeof *ml);
				if (!mi || !ml) {
					free(mi);
					free(ml);
					if (many != items) {
						free(many);
						free(many_lens);
					}
					return RUBRIC_NOMEM;
				}
				memcpy(mi, many, (size_t)n * sizeof *mi);
				memcpy(ml, many_lens, (size_t)n * sizeof *ml);
				if (many != items) {
					free(many);
					free(many_lens);
				}
				many = mi;
				many_lens = ml;
				cap = more;
			}
			many[n] = a;
			many_lens[n++] = (size_t)(z - a);
		}
		p = *q ? q + skip : q;
	}
	int rc = rubric_unit_set_list(b->u, c->input, many, many_lens, n);
	if (many != items) {
		free(many);
		free(many_lens);
	}
	return rc;
}

/* Whether s is a number with its thousands grouped by commas, as a
 * spreadsheet exports a formatted cell ("10,775", "1,234,567.5", with an
 * optional sign or comparison before and percent after), for a numeric
 * input: only a comma between digits, every group after the first of
 * three digits, counts; "1,0" or "1,0000" are left to be refused. */
static bool grouped(const struct batch *b, const struct column *c, const char *s)
{
	int type = rubric_input_type(b->t, c->input);
	if (type != RUBRIC_NUMBER && type != RUBRIC_PERCENT && type != RUBRIC_INTEGER)
		return false;
	const char *p = s;
	while (*p && !(*p >= '0' && *p <= '9'))
		p++; /* a sign or a comparison: the library reads them */
	int run = 0, groups = 0;
	for (; *p && *p != '.'; p++) {
		if (*p >= '0' && *p <= '9') {
			run++;
		} else if (*p == ',') {
			if (run == 0 || (groups == 0 ? run > 3 : run != 3))
				return false;
			groups++;
			run = 0;
		} else {
			break;
		}
	}
	return groups > 0 && run == 3;
}

/* Takes the commas out of s; returns its new length. */
static size_t ungroup(char *s)
{
	char *d = s;
	for (const char *p = s; *p; p++)
		if (*p != ',')
			*d++ = *p;
	*d = '\0';
	return (size_t)(d - s);
}

/* Sets the value of cell s of column c. */
static void set_cell(struct batch *b, const struct column *c, char *s)
{
	/* spaces a spreadsheet left around a value are not part of it */
	while (*s == ' ' || *s == '\t')
		s++;
	size_t end = strlen(s);
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		s[--end] = '\0';
	size_t n = strlen(s);
	int rc = RUBRIC_OK;
	switch (c->kind) {
	case COL_IGNORED:
		if (*s) {
			fprintf(to_err(b), _("%s: row %ld, column %d: a value under no header\n"), b->file, b->row, b->col);
			b->unit_errors++;
		}
		return;
	case COL_ID:
		return;
	default:
		break;
	}
	if (!*s)
		return; /* empty: not given */
	size_t bad;
	if (!valid_utf8(s, n, &bad)) {
		fprintf(to_err(b), _("%s: row %ld, column %d (%s): invalid UTF-8 byte 0x%02X\n"), b->file, b->row, b->col,
			shown(b, 0, c->header), (unsigned char)s[bad]);
		fprintf(to_err(b), "  %s: %s\n", _("help"), _("if the file is GB18030, give --encoding gb18030"));
		b->unit_errors++;
		return;
	}
	if ((c->kind == COL_INPUT || c->kind == COL_ACTUAL) && grouped(b, c, s))
		n = ungroup(s);
	switch (c->kind) {
	case COL_INPUT:
		rc = rubric_unit_set_text(b->u, c->input, s, n);
		break;
	case COL_ACTUAL:
		if (c->item >= 0 && inapplicable(s))
			rc = rubric_unit_set_inapplicable(b->u, c->item);
		else
			rc = rubric_unit_set_text(b->u, c->input, s, n);
		break;
	case COL_LIST:
		if (c->item >= 0 && inapplicable(s))
			rc = rubric_unit_set_inapplicable(b->u, c->item);
		else
			rc = set_list(b, c, s);
		break;
	case COL_SHOWN:
		if (inapplicable(s))
			rc = rubric_unit_set_inapplicable(b->u, c->item);
		else
			rc = rubric_unit_set_shown(b->u, c->item, s, n);
		break;
	case COL_SCORE:
		rc = rubric_unit_set_score(b->u, c->item, s);
		break;
	case COL_REASON:
		rc = rubric_unit_set_reason(b->u, c->item, s, n);
		break;
	case COL_PUBLISHED:
		rc = rubric_unit_set_published(b->u, c->item, s);
		break;
	case COL_PUB_TOTAL:
		rc = rubric_unit_set_published(b->u, -1, s);
		break;
	case COL_PUB_GRADE:
		rc = rubric_unit_set_published_grade(b->u, s, n);
		break;
	default:
		break;
	}
	if (rc == RUBRIC_NOMEM) {
		b->status = EXIT_USAGE;
		b->stop = true;
	} else if (rc != RUBRIC_OK && b->unit_errors == 0) {
		b->unit_errors++; /* refused without a report (a malformed decimal) */
		fprintf(to_err(b), _("%s: row %ld, column %d (%s): %s is not a valid value here\n"), b->file, b->row,
			b->col, shown(b, 0, c->header), shown(b, 1, s));
	}
}

/* The record in cells is complete. */
static void end_record(struct batch *b)
{
	b->row++;
	if (b->stop)
		return;
	/* a blank line: one empty field */
	if (b->nfields == 1 && b->cells.p[b->starts[0]] == '\0') {
		b->nfields = 0;
		b->cells.n = 0;
		return;
	}
	if (!b->header_done) {
		b->header_done = true;
		if (!read_header(b)) {
			b->fatal = true;
			b->stop = true;
		}
	} else {
		rubric_unit_reset(b->u);
		b->unit_errors = 0;
		for (int c = 0; c < b->ncols; c++)
			b->ids[c] = c < b->nfields ? b->cells.p + b->starts[c] : NULL;
		for (int c = 0; c < b->nfields && !b->stop; c++) {
			char *s = b->cells.p + b->starts[c];
			b->col = c + 1;
			if (c >= b->ncols) {
				if (*s) {
					fprintf(to_err(b), _("%s: row %ld, column %d: the row has more cells than the header\n"),
						b->file, b->row, c + 1);
					b->unit_errors++;
				}
				continue;
			}
			set_cell(b, &b->cols[c], s);
		}
		b->col = 0;
		if (!b->stop || b->status == EXIT_OK)
			finish_unit(b);
	}
	b->nfields = 0;
	b->cells.n = 0;
}

static void on_field(void *s, size_t len, void *ud)
{
	struct batch *b = ud;
	if (b->nfields == b->cap_fields) {
		int cap = b->cap_fields ? 2 * b->cap_fields : 64;
		size_t *st = realloc(b->starts, (size_t)cap * sizeof *st);
		if (!st) {
			b->status = EXIT_USAGE;
			b->stop = true;
			return;
		}
		b->starts = st;
		b->cap_fields = cap;
	}
	b->starts[b->nfields++] = b->cells.n;
	if (!bytes_add(&b->cells, s ? s : "", s ? len : 0) || !bytes_add(&b->cells, "", 1)) {
		b->status = EXIT_USAGE;
		b->stop = true;
	}
}

static void on_record(int term, void *ud)
{
	(void)term;
	end_record(ud);
}

/* ---- JSON units ---------------------------------------------------------- */

/* Scores one JSON object (text[0..n)), which starts at line, column. */
static void json_unit(struct batch *b, const char *text, size_t n, long line, long column)
{
	b->row = line;
	b->first_col = column;
	b->unit_errors = 0;
	rubric_unit_reset(b->u);
	if (rubric_unit_load_json(b->u, b->file, text, n) == RUBRIC_NOMEM) {
		b->status = EXIT_USAGE;
		b->stop = true;
		return;
	}
	take_json_ids(b);
	finish_unit(b);
}

/* The state of cutting JSON units out of the stream: NDJSON lines, or the
 * elements of one array. */
struct jsplit {
	struct bytes unit;       /* the unit being read */
	long line, col;          /* where the stream is */
	long unit_line, unit_col; /* where the unit began */
	int depth;               /* of brackets, in the array mode: 1 inside it */
	bool in_string, escape;
	bool array;              /* a JSON array of units, or (seq) a sequence
				    of objects: one, or one per line */
	bool seq;
	bool started;            /* the array's '[' was read */
	bool ended;              /* its ']' was read */
	bool expect_comma;
	long open_line, open_col; /* where the array's '[' is */
};

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

/* What a unit that does not start with '{' is instead. */
static const char *not_a_unit(char c)
{
	if (c == '[')
		return _("a unit must be a JSON object of input names and values, not a list");
	if (c == '"')
		return _("a unit must be a JSON object of input names and values, not a string");
	if (c == '-' || (c >= '0' && c <= '9'))
		return _("a unit must be a JSON object of input names and values, not a number");
	return _("expected a unit: a JSON object of input names and values");
}

static void jfail(struct batch *b, struct jsplit *j, const char *what)
{
	clear_bar(b);
	fprintf(to_err(b), "%s:%ld:%ld: %s[E301]: %s\n", b->file, j->line, j->col, _("error"), what);
	b->fatal = true;
	b->stop = true;
}

/* Feeds n bytes of NDJSON. */
static void ndjson_bytes(struct batch *b, struct jsplit *j, const char *s, size_t n)
{
	for (size_t i = 0; i < n && !b->stop;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t k = nl ? (size_t)(nl - (s + i)) : n - i;
		if (!j->unit.n)
			j->unit_line = j->line;
		if (!bytes_add(&j->unit, s + i, k)) {
			jfail(b, j, _("a line longer than 256 MiB"));
			return;
		}
		i += k;
		if (nl) {
			i++;
			if (!blank(j->unit.p, j->unit.n))
				json_unit(b, j->unit.p, j->unit.n, j->unit_line, 1);
			j->unit.n = 0;
			j->line++;
		}
	}
}

/* Feeds n bytes of a JSON array of units: each element is cut out by
 * counting brackets outside strings, and read by the library. */
static void array_bytes(struct batch *b, struct jsplit *j, const char *s, size_t n)
{
	for (size_t i = 0; i < n && !b->stop; i++) {
		char c = s[i];
		bool in_unit = j->depth > 1 || (j->depth == 1 && j->unit.n);
		if (in_unit) {
			if (!bytes_add(&j->unit, &c, 1)) {
				jfail(b, j, _("a unit longer than 256 MiB"));
				return;
			}
			if (j->in_string) {
				if (j->escape)
					j->escape = false;
				else if (c == '\\')
					j->escape = true;
				else if (c == '"')
					j->in_string = false;
			} else if (c == '"') {
				j->in_string = true;
			} else if (c == '{' || c == '[') {
				j->depth++;
			} else if (c == '}' || c == ']') {
				j->depth--;
				if (j->depth == 1) {
					json_unit(b, j->unit.p, j->unit.n, j->unit_line, j->unit_col);
					j->unit.n = 0;
					j->expect_comma = true;
				}
			}
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			/* layout */
		} else if (j->seq && c == '{') {
			j->unit_line = j->line;
			j->unit_col = j->col;
			j->depth = 2;
			bytes_add(&j->unit, &c, 1);
		} else if (j->seq) {
			jfail(b, j, not_a_unit(c));
			return;
		} else if (!j->started) {
			if (c != '[') {
				jfail(b, j, _("expected '[' (the units are a JSON array)"));
				return;
			}
			j->started = true;
			j->depth = 1;
			j->open_line = j->line;
			j->open_col = j->col;
		} else if (j->ended) {
			jfail(b, j, _("the data goes on after the array's closing ']'"));
			return;
		} else if (c == ']') {
			j->ended = true;
			j->depth = 0;
		} else if (c == ',' && j->expect_comma) {
			j->expect_comma = false;
		} else if (c == '{' && !j->expect_comma) {
			j->unit_line = j->line;
			j->unit_col = j->col;
			j->depth = 2;
			bytes_add(&j->unit, &c, 1);
		} else {
			jfail(b, j, j->expect_comma ? _("expected ',' or ']' after a unit") : not_a_unit(c));
			return;
		}
		if (c == '\n') {
			j->line++;
			j->col = 1;
		} else if (((unsigned char)c & 0xC0) != 0x80) {
			j->col++;
		}
	}
}

/* ---- reading: encodings -------------------------------------------------- */

struct reader {
	FILE *f;
	FILE *err;               /* where messages go */
	const char *name;
	enum batch_encoding enc;
	iconv_t cd;
	char in[CHUNK + 8];      /* raw bytes; a GB18030 character cut at the
				    end of a chunk waits here */
	size_t kept;
	size_t prefetched;       /* bytes in `in` read to tell the input's kind */
	bool first;
};

/* Sends n UTF-8 bytes to the splitter of the batch's input kind. */
typedef void sink_fn(struct batch *b, void *state, const char *s, size_t n);

/* Decides the encoding from the first chunk: a UTF-8 byte order mark or
 * valid UTF-8 is UTF-8; otherwise, if it reads as GB18030, GB18030 (and
 * says so).  A UTF-16 or UTF-32 file is refused with the iconv command
 * that converts it.  Returns how many bytes of the mark to skip, or -1. */
static long detect(struct reader *rd, const char *s, size_t n, bool more)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		if (rd->enc == BATCH_ENC_GB18030)
			return 0;
		rd->enc = BATCH_ENC_UTF8;
		return 3;
	}
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		bool utf32 = n >= 4 && u[0] == 0xFF && u[2] == 0 && u[3] == 0;
		fprintf(rd->err, _("rubric: %s is %s, not UTF-8\n"), rd->name, utf32 ? "UTF-32" : "UTF-16");
		fprintf(rd->err, "  %s: iconv -f %s -t UTF-8 %s > %s.utf8\n", _("help"), utf32 ? "UTF-32" : "UTF-16",
			rd->name, rd->name);
		return -1;
	}
	if (rd->enc != BATCH_ENC_AUTO)
		return 0;
	/* a character cut at the end of a full chunk is not an error */
	size_t check = n, bad;
	if (more)
		while (check > 0 && n - check < 3 && ((unsigned char)s[check - 1] & 0xC0) == 0x80)
			check--;
	if (more && check > 0 && (unsigned char)s[check - 1] >= 0xC0)
		check--;
	if (valid_utf8(s, check, &bad)) {
		rd->enc = BATCH_ENC_UTF8;
		return 0;
	}
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1) {
		rd->enc = BATCH_ENC_UTF8;
		return 0;
	}
	char out[4 * CHUNK];
	char *ip = (char *)s, *op = out;
	size_t il = n, ol = sizeof out;
	size_t r = iconv(cd, &ip, &il, &op, &ol);
	bool gb = r != (size_t)-1 || errno == EINVAL;
	iconv_close(cd);
	if (!gb) {
		fprintf(rd->err, _("rubric: %s is neither UTF-8 nor GB18030: byte 0x%02X at offset %zu\n"), rd->name,
			(unsigned char)s[bad], bad);
		return -1;
	}
	rd->enc = BATCH_ENC_GB18030;
	fprintf(rd->err, _("rubric: %s is not UTF-8; it is read as GB18030 (--encoding says which)\n"), rd->name);
	return 0;
}

/* Reads the whole input, sending it to sink as UTF-8.  Returns false
 * after a message when it cannot be read or converted. */
static bool read_all(struct batch *b, struct reader *rd, sink_fn *sink, void *state)
{
	char out[4 * CHUNK + 16];
	size_t n;
	rd->first = true;
	rd->cd = (iconv_t)-1;
	while (!b->stop && ((n = rd->prefetched) > 0 || (n = fread(rd->in + rd->kept, 1, CHUNK, rd->f)) > 0)) {
		rd->prefetched = 0;
		b->read += (long long)n;
		char *s = rd->in;
		size_t len = rd->kept + n;
		rd->kept = 0;
		if (rd->first) {
			rd->first = false;
			long skip = detect(rd, s, len, !feof(rd->f));
			if (skip < 0)
				return false;
			s += skip;
			len -= (size_t)skip;
			if (rd->enc == BATCH_ENC_GB18030) {
				rd->cd = iconv_open("UTF-8", "GB18030");
				if (rd->cd == (iconv_t)-1) {
					fprintf(to_err(b), _("rubric: cannot convert GB18030: %s\n"), strerror(errno));
					return false;
				}
			}
		}
		if (rd->enc != BATCH_ENC_GB18030) {
			sink(b, state, s, len);
			continue;
		}
		while (len > 0 && !b->stop) {
			char *op = out;
			size_t ol = sizeof out;
			size_t r = iconv(rd->cd, &s, &len, &op, &ol);
			if (op > out)
				sink(b, state, out, (size_t)(op - out));
			if (r != (size_t)-1)
				break;
			if (errno == E2BIG)
				continue;
			if (errno == EINVAL) { /* a character cut at the chunk's end */
				memmove(rd->in, s, len);
				rd->kept = len;
				break;
			}
			fprintf(to_err(b), _("rubric: %s: byte 0x%02X is not GB18030\n"), rd->name, (unsigned char)*s);
			return false;
		}
	}
	if (ferror(rd->f)) {
		fprintf(to_err(b), _("rubric: cannot read %s: %s\n"), rd->name, strerror(errno));
		return false;
	}
	if (rd->kept && !b->stop) {
		fprintf(to_err(b), _("rubric: %s ends in the middle of a GB18030 character\n"), rd->name);
		return false;
	}
	return true;
}

/* ---- the splitters as sinks ----------------------------------------------- */

struct csv_state {
	struct csv_parser p;
	long bytes;
};

/* The CSV cannot be read on: a quote where RFC 4180 has none, or memory. */
static void csv_failed(struct batch *b, struct csv_parser *p, bool at_end)
{
	clear_bar(b);
	if (csv_error(p) == CSV_EPARSE && at_end) {
		fprintf(to_err(b), _("%s: row %ld, column %d: malformed CSV: a quoted field is not closed by the end of "
				  "the file\n"),
			b->file, b->row + 1, b->nfields + 1);
	} else if (csv_error(p) == CSV_EPARSE) {
		fprintf(to_err(b), _("%s: row %ld, column %d: malformed CSV: a quote inside a field that does not start "
				  "with one, or text after a closing quote\n"),
			b->file, b->row + 1, b->nfields + 1);
		fprintf(to_err(b), "  %s: %s\n", _("help"),
			_("a field holding a quote is quoted whole, its quotes doubled: \"say \"\"yes\"\"\""));
	} else {
		fprintf(to_err(b), "rubric: %s\n", _("out of memory"));
		b->status = EXIT_USAGE;
	}
	b->fatal = true;
	b->stop = true;
}

static void csv_sink(struct batch *b, void *state, const char *s, size_t n)
{
	struct csv_state *cs = state;
	size_t used = csv_parse(&cs->p, s, n, on_field, on_record, b);
	if (used != n && !b->stop)
		csv_failed(b, &cs->p, false);
}

static void ndjson_sink(struct batch *b, void *state, const char *s, size_t n)
{
	ndjson_bytes(b, state, s, n);
}

static void array_sink(struct batch *b, void *state, const char *s, size_t n)
{
	array_bytes(b, state, s, n);
}

/* ---- the command ------------------------------------------------------------ */

/* The kind of input a file name says: .csv, .ndjson or .jsonl, .json. */
enum batch_input batch_input_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	if (!dot)
		return BATCH_IN_AUTO;
	if (!strcasecmp(dot, ".csv"))
		return BATCH_IN_CSV;
	if (!strcasecmp(dot, ".ndjson") || !strcasecmp(dot, ".jsonl"))
		return BATCH_IN_NDJSON;
	if (!strcasecmp(dot, ".json"))
		return BATCH_IN_JSON;
	return BATCH_IN_AUTO;
}

/* --rank: copies the rows kept in b->rows to out, each with its rank
 * (the header with the column's name, a failed unit with none). */
static bool write_ranked(struct batch *b, FILE *out)
{
	rewind(b->rows);
	rewind(b->index);
	size_t len;
	char total[512], *buf = NULL;
	size_t cap = 0;
	bool ok = true;
	while (ok && fscanf(b->index, "%zu %511s", &len, total) == 2) {
		if (len + 1 > cap) {
			char *p = realloc(buf, len + 1);
			if (!p) {
				ok = false;
				break;
			}
			buf = p;
			cap = len + 1;
		}
		if (len < 2 || fread(buf, 1, len, b->rows) != len) {
			ok = false;
			break;
		}
		char rank[32] = "";
		long r;
		if (!strcmp(total, "="))
			snprintf(rank, sizeof rank, "%s", _("rank"));
		else if (strcmp(total, "-") && rubric_summary_rank(b->summary, total, &r) == RUBRIC_OK)
			snprintf(rank, sizeof rank, "%ld", r);
		ok = fwrite(buf, 1, len - 2, out) == len - 2 && fprintf(out, ",%s\r\n", rank) > 0;
	}
	free(buf);
	if (!ok || ferror(b->rows) || ferror(b->index)) {
		fprintf(to_err(b), "rubric: %s: %s\n", _("cannot write the ranked rows"), strerror(errno ? errno : EIO));
		return false;
	}
	return true;
}

/* The kind of input its first bytes say: '[' a JSON array, '{' JSON
 * objects, anything else CSV. */
static enum batch_input kind_of(const char *s, size_t n)
{
	size_t i = n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	if (i < n && s[i] == '[')
		return BATCH_IN_JSON;
	if (i < n && s[i] == '{')
		return BATCH_IN_JSON_SEQ;
	return BATCH_IN_CSV;
}

static int run(struct batch *b, FILE *in)
{
	struct reader rd = { .f = in, .err = b->err, .name = b->file, .enc = b->o->encoding };
	bool ok;
	enum batch_input kind = b->o->input;
	if (kind == BATCH_IN_AUTO || kind == BATCH_IN_JSON) {
		rd.prefetched = fread(rd.in, 1, CHUNK, in);
		enum batch_input k = kind_of(rd.in, rd.prefetched);
		if (kind == BATCH_IN_AUTO || k != BATCH_IN_CSV)
			kind = k;
	}
	b->kind = kind;
	FILE *out = b->out;
	if (b->o->rank) { /* the rows wait for their ranks */
		b->rows = tmpfile();
		b->index = tmpfile();
		if (!b->rows || !b->index) {
			fprintf(to_err(b), "rubric: %s: %s\n", _("cannot make a temporary file"), strerror(errno));
			if (b->rows)
				fclose(b->rows);
			b->rows = NULL;
			return EXIT_USAGE;
		}
		b->out = b->rows;
	}
	b->items = rubric_item_count(b->t);
	if (kind == BATCH_IN_CSV) {
		struct csv_state cs;
		if (csv_init(&cs.p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
			fprintf(to_err(b), "rubric: %s\n", _("out of memory"));
			return EXIT_USAGE;
		}
		b->row = 0;
		ok = read_all(b, &rd, csv_sink, &cs);
		if (ok && !b->stop && csv_fini(&cs.p, on_field, on_record, b) != 0)
			csv_failed(b, &cs.p, true);
		csv_free(&cs.p);
		if (ok && !b->fatal && !b->header_done) {
			fprintf(to_err(b), _("%s: the file is empty: a header row is needed\n"), b->file);
			b->fatal = true;
		} else if (ok && !b->fatal && !b->stop && b->units == 0) {
			fprintf(to_err(b), _("%s: no units: the file has a header row and nothing under it\n"), b->file);
			b->fatal = true;
		}
	} else {
		struct jsplit j = { .line = 1, .col = 1 };
		j.array = kind == BATCH_IN_JSON || kind == BATCH_IN_JSON_SEQ;
		j.seq = kind == BATCH_IN_JSON_SEQ;
		if (j.seq)
			j.depth = 1;
		ok = read_all(b, &rd, j.array ? array_sink : ndjson_sink, &j);
		if (ok && !b->stop && !j.array && j.unit.n && !blank(j.unit.p, j.unit.n))
			json_unit(b, j.unit.p, j.unit.n, j.unit_line, 1); /* the last line, unended */
		if (ok && !b->stop && j.seq && j.unit.n)
			jfail(b, &j, _("the data ends inside a unit: a '}' is missing"));
		else if (ok && !b->stop && j.seq && b->units == 0)
			jfail(b, &j, _("the file is empty: expected a JSON object"));
		else if (ok && !b->stop && j.array && !j.seq && !j.ended)
			jfail(b, &j, j.started ? _("the array of units is not closed with ']'")
					       : _("the file is empty: expected a JSON array of units"));
		else if (ok && !b->stop && !j.seq && b->units == 0) {
			if (j.array) {
				j.line = j.open_line;
				j.col = j.open_col;
			}
			jfail(b, &j, j.array ? _("no units: the array is empty") : _("no units: the file is empty"));
		}
		free(j.unit.p);
	}
	if (rd.cd != (iconv_t)-1)
		iconv_close(rd.cd);
	if (b->rows) {
		b->out = out;
		if (ok && !b->fatal && b->status == EXIT_OK && !write_ranked(b, out))
			b->status = EXIT_USAGE;
		fclose(b->rows);
		fclose(b->index);
		b->rows = b->index = NULL;
	}
	if (!ok)
		return EXIT_INPUT;
	return b->status;
}

/* What batch_eval writes to -o OUT, through cli_write_atomically. */
struct job {
	struct batch *b;
	FILE *in;
	int status;
};

static int write_job(FILE *f, void *arg)
{
	struct job *j = arg;
	j->b->out = f;
	j->status = run(j->b, j->in);
	/* a failed unit is in the output: only an input that cannot be read
	 * on keeps OUT as it was (and an I/O error, reported) */
	if (j->b->fatal || j->status == EXIT_INPUT)
		return 1;
	return j->status == EXIT_USAGE ? -1 : 0;
}

/* Writes the 汇总 to --summary=FILE (atomically) or to standard error. */
static int write_summary(struct batch *b)
{
	char *s;
	size_t len;
	if (rubric_summary_render(b->summary, b->file, &s, &len) != RUBRIC_OK) {
		fprintf(to_err(b), "rubric: %s\n", _("out of memory"));
		return -1;
	}
	int rc = 0;
	if (b->o->summary_out) {
		rc = cli_write_bytes(b->o->summary_out, s, len);
	} else {
		fputc('\n', b->err);
		rc = fwrite(s, 1, len, b->err) == len ? 0 : -1;
	}
	rubric_free(s);
	return rc;
}

int batch_set_id_keys(rubric_unit *u, const char *const *ids, int nids)
{
	size_t known = sizeof known_ids / sizeof *known_ids;
	const char **keys = malloc((known + (size_t)nids + 1) * sizeof *keys);
	if (!keys)
		return RUBRIC_NOMEM;
	int n = 0;
	for (size_t i = 0; i < known; i++)
		keys[n++] = known_ids[i];
	for (int i = 0; i < nids; i++)
		keys[n++] = ids[i];
	int rc = rubric_unit_set_id_keys(u, keys, n);
	free(keys);
	return rc;
}

int batch_eval_stream(const rubric_template *t, const struct batch_options *o, const char *name, FILE *in,
		      FILE *out, FILE *err)
{
	struct batch b = { .o = o, .t = t, .file = name, .err = err, .status = EXIT_OK };
	int status = EXIT_USAGE;
	struct stat st;
	b.progress = isatty(fileno(err));
	b.started = now();
	if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode))
		b.size = (long long)st.st_size;
	if (rubric_reporter_new(&b.r, on_diagnostic, &b) != RUBRIC_OK ||
	    rubric_unit_new(&b.u, t, b.r) != RUBRIC_OK ||
	    ((o->summary || o->rank) && rubric_summary_new(&b.summary, t) != RUBRIC_OK) ||
	    batch_set_id_keys(b.u, o->ids, o->nids) != RUBRIC_OK) {
		fprintf(err, "rubric: %s\n", _("out of memory"));
		goto done;
	}
	if (o->out) {
		struct job j = { &b, in, EXIT_OK };
		if (cli_write_atomically(o->out, write_job, &j) != 0 && !b.fatal && j.status == EXIT_OK)
			j.status = EXIT_USAGE;
		status = j.status;
	} else {
		b.out = out;
		status = run(&b, in);
	}
	clear_bar(&b);
	if (status == EXIT_OK && b.fatal)
		status = EXIT_INPUT;
	if (status != EXIT_USAGE && !b.fatal) {
		if (b.stop && b.failed >= o->max_errors && o->max_errors > 0)
			fprintf(err, _("rubric: %s: --max-errors %ld reached: the units after it are not read\n"), b.file,
				o->max_errors);
		if (b.failed)
			fprintf(err, _("rubric: %s: %ld of %ld units failed\n"), b.file, b.failed, b.units);
		if (b.findings)
			fprintf(err, _("rubric: %s: verify findings: %ld\n"), b.file, b.findings);
		if (status == EXIT_OK && (b.failed || b.findings))
			status = EXIT_INPUT;
		if (o->summary && write_summary(&b) != 0)
			status = EXIT_USAGE;
	}
done:
	rubric_summary_free(b.summary);
	rubric_unit_free(b.u);
	rubric_reporter_free(b.r);
	for (int c = 0; c < b.ncols; c++)
		free(b.cols[c].header);
	free(b.cols);
	free(b.ids);
	free(b.cells.p);
	free(b.starts);
	free(b.line.p);
	for (int k = 0; k < b.njson_ids; k++)
		free(b.json_ids[k]);
	free(b.json_ids);
	free(b.json_id_at);
	free(b.json_id_hash);
	rubric_free(b.shown[0]);
	rubric_free(b.shown[1]);
	return status;
}

int batch_eval(const rubric_template *t, const struct batch_options *o, const char *data)
{
	bool stdin_data = !strcmp(data, "-");
	FILE *in = stdin_data ? stdin : fopen(data, "rb");
	if (!in) {
		fprintf(stderr, _("rubric: cannot open %s: %s\n"), data, strerror(errno));
		return EXIT_USAGE;
	}
	int status = batch_eval_stream(t, o, stdin_data ? "<stdin>" : data, in, stdout, stderr);
	if (!stdin_data)
		fclose(in);
	return status;
}
