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
 *   jobs       the units gathered a few hundred at a time into a job,
 *              which a scorer takes whole;
 *   scorers    each with its own rubric_unit, reset and filled for each
 *              record: a CSV cell through the setter its column was bound
 *              to when the header was read, a JSON object through
 *              rubric_unit_load_json; each unit's output (one CSV row, one
 *              NDJSON line or one table) and its messages go into the
 *              job's buffers;
 *   commit     the jobs, in the order they were read, copied to the output
 *              and to standard error, the counts and the summary taken.
 *
 * With -j N, N scorer threads share one read-only template and the main
 * thread reads and commits, scoring a queued job itself rather than wait
 * for one; with -j 1 the main thread scores each job as it fills.  Either
 * way a unit's bytes come from the same code in the same order, so the
 * output of any -j is the same, byte for byte.  A unit's output and
 * messages wait for its job to be committed: from a slow pipe, they come
 * a job at a time.
 *
 * Memory stays constant however many units there are: a job holds at most
 * 256 units and about a megabyte of input and of output (as many units as
 * the output of those before says fit), at most two per scorer are in
 * flight, and the buffers are reused.  A unit with errors is reported
 * (naming its row and column), written out as failed, and the batch goes
 * on; the run exits 1 if any unit failed. */
#define _GNU_SOURCE /* strcasecmp, sched_getaffinity */
#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <iconv.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "report.h"

#define CHUNK (64 * 1024)
#define JOB_UNITS 256              /* units in a job, at most */
#define JOB_BYTES (1024 * 1024)    /* what a job's input or output holds, about */
#define XLSX_MAX_UNITS 1000        /* units in a workbook (a sheet each), at most */
#define MAX_JOBS 256               /* -j at most */
#define HEADER_ERRORS_SHOWN 20     /* unknown columns named, at most */

/* ---- growing byte buffers --------------------------------------------- */

struct bytes {
	char *p;
	size_t n, cap;
	bool failed;             /* an append failed: what it holds is cut */
	bool unbounded;          /* a job's: its units' own sizes are checked */
};

/* bytes_add when b has no room for n bytes more: grows it, then appends. */
static bool bytes_grow(struct bytes *b, const char *s, size_t n)
{
	if (n > (b->unbounded ? SIZE_MAX / 2 : CLI_MAX_FILE) - b->n) {
		b->failed = true;
		return false;
	}
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->n + n + 1)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	b->p = p;
	b->cap = cap;
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
	return true;
}

/* Appends s[0..n); false (and b->failed set) when out of memory or past
 * CLI_MAX_FILE (unless b is unbounded).  Called for every field of every
 * unit: the common case, room enough, is inline. */
static inline bool bytes_add(struct bytes *b, const char *s, size_t n)
{
	if (b->cap - b->n <= n || (!b->unbounded && n > CLI_MAX_FILE - b->n))
		return bytes_grow(b, s, n);
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
	COL_NA,         /* an indicator the template marks not applicable:
			   "/" or nothing */
};

struct column {
	char *header;        /* as written, trimmed */
	enum col_kind kind;
	int input;           /* COL_INPUT, COL_LIST, COL_ACTUAL */
	int item;            /* the indicator of the row fields */
	int id;              /* COL_ID: which (id_index) */
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

/* A unit of a job: where its input is, and what scoring it gave. */
struct job_unit {
	size_t at;               /* CSV: its first field in job.starts; JSON:
				    its text in job.in */
	size_t len;              /* CSV: its number of fields; JSON: its text's */
	long row;                /* CSV: its record; JSON: the line it starts on */
	long first_col;          /* JSON: the column it starts at */
	size_t bytes;            /* CSV: its fields' bytes in job.in, each
				    NUL-terminated */
	long ordinal;            /* 1 for the first unit of the input */
	/* what scoring it gave */
	size_t out_end, err_end; /* where its output and its messages end in
				    job.out and job.err */
	size_t total_at;         /* --rank: its total's text in job.totals;
				    a report: its heading, total and grade */
	int errors, findings;
	bool ok;                 /* scored */
	bool fatal;              /* out of memory: the batch stops here */
};

/* Units read, to be scored by one scorer and committed in order. */
struct job {
	struct job *next;        /* in flight, or spare */
	struct job *queued;      /* next in the queue (guarded by batch.lock) */
	long seq;                /* 0 for the first job of the input */
	struct bytes in;         /* CSV: the records' fields, a NUL after each;
				    JSON: the units' texts */
	size_t *starts;          /* CSV: where each field starts in in */
	size_t nstarts, cap_starts;
	struct job_unit *units;
	int n, cap;
	struct bytes out, err;   /* what the units write, one after another */
	struct bytes totals;     /* --rank: their totals, a NUL after each */
	/* --summary, --rank: the scored units' summaries; with --max-errors a
	 * failed unit starts another, so that a batch stopped after it counts
	 * exactly the units before it */
	rubric_summary **segs;
	int nsegs, cap_segs;
	bool split;              /* the next scored unit starts a summary */
	bool done;               /* scored (guarded by batch.lock) */
};

struct batch;

/* What scores units: one per thread, each with its own unit. */
struct scorer {
	struct batch *b;
	rubric_unit *u;
	rubric_reporter *r;
	struct job *job;         /* the job and unit being scored */
	struct job_unit *x;
	long row;                /* CSV: the record (1 = the header); JSON:
				    the line the unit starts on */
	int col;                 /* CSV: the column being set (1-based), or 0 */
	long first_col;          /* JSON: the column the unit starts at */
	int unit_errors;         /* errors of the unit being scored */
	bool incomplete;         /* it is scored with rows pending: shown, and
				    failed */
	int lib_errors;          /* of them, those the library reported */
	rubric_unit *spare_unit; /* first_with_ids's, for a moment */
	bool fatal;              /* out of memory in this unit */
	char **ids;              /* CSV: the unit's identity values (into job.in) */
	int *json_id_at;         /* JSON: per output identity field, its index
				    in the unit at hand, or -1 */
	char *shown[2];          /* text from the input, escaped for a message */
	pthread_t thread;
	bool started;
};

struct batch {
	const struct batch_options *o;
	const rubric_template *t;
	FILE *out;
	/* where the units come from, for messages */
	const char *file;        /* the data file's name */
	FILE *err;               /* where messages go: standard error */
	enum batch_input kind;   /* what it holds */
	long row;                /* CSV: the record being read (1 = the header) */
	/* CSV: the columns, bound by the header, then only read */
	struct column *cols;
	int *item_col;           /* per item, three: 1 + the column giving its
				    actual, its score, its reason, or 0: where
				    what it reports is (item_column) */
	int ncols;
	bool header_done;
	struct bytes cells;      /* the record being read: its fields, NUL after each */
	size_t *starts;          /* where each field starts in cells */
	int nfields, cap_fields;
	/* JSON units: the identity fields of the output, the first unit's
	 * ("$id", --id), and a hash of them; set once, by whoever scores the
	 * first unit, before any other unit is scored */
	char **json_ids;
	int njson_ids;
	int *json_id_hash;       /* field index + 1 by the hash of its name */
	size_t json_id_cap;      /* slots of json_id_hash, a power of 2 */
	bool json_ids_ready;     /* (guarded by lock) */
	char *shown[2];          /* as scorer.shown, for the reader's messages */
	/* the scorers and the jobs between them and the reader */
	struct scorer *scorers;  /* the threads', then the main thread's own */
	int nscorers;            /* threads (1: none, the main thread scores) */
	int nall;                /* scorers made */
	struct scorer *helper;   /* the main thread's: it scores a queued job
				    rather than wait for one to be scored */
	bool threads;            /* the scorers run on threads of their own */
	pthread_mutex_t lock;
	pthread_cond_t work;     /* a job was queued, or quit */
	pthread_cond_t finished; /* a job was scored, or the first unit's identity fields are known */
	struct job *queue, *queue_tail; /* to be scored (guarded by lock) */
	bool quit;               /* (guarded by lock) */
	struct job *flight, *flight_tail; /* queued or scored, in order */
	int nflight;
	struct job *filling;     /* being filled by the reader */
	struct job *spare;       /* committed, to be reused */
	int job_units;           /* units in a job: fewer when a unit writes much */
	long next_seq, read_units;
	/* counts, taken at commit */
	long units, failed, findings;
	bool stop;               /* --max-errors reached, or a fatal error */
	int status;              /* EXIT_USAGE after an I/O error or out of memory */
	int last_term;           /* the CSV line end read last (CSV_CR, CSV_LF) */
	int unknown_cols;        /* header columns the template has no name for */
	bool fatal;              /* the input cannot be read on */
	/* the progress bar, on a terminal */
	bool progress;           /* standard error is a terminal */
	bool bar_shown;          /* a bar is on its last line */
	double started, last_bar; /* seconds (CLOCK_MONOTONIC) */
	long long size, read;    /* bytes of the input (0: unknown), read so far */
	/* output */
	rubric_summary *summary; /* --summary or --rank */
	FILE *rows, *index;      /* --rank: the rows written, and each one's
				    length and total, until the ranks are known;
				    a report: the units' forms (HTML) or
				    packed results (xlsx), and each one's
				    heading, total and grade, for the 汇总 */
	bool wrote_header;
	int items;
	struct bytes line;       /* the header of the CSV output */
};

#define NKNOWN_IDS ((int)(sizeof known_ids / sizeof *known_ids))

/* Which identity header h names: i for --id's i-th name, nids + k for
 * known_ids[k] (matched byte for byte, as typed); -1 for none. */
static int id_index(const struct batch_options *o, const char *h)
{
	for (int i = 0; i < o->nids; i++)
		if (!strcmp(o->ids[i], h))
			return i;
	for (int i = 0; i < NKNOWN_IDS; i++)
		if (!strcmp(known_ids[i], h))
			return o->nids + i;
	return -1;
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

static void drain(struct batch *b);

/* Where a message of the reader's goes: standard error, after the units
 * read before it (drain) and with the bar taken off. */
static FILE *to_err(struct batch *b)
{
	drain(b);
	clear_bar(b);
	return b->err;
}

/* Before a message of the reader's about the input (a malformed record, a
 * byte that is not GB18030): the units read before it are scored and
 * committed first, so that messages and output keep the input's order.
 * False when the batch stopped among them (--max-errors): the reader got
 * no further, as with one unit at a time, and says nothing. */
static bool reader_turn(struct batch *b)
{
	drain(b);
	return !b->stop;
}

/* Appends a message, printf-style, to a unit's messages. */
static void say(struct scorer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void say(struct scorer *w, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof buf) {
		bytes_add(&w->job->err, buf, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big) {
		w->job->err.failed = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	bytes_add(&w->job->err, big, (size_t)n);
	free(big);
}

/* s, from the input (a header, a cell), as a message shows it: control
 * characters and the like escaped (rubric_escape_text), so that a file
 * cannot write to the terminal.  Valid until the next call with the same
 * slot (0 or 1). */
static const char *shown(char *slots[2], int slot, const char *s)
{
	char *out = NULL;
	size_t len;
	if (rubric_escape_text(s, strlen(s), &out, &len) != RUBRIC_OK)
		return "?";
	rubric_free(slots[slot]);
	slots[slot] = out;
	return out;
}

static size_t space_at(const char *s, size_t n);

/* Whether column col (1-based) of the CSV unit being scored is empty. */
static bool cell_empty(const struct scorer *w, int col)
{
	const struct job_unit *x = w->x;
	if (col < 1 || (size_t)col > x->len)
		return true;
	const char *s = w->job->in.p + w->job->starts[x->at + (size_t)col - 1];
	size_t n = strlen(s), k; /* set_cell cut it after its last character */
	while ((k = space_at(s, n)) > 0) {
		s += k;
		n -= k;
	}
	return n == 0;
}

/* The column (1-based) a diagnostic an indicator reported while scored
 * is about, or 0: its score's for a score out of range, its reason's for
 * a missing reason, else its actual's; failing that, any it has. */
static int item_column(const struct scorer *w, const rubric_diagnostic *d)
{
	const struct batch *b = w->b;
	if (!b->item_col || d->item < 0 || d->item >= rubric_item_count(b->t))
		return 0;
	const int *cols = &b->item_col[3 * d->item];
	int want = 0;
	if (!strcmp(d->code, "E311") || !strcmp(d->code, "E312"))
		want = 1;
	else if (!strcmp(d->code, "E313")) /* the data's score, if this row gives one; else the rule's */
		return cols[1] && !cell_empty(w, cols[1]) ? cols[1] : 0;
	else if (!strcmp(d->code, "E314"))
		want = 2;
	return cols[want] ? cols[want] : cols[0] ? cols[0] : cols[1] ? cols[1] : cols[2];
}

/* Diagnostics of the library, placed in the batch's file: a CSV unit's
 * row and column, or a JSON unit's line and column. */
static void on_diagnostic(void *ud, const rubric_diagnostic *d)
{
	struct scorer *w = ud;
	const struct batch *b = w->b;
	const char *sev = d->severity == RUBRIC_SEVERITY_WARNING ? _("warning") : _("error");
	if (d->severity != RUBRIC_SEVERITY_WARNING) {
		w->unit_errors++;
		w->lib_errors++;
	} else {
		return; /* warnings are for `rubric check` */
	}
	char *msg = NULL;
	size_t len = 0;
	if (rubric_escape_text(d->message, strlen(d->message), &msg, &len) != RUBRIC_OK)
		msg = NULL;
	const char *m = msg ? msg : d->message;
	int col = w->col; /* the cell being set; or the one that gave what an indicator reports */
	if (b->cols && col == 0)
		col = item_column(w, d);
	if (b->cols) { /* CSV */
		if (col > 0 && w->col == 0 && d->file && d->line > 0)
			say(w, _("%s: row %ld, column %d (%s): %s[%s]: %s (%s:%d:%d)\n"), b->file, w->row, col,
				shown(w->shown, 0, b->cols[col - 1].header), sev, d->code, m, d->file, d->line, d->column);
		else if (col > 0)
			say(w, _("%s: row %ld, column %d (%s): %s[%s]: %s\n"), b->file, w->row, col,
				shown(w->shown, 0, b->cols[col - 1].header), sev, d->code, m);
		else if (d->file && d->line > 0)
			say(w, _("%s: row %ld: %s[%s]: %s (%s:%d:%d)\n"), b->file, w->row, sev, d->code, m,
				d->file, d->line, d->column);
		else
			say(w, _("%s: row %ld: %s[%s]: %s\n"), b->file, w->row, sev, d->code, m);
	} else if (d->file && d->line > 0 && !strcmp(d->file, b->file)) { /* a place in the unit */
		long line = w->row + d->line - 1;
		long column = d->line == 1 ? w->first_col + d->column - 1 : d->column;
		say(w, "%s:%ld:%ld: %s[%s]: %s\n", b->file, line, column, sev, d->code, m);
	} else if (d->file && d->line > 0) {
		say(w, _("%s:%ld: %s[%s]: %s (%s:%d:%d)\n"), b->file, w->row, sev, d->code, m, d->file,
			d->line, d->column);
	} else {
		say(w, "%s:%ld: %s[%s]: %s\n", b->file, w->row, sev, d->code, m);
	}
	if (b->cols && !strcmp(d->code, "E316")) { /* the library's help speaks of JSON */
		say(w, "  %s: %s\n", _("help"),
		    _("give the published scores in columns named 指标.公布得分, and 公布总分 and 公布等级"));
	} else if (d->help && *d->help) {
		const char *h = d->help;
		while (*h) { /* a line at a time: escaping would hide the breaks */
			const char *nl = strchr(h, '\n');
			size_t n = nl ? (size_t)(nl - h) : strlen(h);
			char *line = NULL;
			size_t line_len;
			if (rubric_escape_text(h, n, &line, &line_len) == RUBRIC_OK)
				say(w, "  %s: %s\n", _("help"), line);
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

static const char *id_value(const struct scorer *w, int k)
{
	if (w->b->cols)
		return w->ids[k] ? w->ids[k] : "";
	int i = w->json_id_at[k];
	return i >= 0 ? rubric_unit_id_value(w->u, i) : "";
}

static size_t name_hash(const char *s)
{
	size_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* JSON units: takes the identity fields of the first unit, which w has
 * just read, as the output's (hashed, so that each unit's are found in
 * time linear in their number); false when out of memory.  Then lets the
 * other scorers go on (wait_json_ids). */
static bool define_json_ids(struct scorer *w, rubric_unit *u)
{
	struct batch *b = w->b;
	bool ok = true;
	int n = rubric_unit_id_count(u);
	size_t cap = 16;
	while (cap < 2 * (size_t)n + 2)
		cap *= 2;
	b->json_ids = calloc((size_t)n + 1, sizeof *b->json_ids);
	b->json_id_hash = calloc(cap, sizeof *b->json_id_hash);
	if (!b->json_ids || !b->json_id_hash) {
		ok = false;
		n = 0;
	}
	b->json_id_cap = cap;
	for (int i = 0; i < n; i++) {
		const char *key = rubric_unit_id_key(u, i);
		size_t j = name_hash(key) & (cap - 1);
		while (b->json_id_hash[j] && strcmp(b->json_ids[b->json_id_hash[j] - 1], key))
			j = (j + 1) & (cap - 1);
		if (b->json_id_hash[j])
			continue; /* given twice: the first counts */
		if ((b->json_ids[b->njson_ids] = strdup(key)) == NULL) {
			ok = false;
			break;
		}
		b->json_id_hash[j] = ++b->njson_ids;
	}
	pthread_mutex_lock(&b->lock);
	b->json_ids_ready = true;
	pthread_cond_broadcast(&b->finished);
	pthread_mutex_unlock(&b->lock);
	return ok;
}

/* Waits until the first unit's identity fields are known. */
static void wait_json_ids(struct batch *b)
{
	pthread_mutex_lock(&b->lock);
	while (!b->json_ids_ready)
		pthread_cond_wait(&b->finished, &b->lock);
	pthread_mutex_unlock(&b->lock);
}

/* Finds where the unit at hand has each of the output's identity fields;
 * false when out of memory. */
static bool find_json_ids(struct scorer *w)
{
	struct batch *b = w->b;
	if (!w->json_id_at && !(w->json_id_at = malloc(((size_t)b->njson_ids + 1) * sizeof *w->json_id_at)))
		return false;
	for (int k = 0; k < b->njson_ids; k++)
		w->json_id_at[k] = -1;
	if (!b->njson_ids)
		return true;
	for (int i = rubric_unit_id_count(w->u) - 1; i >= 0; i--) { /* the first of a key counts */
		const char *key = rubric_unit_id_key(w->u, i);
		size_t j = name_hash(key) & (b->json_id_cap - 1);
		while (b->json_id_hash[j] && strcmp(b->json_ids[b->json_id_hash[j] - 1], key))
			j = (j + 1) & (b->json_id_cap - 1);
		if (b->json_id_hash[j])
			w->json_id_at[b->json_id_hash[j] - 1] = i;
	}
	return true;
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
static void heading(struct scorer *w, struct bytes *l)
{
	const struct batch *b = w->b;
	bool any = false;
	for (int k = 0; k < id_count(b); k++)
		if (id_name(b, k) && *id_value(w, k)) {
			if (any)
				bytes_add(l, "  ", 2);
			const char *name = shown(w->shown, 0, id_name(b, k)), *value = shown(w->shown, 1, id_value(w, k));
			bytes_add(l, name, strlen(name));
			bytes_add(l, ": ", 2);
			bytes_add(l, value, strlen(value));
			any = true;
		}
	if (!any) {
		char buf[64];
		int n = b->cols ? snprintf(buf, sizeof buf, _("row %ld"), w->row)
				: snprintf(buf, sizeof buf, _("unit %ld (line %ld)"), w->x->ordinal, w->row);
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

/* The emitter of a batch's page (BATCH_HTML, BATCH_MD). */
static const struct report_page *page_of(const struct batch *b)
{
	return b->o->format == BATCH_HTML ? &report_html : &report_markdown;
}

/* The unit's results packed for a report (report_pack), with its
 * identity: a CSV's identity columns, or the unit's own.  NULL when out
 * of memory. */
static char *pack(struct scorer *w, size_t *len)
{
	const struct batch *b = w->b;
	int n = 0;
	const char **keys = NULL, **values = NULL;
	if (b->cols) {
		keys = calloc((size_t)id_count(b) + 1, sizeof *keys);
		values = calloc((size_t)id_count(b) + 1, sizeof *values);
		for (int k = 0; keys && values && k < id_count(b); k++)
			if (id_name(b, k)) {
				keys[n] = id_name(b, k);
				values[n++] = id_value(w, k);
			}
	}
	char *packed = !b->cols || (keys && values) ? report_pack(b->t, w->u, keys, values, n, b->o->explain, len)
						    : NULL;
	free(keys);
	free(values);
	return packed;
}

/* -f csv --form: the header of the form's table, after the identity
 * columns (as csv_header's). */
static void form_csv_header(struct batch *b)
{
	struct report shape;
	struct report_layout lay;
	report_shape(&shape, b->t, (enum report_form)b->o->form, b->o->explain);
	report_layout(&shape, &lay);
	bool first = true;
	for (int k = 0; k < id_count(b); k++)
		if (id_name(b, k)) {
			csv_field(&b->line, id_name(b, k), first);
			first = false;
		}
	for (int c = 0; c < lay.ncols; c++, first = false)
		csv_field(&b->line, report_heading(&shape, &lay, c), first);
	csv_field(&b->line, _("errors"), first);
	bytes_add(&b->line, "\r\n", 2);
}

/* -f csv --form: the unit's rows of the form's table, each after the
 * unit's identity and with its count of errors last: the budget row of a
 * self-evaluation form, each indicator's, and 总分 with the grade; a unit
 * that failed, one row of its identity and errors. */
static void form_csv_unit(struct scorer *w, bool ok)
{
	const struct batch *b = w->b;
	struct bytes *l = &w->job->out;
	struct report r;
	struct report_layout lay;
	size_t len = 0;
	char *packed = ok ? pack(w, &len) : NULL;
	if (ok && (!packed || report_unpack(&r, b->t, packed, len, (enum report_form)b->o->form) != 0)) {
		free(packed);
		w->fatal = true; /* out of memory */
		return;
	}
	free(packed);
	if (!ok)
		report_shape(&r, b->t, (enum report_form)b->o->form, b->o->explain);
	report_layout(&r, &lay);
	char errors[32];
	snprintf(errors, sizeof errors, "%d", w->unit_errors);
	char **cells = calloc((size_t)lay.ncols + 1, sizeof *cells);
	char *grade = ok ? report_grade_label(&r) : NULL;
	/* rows: -1 the budget row, 0 .. nrows-1 the indicators, nrows 总分 */
	int from = ok ? (r.form == REPORT_SELF && r.budget >= 0 ? -1 : 0) : r.nrows, to = r.nrows;
	for (int i = from; cells && i <= to; i++) {
		if (i >= 0 && i < r.nrows) {
			if (report_row_cells(&r, &lay, i, false, cells) != 0)
				break;
		} else {
			for (int c = 0; c < lay.ncols; c++)
				cells[c] = NULL;
			if (i < 0) {
				cells[lay.c_name] = (char *)rubric_item_name(b->t, r.budget);
				cells[lay.c_actual] = (char *)r.budget_actual;
				cells[lay.c_weight] = (char *)rubric_item_weight(b->t, r.budget);
				cells[lay.c_score] = (char *)r.score[r.budget];
			} else if (ok) {
				cells[0] = (char *)_("total");
				cells[lay.c_weight] = (char *)r.max;
				cells[lay.c_score] = (char *)r.total;
				cells[lay.c_reason] = grade;
			}
		}
		bool first = true;
		for (int k = 0; k < id_count(b); k++)
			if (id_name(b, k)) {
				csv_field(l, id_value(w, k), first);
				first = false;
			}
		for (int c = 0; c < lay.ncols; c++, first = false)
			csv_field(l, cells[c] ? cells[c] : "", first);
		csv_field(l, errors, first);
		bytes_add(l, "\r\n", 2);
		if (i >= 0 && i < r.nrows)
			report_cells_free(cells, lay.ncols);
	}
	if (!cells || (ok && !grade) || report_failed())
		w->fatal = true; /* out of memory */
	free(cells);
	free(grade);
	if (ok)
		report_free(&r);
}

/* A report's part of the unit (BATCH_HTML, BATCH_MD, BATCH_XLSX): its heading,
 * total and grade into job.totals, for the 汇总; and into job.out its
 * form in HTML, or its results packed (report_pack) for the writer to lay
 * out on a sheet: the heading's length and bytes, then the pack's. */
static void report_unit(struct scorer *w, bool ok)
{
	const struct batch *b = w->b;
	struct bytes *l = &w->job->out, head = { 0 };
	heading(w, &head);
	bytes_add(&head, "", 1);
	size_t len = 0;
	char *packed = !head.failed ? pack(w, &len) : NULL;
	bool whole = ok && !w->incomplete; /* a total for the 汇总 */
	const char *total = whole ? rubric_result_total(w->u) : NULL, *grade = whole ? rubric_result_grade(w->u) : NULL;
	w->x->total_at = w->job->totals.n;
	bytes_add(&w->job->totals, head.p, head.n);
	bytes_add(&w->job->totals, total ? total : "", total ? strlen(total) + 1 : 1);
	bytes_add(&w->job->totals, grade ? grade : "", grade ? strlen(grade) + 1 : 1);
	if (!packed) {
		w->fatal = true; /* out of memory */
	} else if (b->o->format == BATCH_XLSX) {
		uint64_t k = head.n;
		bytes_add(l, (const char *)&k, sizeof k);
		bytes_add(l, head.p, head.n);
		k = len;
		bytes_add(l, (const char *)&k, sizeof k);
		bytes_add(l, packed, len);
	} else {
		char *page = NULL;
		size_t size = 0;
		FILE *f = open_memstream(&page, &size);
		struct report r;
		bool done = f && (!ok || report_unpack(&r, b->t, packed, len, (enum report_form)b->o->form) == 0);
		if (done && ok) {
			page_of(b)->unit(f, &r, head.p);
			report_free(&r);
		} else if (done) {
			page_of(b)->failed(f, head.p);
		}
		if (report_failed())
			done = false;
		if (f && (fclose(f) != 0 || !done))
			done = false;
		if (done)
			bytes_add(l, page, size);
		else
			w->fatal = true;
		free(page);
	}
	free(packed);
	free(head.p);
}

int cli_not_derivable(const rubric_template *t, rubric_unit *u)
{
	int n = 0;
	for (int i = 0; i < rubric_item_count(t); i++)
		n += (rubric_result_flags(u, i) & (RUBRIC_OVERRIDDEN | RUBRIC_JUDGED)) != 0;
	return n;
}

/* Writes the unit's result into its job's output: scored (ok) or failed. */
static void write_unit(struct scorer *w, bool ok)
{
	const struct batch *b = w->b;
	struct bytes *l = &w->job->out;
	switch (b->o->format) {
	case BATCH_CSV: {
		if (b->o->form != REPORT_AUTO) {
			form_csv_unit(w, ok);
			break;
		}
		bool first = true;
		for (int k = 0; k < id_count(b); k++)
			if (id_name(b, k)) {
				csv_field(l, id_value(w, k), first);
				first = false;
			}
		/* rows pending: 待核实; the total of the other rows is no total */
		for (int i = 0; i < b->items; i++) {
			csv_field(l, ok && rubric_result_flags(w->u, i) & RUBRIC_PENDING ? "待核实"
				     : ok ? rubric_result_score(w->u, i) : NULL, first);
			first = false;
		}
		csv_field(l, ok && !w->incomplete ? rubric_result_total(w->u) : NULL, first);
		csv_field(l, ok && !w->incomplete ? rubric_result_grade(w->u) : ok ? "待核实" : NULL, false);
		char n[32];
		snprintf(n, sizeof n, "%d", w->unit_errors);
		csv_field(l, n, false);
		bytes_add(l, "\r\n", 2);
		if (b->rows) { /* its total, for the rank ("-": none) */
			const char *total = ok && !w->incomplete ? rubric_result_total(w->u) : NULL;
			w->x->total_at = w->job->totals.n;
			bytes_add(&w->job->totals, total ? total : "-", total ? strlen(total) + 1 : 2);
		}
		break;
	}
	case BATCH_NDJSON: {
		char buf[64];
		int n = b->cols ? snprintf(buf, sizeof buf, "{\"row\": %ld", w->row)
				: snprintf(buf, sizeof buf, "{\"unit\": %ld, \"line\": %ld", w->x->ordinal, w->row);
		bytes_add(l, buf, (size_t)n);
		if (b->cols || rubric_unit_id_count(w->u)) {
			bytes_add(l, ", \"id\": {", 9);
			bool first = true;
			int nids = b->cols ? id_count(b) : rubric_unit_id_count(w->u);
			for (int k = 0; k < nids; k++) {
				const char *name = b->cols ? id_name(b, k) : rubric_unit_id_key(w->u, k);
				if (!name)
					continue;
				if (!first)
					bytes_add(l, ", ", 2);
				json_string(l, name);
				bytes_add(l, ": ", 2);
				json_string(l, b->cols ? id_value(w, k) : rubric_unit_id_value(w->u, k));
				first = false;
			}
			bytes_add(l, "}", 1);
		}
		n = snprintf(buf, sizeof buf, ", \"errors\": %d", w->unit_errors);
		bytes_add(l, buf, (size_t)n);
		char *json = NULL;
		size_t len = 0;
		if (ok && rubric_unit_render(w->u, RUBRIC_FORMAT_JSON, b->o->verify ? RUBRIC_RENDER_VERIFY : 0,
					     &json, &len) == RUBRIC_OK &&
		    len > 1 && json[0] == '{') {
			bytes_add(l, ", ", 2);
			size_t at = 1;
			while (at < len && (json[at] == '\n' || json[at] == ' '))
				at++;
			one_line(l, json + at, len - at);
		} else {
			if (ok)
				w->fatal = true; /* out of memory */
			bytes_add(l, "}", 1);
		}
		rubric_free(json);
		bytes_add(l, "\n", 1);
		break;
	}
	case BATCH_HTML:
	case BATCH_MD:
	case BATCH_XLSX:
		report_unit(w, ok);
		break;
	default: { /* text: a heading, then the table */
		if (w->x->ordinal > 1)
			bytes_add(l, "\n", 1);
		bytes_add(l, "== ", 3);
		heading(w, l);
		bytes_add(l, " ==\n", 4);
		char *text = NULL;
		size_t len = 0;
		if (!ok) {
			const char *s = _("not scored: see the errors");
			bytes_add(l, s, strlen(s));
			bytes_add(l, "\n", 1);
		} else if (rubric_unit_render(w->u, RUBRIC_FORMAT_TEXT, b->o->verify ? RUBRIC_RENDER_VERIFY : 0,
					      &text, &len) == RUBRIC_OK) {
			bytes_add(l, text, len);
		} else {
			w->fatal = true;
		}
		rubric_free(text);
		break;
	}
	}
}

/* The job's summary that the unit at hand goes into; NULL when out of
 * memory. */
static rubric_summary *job_summary(struct scorer *w)
{
	struct job *j = w->job;
	if (j->nsegs && !j->split)
		return j->segs[j->nsegs - 1];
	if (j->nsegs == j->cap_segs) {
		int cap = j->cap_segs ? 2 * j->cap_segs : 4;
		rubric_summary **v = realloc(j->segs, (size_t)cap * sizeof *v);
		if (!v)
			return NULL;
		j->segs = v;
		j->cap_segs = cap;
	}
	if (rubric_summary_new(&j->segs[j->nsegs], w->b->t) != RUBRIC_OK)
		return NULL;
	j->split = false;
	return j->segs[j->nsegs++];
}

/* Scores the unit whose values are set, and writes it. */
/* The findings of --verify for a unit whose output (a CSV row) cannot
 * show them: one line on standard error, naming each row that disagrees
 * and the total. */
static void say_findings(struct scorer *w, int findings)
{
	const struct batch *b = w->b;
	struct bytes l = { 0 };
	for (int i = 0; i < b->items; i++) {
		if (!(rubric_result_flags(w->u, i) & RUBRIC_DISAGREES))
			continue;
		char buf[512];
		snprintf(buf, sizeof buf, _("%s (published %s, scored %s)"), shown(w->shown, 0, rubric_item_name(b->t, i)),
			 rubric_result_published(w->u, i), rubric_result_score(w->u, i));
		bytes_add(&l, "; ", l.n ? 2 : 0);
		bytes_add(&l, buf, strlen(buf));
	}
	const char *pub = rubric_result_published(w->u, -1), *total = rubric_result_total(w->u);
	if (pub && total && strcmp(pub, total)) {
		char buf[256];
		snprintf(buf, sizeof buf, _("total (published %s, scored %s)"), pub, total);
		bytes_add(&l, "; ", l.n ? 2 : 0);
		bytes_add(&l, buf, strlen(buf));
	}
	const char *pub_grade = rubric_result_published_grade(w->u), *grade = rubric_result_grade(w->u);
	if (pub_grade && (!grade || strcmp(pub_grade, grade))) {
		char buf[256];
		snprintf(buf, sizeof buf, _("grade (published %s, scored %s)"), shown(w->shown, 0, pub_grade),
			 grade ? grade : "-");
		bytes_add(&l, "; ", l.n ? 2 : 0);
		bytes_add(&l, buf, strlen(buf));
	}
	if (b->cols)
		say(w, _("%s: row %ld: verify: %d findings: %s\n"), b->file, w->row, findings, l.p ? l.p : "");
	else
		say(w, _("%s:%ld: verify: %d findings: %s\n"), b->file, w->row, findings, l.p ? l.p : "");
	free(l.p);
}

static void finish_unit(struct scorer *w)
{
	const struct batch *b = w->b;
	struct job_unit *x = w->x;
	w->col = 0;
	/* evaluated even after errors in the values, so that every error of
	 * the unit is reported at once, as for one unit's JSON */
	int rc = rubric_unit_evaluate(w->u);
	bool ok = rc == RUBRIC_OK && w->unit_errors == 0;
	/* rows pending (a value in no band, 未填报): the unit's errors are all
	 * the library's, of those rows; its table is shown, the unit failed */
	w->incomplete = rc == RUBRIC_INCOMPLETE && w->unit_errors == w->lib_errors;
	int hidden = rubric_reporter_errors(w->r) - w->lib_errors;
	if (hidden > 0) { /* past the reporter's 100: counted, not shown */
		if (b->cols)
			say(w, _("%s: row %ld: and %d more errors (the first %d are shown)\n"), b->file, w->row,
			    hidden, w->lib_errors);
		else
			say(w, _("%s:%ld: and %d more errors (the first %d are shown)\n"), b->file, w->row, hidden,
			    w->lib_errors);
		w->unit_errors += hidden;
	}
	int findings = 0;
	if (ok && b->o->verify && rubric_unit_verify(w->u, &findings) != RUBRIC_OK)
		ok = false;
	if (ok && b->o->strict)
		findings += cli_not_derivable(b->t, w->u);
	if (ok && findings && b->o->format == BATCH_CSV)
		say_findings(w, findings); /* a CSV row has no place for them */
	if (!ok && w->unit_errors == 0)
		w->unit_errors = 1; /* out of memory, reported */
	if (w->incomplete && b->o->verify && rubric_unit_verify(w->u, &findings) != RUBRIC_OK)
		w->incomplete = false;
	if (b->summary && ok) {
		rubric_summary *s = job_summary(w);
		if (!s || rubric_summary_add(s, w->u) != RUBRIC_OK) {
			say(w, "rubric: %s\n", _("out of memory"));
			w->fatal = true;
			return;
		}
	} else if (!ok && b->o->max_errors > 0) {
		w->job->split = true; /* a batch stopped here counts what came before */
	}
	write_unit(w, ok || w->incomplete);
	x->ok = ok;
	x->errors = w->unit_errors;
	x->findings = findings;
}

/* ---- CSV ---------------------------------------------------------------- */

/* The bytes of a space at s[0..n) (a space, a tab, or the ideographic
 * space U+3000 that Chinese input leaves), or 0; and of one ending there. */
static size_t space_at(const char *s, size_t n)
{
	if (n >= 1 && (s[0] == ' ' || s[0] == '\t'))
		return 1;
	return n >= 3 && !memcmp(s, "\xE3\x80\x80", 3) ? 3 : 0;
}

static size_t space_before(const char *s, size_t n)
{
	if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		return 1;
	return n >= 3 && !memcmp(s + n - 3, "\xE3\x80\x80", 3) ? 3 : 0;
}

static char *trimmed(const char *s, size_t n)
{
	size_t k;
	while ((k = space_at(s, n)) > 0) {
		s += k;
		n -= k;
	}
	while ((k = space_before(s, n)) > 0)
		n -= k;
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
	if ((c->id = id_index(b->o, h)) >= 0) {
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
	if (item >= 0 && rubric_item_inapplicable(t, item)) { /* a table exports its "/" column too */
		c->kind = COL_NA;
		c->item = item;
		return true;
	}
	if (item >= 0) {
		fprintf(to_err(b), _("%s: column %d (%s): indicator %s computes its actual: the data cannot give it\n"),
			b->file, (int)(c - b->cols) + 1, shown(b->shown, 0, h), shown(b->shown, 1, h));
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
					b->file, (int)(c - b->cols) + 1, shown(b->shown, 0, h), shown(b->shown, 1, rubric_item_name(t, item)));
				return false;
			}
			if (rubric_input_type(t, c->input) == RUBRIC_LIST)
				c->kind = COL_LIST;
		}
		return true;
	}
	if (++b->unknown_cols > HEADER_ERRORS_SHOWN)
		return false; /* counted: read_header says how many more */
	fprintf(to_err(b), _("%s: column %d (%s): the template has no input or indicator of this name\n"), b->file,
		(int)(c - b->cols) + 1, shown(b->shown, 0, h));
	/* did you mean, as for a data key: the name misspelt, or the
	 * indicator's before its field (群众满意程度.得分) */
	const char *best = NULL;
	size_t base = strlen(h);
	for (size_t i = 0; i < sizeof row_fields / sizeof *row_fields && !best; i++) {
		size_t n;
		char *name = has_suffix(h, row_fields[i].suffix, &n) ? trimmed(h, n) : NULL;
		if (name && (best = rubric_input_closest(t, name)) != NULL)
			base = n;
		free(name);
	}
	if (!best)
		best = rubric_input_closest(t, h);
	if (best)
	{
		fprintf(to_err(b), "  %s: ", _("help"));
		fprintf(to_err(b), _("did you mean '%s%s'?\n"), best, h + base);
	}
	if (b->unknown_cols == 1)
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
	if (!b->cols)
		return false;
	bool ok = true;
	for (int c = 0; c < b->ncols; c++) {
		const char *s = b->cells.p + b->starts[c];
		size_t bad, len = (c + 1 < b->ncols ? b->starts[c + 1] : b->cells.n) - b->starts[c] - 1;
		if (strlen(s) != len) {
			fprintf(to_err(b), _("%s: row %ld, column %d: a NUL byte (0x00) in the header\n"), b->file, b->row,
				c + 1);
			fprintf(to_err(b), "  %s: %s\n", _("help"),
				_("a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text"));
			return false;
		}
		if (!valid_utf8(s, len, &bad)) {
			fprintf(to_err(b), _("%s: row %ld, column %d: invalid UTF-8 byte 0x%02X in the header\n"), b->file,
				b->row, c + 1, (unsigned char)s[bad]);
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
	if (b->unknown_cols > HEADER_ERRORS_SHOWN)
		fprintf(to_err(b), _("%s: and %d more columns the template has no input or indicator for\n"), b->file,
			b->unknown_cols - HEADER_ERRORS_SHOWN);
	b->item_col = calloc(3 * (size_t)rubric_item_count(b->t) + 1, sizeof *b->item_col);
	if (!b->item_col)
		return false;
	for (int c = 0; c < b->ncols; c++) { /* each has one column (two are refused above) */
		const struct column *x = &b->cols[c];
		int k = x->kind == COL_ACTUAL || x->kind == COL_LIST || x->kind == COL_SHOWN ? 0
			: x->kind == COL_SCORE ? 1 : x->kind == COL_REASON ? 2 : -1;
		if (x->item >= 0 && k >= 0)
			b->item_col[3 * x->item + k] = c + 1;
	}
	for (int i = 0; i < b->o->nids; i++) { /* a misspelt --id would go unnoticed */
		int c = 0;
		while (c < b->ncols && !(b->cols[c].kind == COL_ID && b->cols[c].id == i))
			c++;
		if (c == b->ncols)
			fprintf(to_err(b), _("%s: warning: no column is named %s (--id)\n"), b->file,
				shown(b->shown, 0, b->o->ids[i]));
	}
	/* two columns that set the same thing: each thing's first column is
	 * kept in a table indexed by what it sets (inputs, then each field of
	 * the rows, then the published total and grade) */
	int ninputs = rubric_input_count(b->t), nitems = rubric_item_count(b->t);
	size_t nslots = (size_t)ninputs + 4 * (size_t)nitems + 2, nids = (size_t)b->o->nids + NKNOWN_IDS;
	/* after them, the identities: one column each */
	nslots += nids;
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
		case COL_PUB_TOTAL: at = nslots - nids - 2; break;
		case COL_PUB_GRADE: at = nslots - nids - 1; break;
		case COL_ID: at = nslots - nids + (size_t)x->id; break;
		default: continue; /* nothing */
		}
		if (first[at]) {
			const struct column *y = &b->cols[first[at] - 1];
			fprintf(to_err(b), _("%s: columns %d (%s) and %d (%s) give the same value\n"), b->file, first[at],
				shown(b->shown, 0, y->header), c + 1, shown(b->shown, 1, x->header));
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
		if (c < 0x80) { /* ASCII, most of a file: a byte is a character */
			i++;
			continue;
		}
		size_t k = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
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

static void cell_error(struct scorer *w, const struct column *c, const char *what, const char *help);

/* The items of a checklist cell: separated by 、，,; or ；, trimmed. */
static int set_list(struct scorer *w, const struct column *c, char *s)
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
		size_t k;
		while ((k = space_at(a, (size_t)(z - a))) > 0)
			a += k;
		while ((k = space_before(a, (size_t)(z - a))) > 0)
			z -= k;
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
	if (n == 0) { /* separators only: a mistake, not "none" */
		cell_error(w, c, _("only separators, no item"), _("write 无 (or none) when no item is met"));
		return RUBRIC_OK;
	}
	int rc = rubric_unit_set_list(w->u, c->input, many, many_lens, n);
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

/* A cell of column c that cannot be read (what is wrong, and help): its
 * unit fails, naming the row and column.  An input's value is marked
 * unreadable, so that no "missing value" follows; an identity is left out
 * of the output. */
static void cell_error(struct scorer *w, const struct column *c, const char *what, const char *help)
{
	const struct batch *b = w->b;
	if (c->header && *c->header)
		say(w, _("%s: row %ld, column %d (%s): %s\n"), b->file, w->row, w->col, shown(w->shown, 0, c->header),
		    what);
	else
		say(w, _("%s: row %ld, column %d: %s\n"), b->file, w->row, w->col, what);
	say(w, "  %s: %s\n", _("help"), help);
	w->unit_errors++;
	if ((c->kind == COL_INPUT || c->kind == COL_ACTUAL || c->kind == COL_LIST) && c->input >= 0)
		rubric_unit_set_unreadable(w->u, c->input);
	if (c->kind == COL_ID)
		w->ids[w->col - 1] = NULL;
}

/* Sets the value of cell s (len bytes, or fewer up to a NUL byte, which
 * is an error) of column c. */
static void set_cell(struct scorer *w, const struct column *c, char *s, size_t len)
{
	const struct batch *b = w->b;
	size_t bad;
	if (strlen(s) != len) { /* the value would end at its NUL byte */
		cell_error(w, c, _("a NUL byte (0x00) in the value"),
			   _("a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text"));
		return;
	}
	/* spaces a spreadsheet left around a value are not part of it */
	size_t k;
	while ((k = space_at(s, len)) > 0) {
		s += k;
		len -= k;
	}
	while ((k = space_before(s, len)) > 0)
		len -= k;
	s[len] = '\0';
	size_t n = len;
	if (c->kind == COL_IGNORED) {
		if (*s) {
			say(w, _("%s: row %ld, column %d: a value under no header\n"), b->file, w->row, w->col);
			w->unit_errors++;
		}
		return;
	}
	if (c->kind == COL_ID)
		w->ids[w->col - 1] = s; /* trimmed */
	if (!*s)
		return; /* empty: not given */
	if (!valid_utf8(s, n, &bad)) { /* an identity too: it goes into the output */
		char what[64];
		snprintf(what, sizeof what, _("invalid UTF-8 byte 0x%02X"), (unsigned char)s[bad]);
		cell_error(w, c, what, _("if the file is GB18030, give --encoding gb18030"));
		return;
	}
	if (c->kind == COL_ID)
		return;
	if (c->kind == COL_NA) {
		if (!inapplicable(s)) {
			cell_error(w, c, _("the template marks this indicator not applicable (/): its cell is / or empty"),
				   _("remove `inapplicable` from the indicator to score it"));
		}
		return;
	}
	if ((c->kind == COL_INPUT || c->kind == COL_ACTUAL) && grouped(b, c, s))
		n = ungroup(s);
	int rc = RUBRIC_OK;
	switch (c->kind) {
	case COL_INPUT:
		rc = rubric_unit_set_text(w->u, c->input, s, n);
		break;
	case COL_ACTUAL:
		if (c->item >= 0 && inapplicable(s))
			rc = rubric_unit_set_inapplicable(w->u, c->item);
		else
			rc = rubric_unit_set_text(w->u, c->input, s, n);
		break;
	case COL_LIST:
		if (c->item >= 0 && inapplicable(s))
			rc = rubric_unit_set_inapplicable(w->u, c->item);
		else if (!strcmp(s, "无") || !strcasecmp(s, "none")) /* no item met: an empty cell is none given */
			rc = rubric_unit_set_list(w->u, c->input, NULL, NULL, 0);
		else
			rc = set_list(w, c, s);
		break;
	case COL_SHOWN:
		if (inapplicable(s))
			rc = rubric_unit_set_inapplicable(w->u, c->item);
		else
			rc = rubric_unit_set_shown(w->u, c->item, s, n);
		break;
	case COL_SCORE:
		rc = rubric_unit_set_score(w->u, c->item, s);
		break;
	case COL_REASON:
		rc = rubric_unit_set_reason(w->u, c->item, s, n);
		break;
	case COL_PUBLISHED:
		rc = rubric_unit_set_published(w->u, c->item, s);
		break;
	case COL_PUB_TOTAL:
		rc = rubric_unit_set_published(w->u, -1, s);
		break;
	case COL_PUB_GRADE:
		rc = rubric_unit_set_published_grade(w->u, s, n);
		break;
	default:
		break;
	}
	if (rc == RUBRIC_NOMEM) {
		w->fatal = true;
	} else if (rc != RUBRIC_OK && w->unit_errors == 0) {
		w->unit_errors++; /* refused without a report (a malformed decimal) */
		say(w, _("%s: row %ld, column %d (%s): %s is not a valid value here\n"), b->file, w->row,
			w->col, shown(w->shown, 0, c->header), shown(w->shown, 1, s));
	}
}

/* ---- jobs ---------------------------------------------------------------- */

/* The job being filled, made or taken from the spares when there is none;
 * NULL when out of memory. */
static struct job *filling(struct batch *b)
{
	if (b->filling)
		return b->filling;
	struct job *j = b->spare;
	if (j)
		b->spare = j->next;
	else if (!(j = calloc(1, sizeof *j)))
		return NULL;
	else
		j->in.unbounded = j->out.unbounded = j->err.unbounded = j->totals.unbounded = true;
	j->next = NULL;
	b->filling = j;
	return j;
}

/* A new unit at the end of job j; NULL when out of memory. */
static struct job_unit *job_unit(struct batch *b, struct job *j)
{
	if (j->n == j->cap) {
		int cap = j->cap ? 2 * j->cap : 64;
		struct job_unit *v = realloc(j->units, (size_t)cap * sizeof *v);
		if (!v)
			return NULL;
		j->units = v;
		j->cap = cap;
	}
	struct job_unit *x = &j->units[j->n++];
	*x = (struct job_unit){ .row = b->row, .ordinal = ++b->read_units };
	return x;
}

static void send(struct batch *b);

/* Out of memory in the reader: the batch stops. */
static void reader_nomem(struct batch *b)
{
	fprintf(to_err(b), "rubric: %s\n", _("out of memory"));
	b->status = EXIT_USAGE;
	b->stop = true;
}

/* A new unit of `bytes` bytes of input at the end of the job being filled
 * (*jp), a long one in a job of its own; NULL after an error. */
static struct job_unit *add_unit(struct batch *b, size_t bytes, struct job **jp)
{
	if (b->filling && b->filling->n && b->filling->in.n + bytes > JOB_BYTES)
		send(b);
	struct job *j = filling(b);
	struct job_unit *x = j ? job_unit(b, j) : NULL;
	if (!x) {
		reader_nomem(b);
		return NULL;
	}
	*jp = j;
	return x;
}

/* Appends the input s[0..n) of the unit just added to job j, and sends j
 * off once it is full. */
static void add_input(struct batch *b, struct job *j, const char *s, size_t n)
{
	if (!bytes_add(&j->in, s, n)) {
		j->n--;
		reader_nomem(b);
		return;
	}
	if (j->n >= b->job_units || j->in.n >= JOB_BYTES)
		send(b);
}

/* Adds the record just read (b->cells) to the job being filled. */
static void add_record(struct batch *b)
{
	struct job *j;
	struct job_unit *x = add_unit(b, b->cells.n, &j);
	if (!x)
		return;
	if (j->nstarts + (size_t)b->nfields > j->cap_starts) {
		size_t cap = j->cap_starts ? 2 * j->cap_starts : 1024;
		while (cap < j->nstarts + (size_t)b->nfields)
			cap *= 2;
		size_t *v = realloc(j->starts, cap * sizeof *v);
		if (!v) {
			j->n--;
			reader_nomem(b);
			return;
		}
		j->starts = v;
		j->cap_starts = cap;
	}
	x->at = j->nstarts;
	x->len = (size_t)b->nfields;
	x->bytes = b->cells.n;
	for (int c = 0; c < b->nfields; c++)
		j->starts[j->nstarts++] = j->in.n + b->starts[c];
	add_input(b, j, b->cells.p, b->cells.n);
}

/* Adds a JSON unit (text[0..n), which starts at line, column) to the job
 * being filled. */
static void add_json_unit(struct batch *b, const char *text, size_t n, long line, long column)
{
	struct job *j;
	struct job_unit *x = add_unit(b, n, &j);
	if (!x)
		return;
	x->row = line;
	x->first_col = column;
	x->at = j->in.n;
	x->len = n;
	add_input(b, j, text, n);
}

/* Scores CSV unit x of w's job. */
static void score_record(struct scorer *w, struct job_unit *x)
{
	const struct batch *b = w->b;
	struct job *j = w->job;
	int nfields = (int)x->len;
	const size_t *starts = j->starts + x->at;
	if (!w->ids && !(w->ids = calloc((size_t)b->ncols + 1, sizeof *w->ids))) {
		w->fatal = true;
		return;
	}
	for (int c = 0; c < b->ncols; c++)
		w->ids[c] = c < nfields ? j->in.p + starts[c] : NULL;
	int extra = 0, first_extra = 0; /* values past the header's last column */
	for (int c = 0; c < nfields && !w->fatal; c++) {
		char *s = j->in.p + starts[c];
		w->col = c + 1;
		/* the cells are stored one after another, each NUL-terminated */
		size_t next = c + 1 < nfields ? starts[c + 1] : starts[0] + x->bytes;
		if (c >= b->ncols) {
			if (next - starts[c] > 1 && !extra++) /* not empty (a NUL byte is something) */
				first_extra = c + 1;
			continue;
		}
		set_cell(w, &b->cols[c], s, next - starts[c] - 1);
	}
	if (extra) { /* one error for the row, however many there are */
		say(w, _("%s: row %ld, column %d: a value past the last column of the header (%d columns; %d such cells in the row)\n"),
		    b->file, w->row, first_extra, b->ncols, extra);
		w->unit_errors++;
	}
	w->col = 0;
	if (!w->fatal)
		finish_unit(w);
}

/* The unit whose identity fields make the identity columns of -f csv:
 * the first unit (in w->u, loaded), or, when it has none (it may not even
 * be JSON), the first of its job that has some, loaded into a unit of its
 * own (w->spare_unit), so that one bad first line does not leave every
 * row without its identity. */
static rubric_unit *first_with_ids(struct scorer *w, const struct job *j)
{
	const struct batch *b = w->b;
	if (rubric_unit_id_count(w->u) > 0 || j->n < 2)
		return w->u;
	rubric_unit *u;
	if (rubric_unit_new(&u, b->t, NULL) != RUBRIC_OK)
		return w->u;
	if (batch_set_id_keys(u, b->o->ids, b->o->nids) == RUBRIC_OK)
		for (int k = 1; k < j->n; k++) {
			const struct job_unit *x = &j->units[k];
			rubric_unit_load_json(u, b->file, j->in.p + x->at, x->len);
			if (rubric_unit_id_count(u) > 0) {
				w->spare_unit = u;
				return u;
			}
		}
	rubric_unit_free(u);
	return w->u;
}

/* Scores JSON unit x of w's job. */
static void score_json(struct scorer *w, struct job_unit *x)
{
	struct batch *b = w->b;
	struct job *j = w->job;
	w->first_col = x->first_col;
	bool first = j->seq == 0 && x == j->units;
	int rc = rubric_unit_load_json(w->u, b->file, j->in.p + x->at, x->len);
	if (first && !define_json_ids(w, first_with_ids(w, j)))
		rc = RUBRIC_NOMEM;
	rubric_unit_free(w->spare_unit);
	w->spare_unit = NULL;
	if (rc == RUBRIC_NOMEM || !find_json_ids(w)) {
		w->fatal = true;
		return;
	}
	finish_unit(w);
}

/* Scores every unit of job j with w, into the job's buffers. */
static void score_job(struct scorer *w, struct job *j)
{
	const struct batch *b = w->b;
	if (!b->cols && j->seq > 0)
		wait_json_ids(w->b); /* the first unit's, set by the first job */
	w->job = j;
	for (int k = 0; k < j->n; k++) {
		struct job_unit *x = &j->units[k];
		w->x = x;
		w->row = x->row;
		w->unit_errors = w->lib_errors = 0;
		w->fatal = false;
		rubric_reporter_reset(w->r); /* every unit shows its first 100 errors */
		rubric_unit_reset(w->u);
		if (b->cols)
			score_record(w, x);
		else
			score_json(w, x);
		size_t out_at = k ? j->units[k - 1].out_end : 0, err_at = k ? j->units[k - 1].err_end : 0;
		x->fatal = w->fatal || j->out.failed || j->err.failed || j->totals.failed ||
			   j->out.n - out_at > CLI_MAX_FILE || j->err.n - err_at > CLI_MAX_FILE;
		x->out_end = j->out.n;
		x->err_end = j->err.n;
		if (x->fatal) {
			j->n = k + 1; /* the batch stops here */
			break;
		}
	}
	w->job = NULL;
	w->x = NULL;
}

/* A scorer thread: scores the jobs queued until told to quit. */
static void *scorer_main(void *arg)
{
	struct scorer *w = arg;
	struct batch *b = w->b;
	pthread_mutex_lock(&b->lock);
	for (;;) {
		while (!b->queue && !b->quit)
			pthread_cond_wait(&b->work, &b->lock);
		struct job *j = b->queue;
		if (!j)
			break;
		b->queue = j->queued;
		if (!b->queue)
			b->queue_tail = NULL;
		pthread_mutex_unlock(&b->lock);
		score_job(w, j);
		pthread_mutex_lock(&b->lock);
		j->done = true;
		pthread_cond_broadcast(&b->finished);
	}
	pthread_mutex_unlock(&b->lock);
	/* the library counts work on each thread: this one's goes to the
	 * totals RUBRIC_STATS prints */
	unsigned long long work, bytes;
	rubric_counters(&work, &bytes);
	cli_count_thread(work, bytes);
	return NULL;
}

/* Writes n bytes to f; false (the batch stopping with status 2) when it
 * cannot. */
static bool put(struct batch *b, FILE *f, const char *s, size_t n)
{
	if (n && fwrite(s, 1, n, f) != n) {
		b->status = EXIT_USAGE;
		b->stop = true;
		return false;
	}
	return true;
}

/* Takes a scored job's units, in order: their messages and output, the
 * counts, the summary; stops after the unit that reaches --max-errors. */
static void commit(struct batch *b, struct job *j)
{
	size_t out_at = 0, err_at = 0;
	int last = -1; /* the last unit taken */
	if (b->o->format == BATCH_CSV && !b->wrote_header && j->n && !b->stop) {
		if (b->o->bom)
			bytes_add(&b->line, "\xEF\xBB\xBF", 3);
		if (b->o->form != REPORT_AUTO)
			form_csv_header(b);
		else
			csv_header(b);
		b->wrote_header = true;
		if (b->line.failed) {
			fprintf(b->err, "rubric: %s\n", _("out of memory"));
			b->status = EXIT_USAGE;
			b->stop = true;
			return;
		}
		if (b->rows)
			fprintf(b->index, "%zu =\n", b->line.n);
		put(b, b->out, b->line.p, b->line.n);
		b->line.n = 0;
	}
	for (int k = 0; k < j->n && !b->stop; k++) {
		struct job_unit *x = &j->units[k];
		if (x->err_end > err_at) {
			clear_bar(b);
			put(b, b->err, j->err.p + err_at, x->err_end - err_at);
			err_at = x->err_end;
		}
		if (x->fatal) {
			if (j->out.failed || j->totals.failed || j->err.failed)
				fprintf(b->err, "rubric: %s\n", _("out of memory"));
			else if (x->out_end - out_at > CLI_MAX_FILE ||
				 x->err_end - (k ? j->units[k - 1].err_end : 0) > CLI_MAX_FILE)
				fprintf(b->err, _("rubric: %s: the output of the unit at line or row %ld is longer than 256 "
						  "MiB\n"),
					b->file, x->row);
			b->status = EXIT_USAGE;
			b->stop = true;
			break;
		}
		last = k;
		b->units++;
		b->findings += x->findings;
		if (!x->ok) {
			b->failed++;
			rubric_summary_add_failed(b->summary);
		}
		if (!put(b, b->out, j->out.p + out_at, x->out_end - out_at))
			break;
		if (b->rows && b->o->format == BATCH_CSV &&
		    fprintf(b->index, "%zu %s\n", x->out_end - out_at, j->totals.p + x->total_at) < 0) {
			b->status = EXIT_USAGE;
			b->stop = true;
		}
		if (b->rows && b->o->format != BATCH_CSV) { /* a report: heading, total, grade */
			const char *p = j->totals.p + x->total_at;
			size_t len = 0;
			for (int nul = 0; nul < 3; len++)
				nul += p[len] == '\0';
			if (fwrite(p, 1, len, b->index) != len) {
				b->status = EXIT_USAGE;
				b->stop = true;
			}
		}
		if (b->o->format == BATCH_XLSX && !b->o->dir && b->units > XLSX_MAX_UNITS && !b->stop) {
			fprintf(b->err, _("rubric: %s: a workbook holds at most %d units, one sheet each: write -f html "
					  "or -f csv for more\n"),
				b->file, XLSX_MAX_UNITS);
			b->status = EXIT_USAGE;
			b->stop = true;
		}
		out_at = x->out_end;
		if (!x->ok && b->o->max_errors > 0 && b->failed >= b->o->max_errors)
			b->stop = true;
		if (b->progress && (b->units & 255) == 0)
			show_bar(b);
	}
	/* the next jobs' size: about JOB_BYTES of output and messages, as far
	 * as this job's units say (a template of thousands of rows writes
	 * megabytes per unit) */
	size_t per_unit = j->n ? (j->out.n + j->err.n) / (size_t)j->n + 1 : 1;
	size_t fit = JOB_BYTES / per_unit;
	b->job_units = fit < 1 ? 1 : fit > JOB_UNITS ? JOB_UNITS : (int)fit;
	/* the summaries of the units taken: with --max-errors a failed unit
	 * ended each, so those before the last taken unit's end are whole */
	int segs = j->nsegs;
	if (last < j->n - 1 && b->o->max_errors > 0) {
		segs = 0;
		for (int k = 0; k <= last; k++)
			if (j->units[k].ok && (k == 0 || !j->units[k - 1].ok || segs == 0))
				segs++;
	}
	for (int s = 0; s < segs && b->summary; s++)
		if (rubric_summary_merge(b->summary, j->segs[s]) != RUBRIC_OK) {
			fprintf(b->err, "rubric: %s\n", _("out of memory"));
			b->status = EXIT_USAGE;
			b->stop = true;
			break;
		}
}

/* Makes job j empty, for reuse. */
/* Lets go of a buffer much larger than a job needs (a unit of its own
 * that was long), so that memory does not keep the largest ever seen. */
static void shrink(struct bytes *x)
{
	if (x->cap > 4 * JOB_BYTES) {
		free(x->p);
		x->p = NULL;
		x->cap = 0;
	}
}

static void recycle(struct batch *b, struct job *j)
{
	shrink(&j->in);
	shrink(&j->out);
	shrink(&j->err);
	shrink(&j->totals);
	for (int s = 0; s < j->nsegs; s++)
		rubric_summary_free(j->segs[s]);
	j->nsegs = 0;
	j->split = false;
	j->n = 0;
	j->nstarts = 0;
	j->in.n = j->out.n = j->err.n = j->totals.n = 0;
	j->in.failed = j->out.failed = j->err.failed = j->totals.failed = false;
	j->done = false;
	j->next = b->spare;
	b->spare = j;
}

static void free_jobs(struct job *j)
{
	while (j) {
		struct job *next = j->next;
		for (int s = 0; s < j->nsegs; s++)
			rubric_summary_free(j->segs[s]);
		free(j->segs);
		free(j->in.p);
		free(j->starts);
		free(j->units);
		free(j->out.p);
		free(j->err.p);
		free(j->totals.p);
		free(j);
		j = next;
	}
}

/* Commits the jobs in flight, in order, as long as the first is scored;
 * while more than keep are in flight, waits for it. */
static void collect(struct batch *b, int keep)
{
	while (b->flight) {
		struct job *j = b->flight;
		if (b->threads) {
			pthread_mutex_lock(&b->lock);
			while (!j->done && b->nflight > keep) {
				struct job *q = b->queue;
				if (!q) {
					pthread_cond_wait(&b->finished, &b->lock);
					continue;
				}
				/* rather than wait, score a queued job here */
				b->queue = q->queued;
				if (!b->queue)
					b->queue_tail = NULL;
				pthread_mutex_unlock(&b->lock);
				score_job(b->helper, q);
				pthread_mutex_lock(&b->lock);
				q->done = true;
			}
			bool done = j->done;
			pthread_mutex_unlock(&b->lock);
			if (!done)
				return;
		}
		b->flight = j->next;
		if (!b->flight)
			b->flight_tail = NULL;
		b->nflight--;
		if (!b->stop)
			commit(b, j);
		recycle(b, j);
	}
}

/* Sends the job being filled to be scored: to the queue of the scorer
 * threads, or scored here. */
static void send(struct batch *b)
{
	struct job *j = b->filling;
	if (!j)
		return;
	b->filling = NULL;
	if (!j->n) {
		j->next = b->spare;
		b->spare = j;
		return;
	}
	j->seq = b->next_seq++;
	j->next = NULL;
	if (b->flight_tail)
		b->flight_tail->next = j;
	else
		b->flight = j;
	b->flight_tail = j;
	b->nflight++;
	if (!b->threads) {
		score_job(b->helper, j);
		j->done = true;
		collect(b, 0);
		return;
	}
	/* the queue links jobs through a field of its own: next is the flight's */
	pthread_mutex_lock(&b->lock);
	j->queued = NULL;
	if (b->queue_tail)
		b->queue_tail->queued = j;
	else
		b->queue = j;
	b->queue_tail = j;
	pthread_cond_signal(&b->work);
	pthread_mutex_unlock(&b->lock);
	collect(b, 2 * b->nscorers);
}

/* Scores and commits everything read so far. */
static void drain(struct batch *b)
{
	send(b);
	collect(b, 0);
}

/* ---- CSV records ---------------------------------------------------------- */

/* Whether every field of the record read is empty, or spaces (a NUL byte
 * is none: it is an error, reported with the cell). */
static bool empty_record(const struct batch *b)
{
	for (int f = 0; f < b->nfields; f++) {
		const char *s = b->cells.p + b->starts[f];
		size_t n = (f + 1 < b->nfields ? b->starts[f + 1] : b->cells.n) - b->starts[f] - 1, k;
		while ((k = space_at(s, n)) > 0) {
			s += k;
			n -= k;
		}
		if (n)
			return false;
	}
	return true;
}

static void end_record(struct batch *b)
{
	b->row++;
	if (b->stop)
		return;
	/* a blank line, or a row of empty cells (a spreadsheet exports its
	 * empty formatted rows as ",,,,"): no unit */
	if (empty_record(b)) {
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
		add_record(b);
	}
	b->nfields = 0;
	b->cells.n = 0;
}

/* A record that cannot be held: past 256 MiB, or out of memory.  The
 * units read before it are scored and written first. */
static void record_too_long(struct batch *b, bool too_long)
{
	if (!reader_turn(b))
		return; /* --max-errors stopped the batch before it */
	if (too_long) { /* the data's fault: exit 1 */
		fprintf(to_err(b), _("%s: row %ld: the record is longer than 256 MiB\n"), b->file, b->row + 1);
		b->fatal = true;
	} else {
		fprintf(to_err(b), _("%s: row %ld: the record is longer than 256 MiB, or memory ran out\n"), b->file,
			b->row + 1);
		b->status = EXIT_USAGE;
	}
	b->stop = true;
}

static void on_field(void *s, size_t len, void *ud)
{
	struct batch *b = ud;
	if (b->stop)
		return;
	if (b->nfields == b->cap_fields) {
		int cap = b->cap_fields ? 2 * b->cap_fields : 64;
		size_t *st = realloc(b->starts, (size_t)cap * sizeof *st);
		if (!st) {
			record_too_long(b, false);
			return;
		}
		b->starts = st;
		b->cap_fields = cap;
	}
	b->starts[b->nfields++] = b->cells.n;
	if (len >= CLI_MAX_FILE - b->cells.n) {
		record_too_long(b, true);
		return;
	}
	if (!bytes_add(&b->cells, s ? s : "", s ? len : 0) || !bytes_add(&b->cells, "", 1))
		record_too_long(b, false);
}

static void on_record(int term, void *ud)
{
	struct batch *b = ud;
	if (b->nfields == 0) { /* a line end outside a record (CSV_REPALL_NL) */
		if (!(term == CSV_LF && b->last_term == CSV_CR))
			b->row++; /* a blank line: a row of the sheet all the same */
		b->last_term = term;
		return;
	}
	b->last_term = term;
	end_record(b);
}

/* ---- JSON units ---------------------------------------------------------- */

/* A JSON object (text[0..n)), which starts at line, column: to be scored. */
static void json_unit(struct batch *b, const char *text, size_t n, long line, long column)
{
	add_json_unit(b, text, n, line, column);
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
	bool after_comma;        /* the last thing read was a ',' between units */
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
	if (!reader_turn(b))
		return;
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
			shrink(&j->unit); /* a long line's room is not kept: its job has a copy */
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
		if (in_unit && j->depth == 1 && !j->in_string &&
		    (c == ',' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
			/* the end of an element that is no object or list (a
			 * number, a string, null): the library says it is no
			 * unit, and the batch goes on, as for an NDJSON line */
			json_unit(b, j->unit.p, j->unit.n, j->unit_line, j->unit_col);
			j->unit.n = 0;
			shrink(&j->unit);
			j->expect_comma = true;
			in_unit = false;
		}
		if (in_unit && j->depth == 1 && !j->in_string) {
			if (!bytes_add(&j->unit, &c, 1)) {
				jfail(b, j, _("a unit longer than 256 MiB"));
				return;
			}
			if (c == '"')
				j->in_string = true;
		} else if (in_unit) {
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
					shrink(&j->unit);
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
			if (j->after_comma) {
				jfail(b, j, _("a comma after the last unit: JSON has none before ']'"));
				return;
			}
			j->ended = true;
			j->depth = 0;
		} else if (c == ',' && j->expect_comma) {
			j->expect_comma = false;
			j->after_comma = true;
		} else if (!j->expect_comma && c != ',') { /* an element: a unit, or what the library refuses */
			j->unit_line = j->line;
			j->unit_col = j->col;
			j->depth = c == '{' || c == '[' ? 2 : 1;
			j->in_string = c == '"';
			j->after_comma = false;
			bytes_add(&j->unit, &c, 1);
		} else {
			jfail(b, j, j->expect_comma ? _("expected ',' or ']' after a unit") : _("expected a unit before ','"));
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
	bool gb = r != (size_t)-1 || errno == EINVAL || errno == E2BIG;
	iconv_close(cd);
	if (!gb) { /* where each reading fails: the first byte not UTF-8, and not GB18030 */
		size_t at = (size_t)(ip - s);
		fprintf(rd->err,
			_("rubric: %s is neither UTF-8 nor GB18030: not UTF-8 from byte 0x%02X at offset %zu, not "
			  "GB18030 from byte 0x%02X at offset %zu\n"),
			rd->name, (unsigned char)s[bad], bad, (unsigned char)s[at], at);
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
		long long base = b->read - (long long)len; /* the offset of rd->in[0] in the file */
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
			if (!reader_turn(b))
				return true; /* --max-errors stopped the batch before it */
			fprintf(to_err(b), _("rubric: %s: byte 0x%02X at offset %lld is not GB18030\n"), rd->name,
				(unsigned char)*s, base + (long long)(s - rd->in));
			return false;
		}
	}
	if (ferror(rd->f)) {
		if (!reader_turn(b))
			return true; /* --max-errors stopped the batch before it */
		fprintf(to_err(b), _("rubric: cannot read %s: %s\n"), rd->name, strerror(errno));
		return false;
	}
	if (rd->kept && !b->stop && reader_turn(b)) {
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
/* libcsv keeps a field whole before it hands it over: its buffer may not
 * outgrow a record's bound either, or one huge cell would take memory
 * without end.  (libcsv's realloc function takes no argument of ours;
 * batches read on one thread at a time.) */
static _Thread_local bool csv_over_limit;

/* libcsv also grows its buffer by a fixed step (128 bytes): a cell of
 * many megabytes would be copied again at every step wherever realloc
 * cannot grow a block in place.  Each block it gets from here knows its
 * size, in a header, and grows by half at least: linear in the cell. */
#define CSV_BLOCK_HEADER 16

static void *csv_limited_realloc(void *p, size_t n)
{
	csv_over_limit = n > (size_t)CLI_MAX_FILE + 4096; /* what the last refusal was */
	if (csv_over_limit)
		return NULL;
	unsigned char *b = p ? (unsigned char *)p - CSV_BLOCK_HEADER : NULL;
	size_t cap = b ? *(size_t *)b : 0;
	if (n <= cap)
		return p;
	size_t want = cap + cap / 2 > n ? cap + cap / 2 : n;
	if (want > (size_t)CLI_MAX_FILE + 4096) /* the last step: up to the bound, not past it */
		want = (size_t)CLI_MAX_FILE + 4096;
	unsigned char *g = realloc(b, want + CSV_BLOCK_HEADER);
	if (!g)
		return NULL;
	*(size_t *)g = want;
	return g + CSV_BLOCK_HEADER;
}

static void csv_block_free(void *p)
{
	if (p)
		free((unsigned char *)p - CSV_BLOCK_HEADER);
}

static void csv_failed(struct batch *b, struct csv_parser *p, bool at_end)
{
	if (!reader_turn(b))
		return;
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
	} else if (csv_over_limit) {
		fprintf(to_err(b), _("%s: row %ld: the record is longer than 256 MiB\n"), b->file, b->row + 1);
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

static bool index_line(struct batch *b, char **buf, size_t *cap, struct report_unit_line *u);

/* The grades of the template, and a last "-" for a total that reaches
 * none; counts[] of the units kept in b->index, read from its start. */
static int grade_counts(struct batch *b, const char **grades, long *counts)
{
	int n = rubric_grade_count(b->t);
	for (int g = 0; g < n; g++) {
		grades[g] = rubric_grade_name(b->t, g);
		counts[g] = 0;
	}
	grades[n] = "-";
	counts[n] = 0;
	rewind(b->index);
	struct report_unit_line u;
	char *buf = NULL;
	size_t cap = 0;
	while (index_line(b, &buf, &cap, &u)) {
		if (!u.total)
			continue;
		int g = 0;
		while (g < n && (!u.grade || strcmp(grades[g], u.grade)))
			g++;
		counts[g]++;
	}
	free(buf);
	return counts[n] ? n + 1 : n;
}

/* The next unit's line of b->index (heading, total, grade, each ending
 * in a NUL) into u, its texts in *buf; false at the end. */
static bool index_line(struct batch *b, char **buf, size_t *cap, struct report_unit_line *u)
{
	size_t n = 0;
	for (int nul = 0; nul < 3;) {
		int c = getc(b->index);
		if (c == EOF)
			return false;
		if (n + 1 >= *cap) {
			size_t grown = *cap ? 2 * *cap : 256;
			char *p = realloc(*buf, grown);
			if (!p)
				return false;
			*buf = p;
			*cap = grown;
		}
		(*buf)[n++] = (char)c;
		nul += c == '\0';
	}
	u->heading = *buf;
	const char *total = u->heading + strlen(u->heading) + 1;
	u->total = *total ? total : NULL;
	u->grade = total + strlen(total) + 1;
	if (!*u->grade)
		u->grade = NULL;
	u->rank = 0;
	if (u->total && b->summary)
		rubric_summary_rank(b->summary, u->total, &u->rank);
	return true;
}

/* A page report (HTML, Markdown): the 汇总, then each unit's form as
 * kept in b->rows. */
static bool write_page_report(struct batch *b, FILE *out, const char **grades, const long *counts, int ngrades)
{
	char *text = NULL;
	size_t len;
	if (rubric_summary_render(b->summary, b->file, &text, &len) != RUBRIC_OK)
		return false;
	const char *title = rubric_template_title(b->t);
	const struct report_page *e = page_of(b);
	e->begin(out, title);
	e->summary(out, title, text, grades, counts, ngrades);
	rubric_free(text);
	rewind(b->index);
	struct report_unit_line u;
	char *buf = NULL;
	size_t cap = 0;
	for (long i = 0; index_line(b, &buf, &cap, &u); i++)
		e->summary_row(out, i, &u);
	free(buf);
	e->summary_end(out);
	rewind(b->rows);
	char chunk[1 << 16];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, b->rows)) > 0)
		if (fwrite(chunk, 1, n, out) != n)
			return false;
	e->end(out);
	return !ferror(b->rows) && !ferror(out);
}

/* Reads a length and that many bytes of b->rows into *buf. */
static bool read_chunk(struct batch *b, char **buf, size_t *cap, size_t *len)
{
	uint64_t k;
	if (fread(&k, sizeof k, 1, b->rows) != 1 || k > CLI_MAX_FILE)
		return false;
	if (k + 1 > *cap) {
		char *p = realloc(*buf, k + 1);
		if (!p)
			return false;
		*buf = p;
		*cap = k + 1;
	}
	*len = k;
	return fread(*buf, 1, k, b->rows) == k;
}

/* Calls each(b, i, r, u, arg) for every unit kept in b->rows, in order:
 * i from 0, its results unpacked into r (freed after), its line of the
 * 汇总 in u.  Stops at the first that returns false; false then, or when
 * a record cannot be read back. */
static bool each_record(struct batch *b,
			bool (*each)(struct batch *b, long i, struct report *r, const struct report_unit_line *u,
				     void *arg),
			void *arg)
{
	rewind(b->rows);
	rewind(b->index);
	char *head = NULL, *packed = NULL, *line = NULL;
	size_t head_cap = 0, packed_cap = 0, line_cap = 0, head_len, len;
	struct report_unit_line u;
	bool ok = true;
	for (long i = 0; ok && index_line(b, &line, &line_cap, &u); i++) {
		/* the heading is kept for a record's shape: a sheet or a file
		 * is named from the identity */
		ok = read_chunk(b, &head, &head_cap, &head_len) && read_chunk(b, &packed, &packed_cap, &len);
		struct report r;
		if (!ok || report_unpack(&r, b->t, packed, len, (enum report_form)b->o->form) != 0) {
			ok = false;
			break;
		}
		ok = each(b, i, &r, &u, arg);
		report_free(&r);
	}
	free(head);
	free(packed);
	free(line);
	return ok;
}

/* The name a unit's sheet or workbook is known by: its project, or its
 * first identity value. */
static const char *unit_name(const struct report *r)
{
	return r->project ? r->project : r->nids && r->id_value[0] ? r->id_value[0] : "";
}

/* The 汇总 sheet's columns and row, and the workbook (write_xlsx_report). */
struct workbook {
	struct xlsx *x;
	const char **names, **values;
	int nids;
};

static bool add_unit_sheet(struct batch *b, long i, struct report *r, const struct report_unit_line *u, void *arg)
{
	(void)b;
	struct workbook *w = arg;
	for (int k = 0; k < w->nids; k++) { /* the identity under the 汇总's columns */
		w->values[k] = NULL;
		for (int m = 0; m < r->nids; m++)
			if (r->id_key[m] && !strcmp(r->id_key[m], w->names[k]))
				w->values[k] = r->id_value[m];
	}
	xlsx_summary_row(w->x, i, w->values, u);
	if (!u->total)
		return true;
	char sheet[512]; /* its number, then its project or first identity */
	snprintf(sheet, sizeof sheet, "%ld %.400s", i + 1, unit_name(r));
	return xlsx_add_form(w->x, r, sheet) == 0;
}

/* The workbook: the 汇总 sheet, then a sheet per unit scored, laid out
 * from the results kept packed in b->rows. */
static bool write_xlsx_report(struct batch *b, FILE *out, const char **grades, const long *counts, int ngrades)
{
	const char *title = rubric_template_title(b->t);
	struct workbook w = { .x = xlsx_open(title) };
	if (!w.x)
		return false;
	w.names = calloc((size_t)id_count(b) + 1, sizeof *w.names);
	w.values = calloc((size_t)id_count(b) + 1, sizeof *w.values);
	bool ok = w.names && w.values;
	for (int k = 0; ok && k < id_count(b); k++)
		if (id_name(b, k))
			w.names[w.nids++] = id_name(b, k);
	ok = ok && xlsx_summary(w.x, title, rubric_template_decimals(b->t), w.names, w.nids) == 0;
	ok = ok && each_record(b, add_unit_sheet, &w);
	xlsx_summary_end(w.x, grades, counts, ngrades);
	free(w.names);
	free(w.values);
	size_t size = 0;
	char *bytes = xlsx_close(w.x, &size);
	ok = ok && bytes && fwrite(bytes, 1, size, out) == size;
	free(bytes);
	return ok;
}

/* The name of a unit's workbook in -o DIR/: its number (of width digits,
 * so that the files sort in the input's order), then its project or its
 * first identity, as a file may be named: no '/', no control character,
 * no leading '.', at most 100 bytes of it, cut at a character. */
static char *unit_file(const char *dir, long number, int width, const char *name)
{
	char clean[128];
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p;) {
		size_t len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
		if (n + len > 100)
			break;
		if (len == 1 && (*p < 0x20 || *p == 0x7F || *p == '/' || *p == '\\' || (n == 0 && *p == '.'))) {
			clean[n++] = '_';
			p++;
			continue;
		}
		for (size_t k = 0; k < len && p[k]; k++)
			clean[n++] = (char)p[k];
		p += len;
	}
	clean[n] = '\0';
	size_t dl = strlen(dir);
	return report_fmt("%s%s%0*ld%s%s.xlsx", dir, dl && dir[dl - 1] == '/' ? "" : "/", width, number, n ? " " : "",
			  clean);
}

/* -o DIR/: a workbook per unit scored, DIR/001 项目.xlsx, each written
 * atomically, from the results kept packed in b->rows; a unit that
 * failed has none. */
static bool write_unit_workbook(struct batch *b, long i, struct report *r, const struct report_unit_line *u,
				void *arg)
{
	if (!u->total)
		return true;
	char *path = unit_file(b->o->dir, i + 1, *(int *)arg, unit_name(r));
	size_t size = 0;
	char *bytes = path ? report_xlsx_bytes(r, &size) : NULL;
	bool ok = bytes && cli_write_bytes(path, bytes, size) == 0;
	free(bytes);
	free(path);
	return ok;
}

static bool write_xlsx_dir(struct batch *b)
{
	int width = 1; /* of the last unit's number */
	for (long n = b->units; n >= 10; n /= 10)
		width++;
	return each_record(b, write_unit_workbook, &width);
}

/* A report of the whole batch (-f html, -f xlsx), from what b->rows and
 * b->index kept. */
static bool write_report(struct batch *b, FILE *out)
{
	int n = rubric_grade_count(b->t);
	const char **grades = calloc((size_t)n + 2, sizeof *grades);
	long *counts = calloc((size_t)n + 2, sizeof *counts);
	bool ok = grades && counts;
	if (ok) {
		int ngrades = grade_counts(b, grades, counts);
		ok = b->o->dir ? write_xlsx_dir(b)
		     : b->o->format == BATCH_XLSX ? write_xlsx_report(b, out, grades, counts, ngrades)
						  : write_page_report(b, out, grades, counts, ngrades);
	}
	free(grades);
	free(counts);
	if (!ok)
		fprintf(to_err(b), "rubric: %s: %s\n", _("cannot write the report"), strerror(errno ? errno : EIO));
	return ok;
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
	bool report = b->o->format == BATCH_HTML || b->o->format == BATCH_MD || b->o->format == BATCH_XLSX;
	if (b->o->rank || report) { /* the rows wait for their ranks; a report's forms for its 汇总 */
		b->rows = tmpfile();
		b->index = tmpfile();
		if (!b->rows || !b->index) {
			fprintf(to_err(b), "rubric: %s: %s\n", _("cannot make a temporary file"), strerror(errno));
			if (b->rows)
				fclose(b->rows);
			if (b->index)
				fclose(b->index);
			b->rows = b->index = NULL;
			return EXIT_USAGE;
		}
		b->out = b->rows;
	}
	b->items = rubric_item_count(b->t);
	/* the first jobs' size, from what a unit writes, about: a row of the
	 * table per item in text or JSON, a field in CSV; commit measures it */
	size_t per_unit = 64 + (size_t)b->items * (b->o->format == BATCH_CSV ? 16 : 160);
	b->job_units = JOB_BYTES / per_unit < 1 ? 1 : JOB_BYTES / per_unit > JOB_UNITS ? JOB_UNITS
											 : (int)(JOB_BYTES / per_unit);
	if (kind == BATCH_IN_CSV) {
		struct csv_state cs;
		csv_over_limit = false;
		if (csv_init(&cs.p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0) {
			fprintf(to_err(b), "rubric: %s\n", _("out of memory"));
			if (b->rows) {
				fclose(b->rows);
				fclose(b->index);
				b->rows = b->index = NULL;
				b->out = out;
			}
			return EXIT_USAGE;
		}
		csv_set_realloc_func(&cs.p, csv_limited_realloc);
		csv_set_free_func(&cs.p, csv_block_free);
		b->row = 0;
		ok = read_all(b, &rd, csv_sink, &cs);
		if (ok && !b->stop && csv_fini(&cs.p, on_field, on_record, b) != 0)
			csv_failed(b, &cs.p, true);
		csv_free(&cs.p);
		drain(b);
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
		drain(b);
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
		if (ok && !b->fatal && b->status == EXIT_OK && !(report ? write_report(b, out) : write_ranked(b, out)))
			b->status = EXIT_USAGE;
		fclose(b->rows);
		fclose(b->index);
		b->rows = b->index = NULL;
	}
	if (!ok)
		return EXIT_INPUT;
	return b->status;
}

/* Whether --max-errors stopped the run before the end of its input. */
static bool max_errors_reached(const struct batch *b)
{
	return b->stop && b->o->max_errors > 0 && b->failed >= b->o->max_errors;
}

/* What batch_eval writes to -o OUT, through cli_write_atomically. */
struct write_state {
	struct batch *b;
	FILE *in;
	int status;
};

static int write_job(FILE *f, void *arg)
{
	struct write_state *j = arg;
	j->b->out = f;
	j->status = run(j->b, j->in);
	/* a failed unit is in the output: only an input that cannot be read
	 * on, or a run --max-errors stopped, keeps OUT as it was (and an I/O
	 * error, reported): a partial table is not left where a whole one
	 * is expected */
	if (j->b->fatal || j->status == EXIT_INPUT || max_errors_reached(j->b))
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

/* How many scorers -j asks for: 0 means one per core this process may
 * run on (its affinity, as taskset or a container sets it). */
static int scorer_count(const struct batch_options *o)
{
	long n = o->jobs;
	if (n <= 0) {
		cpu_set_t set;
		n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : sysconf(_SC_NPROCESSORS_ONLN);
		if (n < 1)
			n = 1;
	}
	return n > MAX_JOBS ? MAX_JOBS : (int)n;
}

/* Makes the scorers (with more than one thread, one per thread and the
 * main thread's own, with which it scores a queued job rather than wait)
 * and starts their threads; false after a message. */
static bool start_scorers(struct batch *b)
{
	int n = scorer_count(b->o), all = n > 1 ? n + 1 : 1;
	b->scorers = calloc((size_t)all, sizeof *b->scorers);
	if (!b->scorers) {
		fprintf(b->err, "rubric: %s\n", _("out of memory"));
		return false;
	}
	b->nscorers = n;
	b->nall = all;
	b->helper = &b->scorers[all - 1];
	for (int i = 0; i < all; i++) {
		struct scorer *w = &b->scorers[i];
		w->b = b;
		if (rubric_reporter_new(&w->r, on_diagnostic, w) != RUBRIC_OK ||
		    rubric_unit_new(&w->u, b->t, w->r) != RUBRIC_OK ||
		    batch_set_id_keys(w->u, b->o->ids, b->o->nids) != RUBRIC_OK) {
			fprintf(b->err, "rubric: %s\n", _("out of memory"));
			return false;
		}
	}
	if (n == 1)
		return true;
	b->threads = true;
	for (int i = 0; i < n; i++) {
		int rc = pthread_create(&b->scorers[i].thread, NULL, scorer_main, &b->scorers[i]);
		if (rc != 0) {
			if (i > 0) { /* the threads there are will do: the output is the same */
				b->nscorers = i;
				return true;
			}
			fprintf(b->err, _("rubric: cannot start a thread: %s\n"), strerror(rc));
			return false;
		}
		b->scorers[i].started = true;
	}
	return true;
}

/* Stops the scorer threads and frees the scorers and the jobs. */
static void stop_scorers(struct batch *b)
{
	if (b->threads) {
		pthread_mutex_lock(&b->lock);
		b->quit = true;
		pthread_cond_broadcast(&b->work);
		pthread_mutex_unlock(&b->lock);
	}
	for (int i = 0; i < b->nall; i++) {
		struct scorer *w = &b->scorers[i];
		if (w->started)
			pthread_join(w->thread, NULL);
		rubric_unit_free(w->u);
		rubric_reporter_free(w->r);
		free(w->ids);
		free(w->json_id_at);
		rubric_free(w->shown[0]);
		rubric_free(w->shown[1]);
	}
	free(b->scorers);
	free_jobs(b->flight);
	free_jobs(b->filling);
	free_jobs(b->spare);
}

int batch_eval_stream(const rubric_template *t, const struct batch_options *o, const char *name, FILE *in,
		      FILE *out, FILE *err)
{
	struct batch b = { .o = o, .t = t, .file = name, .err = err, .status = EXIT_OK };
	int status = EXIT_USAGE;
	struct stat st;
	/* an identity is carried into the output, never scored: --id may not
	 * take a value the template reads */
	for (int i = 0; i < o->nids; i++)
		if (rubric_input_find(t, o->ids[i]) >= 0 || rubric_item_find(t, o->ids[i], RUBRIC_INDICATOR) >= 0) {
			fprintf(err, _("rubric: --id %s names a value the template scores; an identity column is only "
				       "carried into the output\n"),
				o->ids[i]);
			return EXIT_USAGE;
		}
	b.progress = isatty(fileno(err));
	b.started = now();
	if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode))
		b.size = (long long)st.st_size;
	pthread_mutex_init(&b.lock, NULL);
	pthread_cond_init(&b.work, NULL);
	pthread_cond_init(&b.finished, NULL);
	if ((o->summary || o->rank || o->format == BATCH_HTML || o->format == BATCH_MD || o->format == BATCH_XLSX) &&
	    rubric_summary_new(&b.summary, t) != RUBRIC_OK) {
		fprintf(err, "rubric: %s\n", _("out of memory"));
		goto done;
	}
	if (!start_scorers(&b))
		goto done;
	if (o->out) {
		struct write_state j = { &b, in, EXIT_OK };
		if (cli_write_atomically(o->out, write_job, &j) != 0 && !b.fatal && j.status == EXIT_OK &&
		    !max_errors_reached(&b))
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
		if (max_errors_reached(&b) && o->out)
			fprintf(err, _("rubric: %s: --max-errors %ld reached: the units after it are not read, and %s "
				       "is left as it was\n"),
				b.file, o->max_errors, o->out);
		else if (max_errors_reached(&b))
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
	stop_scorers(&b);
	pthread_cond_destroy(&b.finished);
	pthread_cond_destroy(&b.work);
	pthread_mutex_destroy(&b.lock);
	rubric_summary_free(b.summary);
	for (int c = 0; c < b.ncols; c++)
		free(b.cols[c].header);
	free(b.cols);
	free(b.item_col);
	free(b.cells.p);
	free(b.starts);
	free(b.line.p);
	for (int k = 0; k < b.njson_ids; k++)
		free(b.json_ids[k]);
	free(b.json_ids);
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
