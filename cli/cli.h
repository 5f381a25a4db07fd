/* cli.h - what the commands of the rubric command line share: the exit
 * codes, reading files whole, writing them atomically, and the options
 * that choose how diagnostics are written.
 *
 * The command line is a client of the library's one public header,
 * rubric.h, and of nothing else inside the library (tests/run-layout
 * checks it), as lua.c is of lua.h.
 *
 * Exit codes, for every command: 0 success; 1 findings in the input (errors
 * in a template or its data, failed tests, files that need formatting,
 * published scores that do not follow the rules); 2 usage or I/O error.
 */
#ifndef RUBRIC_CLI_H
#define RUBRIC_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "rubric.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* A message of the command line that the library's catalogue translates
 * (po/): "out of memory", ... */
#define _(msg) rubric_translate(msg)
#define N_(msg) (msg) /* marked for translation, translated where used */

/* The largest input read, in bytes; a larger one is refused, not half-read. */
#define CLI_MAX_FILE (256u << 20)

/* Prints the usage lines to stderr; returns EXIT_USAGE. */
int cli_usage(void);

/* The usage lines, for --help. */
const char *cli_usage_text(void);

/* Reads a whole file into a malloc'd buffer (NUL-terminated, the NUL not
 * counted in *len); reports to stderr and returns NULL on failure. */
char *cli_read_file(const char *path, size_t *len);

/* Ends a command's output: flushes standard output and, if anything written
 * to it was lost (in this flush or an earlier one), prints "rubric: cannot
 * write to standard output: REASON" and returns EXIT_USAGE; otherwise
 * returns status.  err is errno as the command left it: the reason when the
 * failure was in an earlier flush, which glibc does not report twice.  main
 * calls it once after every command. */
int cli_end_output(int status, int err);

/* Writes path through a temporary file in the same directory, renamed
 * into place only when write(f, arg) returned 0 and every byte reached the
 * disk: a failed or killed run leaves the old file as it was, and SIGINT,
 * SIGTERM, SIGHUP, SIGPIPE and SIGXFSZ remove the temporary file.  A
 * symbolic link stays: the file at the end of its chain is written (created
 * if it is not there yet; a relative link is read from the link's
 * directory), through a temporary file in that file's directory.  Something
 * that is not a regular file (/dev/null, a pipe) is written in place; a
 * directory is refused.  write returns 0, -1 on an error (with errno), or
 * 1 to give up after saying why: the old file then stays as it was.
 * Reports failures to stderr; returns 0 or -1. */
int cli_write_atomically(const char *path, int (*write)(FILE *f, void *arg), void *arg);

/* Adds the work and bytes a thread that ends counted (rubric_counters on
 * it) to what RUBRIC_STATS prints at the end (main.c). */
void cli_count_thread(unsigned long long work, unsigned long long bytes);

/* cli_write_atomically of the bytes s[0..len). */
int cli_write_bytes(const char *path, const char *s, size_t len);

/* What an argument of a command is.  Options may come anywhere among the
 * files until "--", after which every argument is a file; "-" alone is a
 * file too. */
enum cli_arg {
	CLI_OPERAND,        /* a file */
	CLI_OPTION,         /* an option, for the command to read */
	CLI_END_OF_OPTIONS, /* the "--" itself: skip it */
};

/* Sorts out argument a; *options starts true and turns false at "--". */
enum cli_arg cli_arg(const char *a, bool *options);

/* Whether paths a and b both exist and are the same file. */
bool cli_same_file(const char *a, const char *b);

/* The rows of u, scored with t, whose scores no rule gives: judged, or
 * overridden by the data (--verify --strict counts them as findings;
 * batch.c). */
int cli_not_derivable(const rubric_template *t, rubric_unit *u);

/* The files of n operands: a directory stands for every *.rubric file
 * under it (its subdirectories too, but hidden ones and symbolic links),
 * sorted by path; other operands stay as given.  Returns a malloc'd
 * array of *count malloc'd paths (cli_files_free); *failed is set after
 * saying why when a directory cannot be read or holds no template (the
 * others are listed all the same).  NULL when out of memory. */
char **cli_files(char *const *operands, int n, int *count, bool *failed);
void cli_files_free(char **files, int n);

/* s as a JSON string, quoted, with '"', '\\' and control characters
 * escaped ("null" for NULL): malloc'd, or NULL when out of memory. */
char *cli_json_quote(const char *s);

/* How a command writes diagnostics, as its options say. */
struct cli_diag {
	int format;         /* RUBRIC_DIAGNOSTICS_TEXT (the default), _JSON
			       or _SARIF */
	bool werror;        /* --werror: warnings count as errors */
	/* --allow CODE,... and --deny CODE,...: the codes (argv's), each
	 * with RUBRIC_WARNING_ALLOW or RUBRIC_WARNING_DENY, the last word on
	 * a code winning */
	const char *codes[64];
	int levels[64];
	int ncodes;
};

/* If argv[*i] is an option about diagnostics (--diagnostics=FORMAT,
 * --diagnostics FORMAT, --werror, --allow CODES, --deny CODES), applies it to d, advances *i past its
 * argument and returns 1; returns 0 for any other argument, -1 (after a
 * message) for a bad one. */
int cli_diag_option(struct cli_diag *d, int argc, char **argv, int *i);

/* A reporter writing d's format to out, with d's werror; NULL, after
 * saying "rubric: out of memory", when it cannot be made. */
rubric_reporter *cli_reporter(const struct cli_diag *d, FILE *out);

/* Many units in one run (batch.c): what rubric eval reads and writes. */
enum batch_input {
	BATCH_IN_AUTO,      /* by the first byte: '[' JSON, '{' JSON objects, else CSV */
	BATCH_IN_CSV,       /* RFC 4180, a header row first */
	BATCH_IN_NDJSON,    /* one JSON object per line */
	BATCH_IN_JSON,      /* a JSON array of objects (or, starting with '{',
			       as BATCH_IN_JSON_SEQ) */
	BATCH_IN_JSON_SEQ,  /* JSON objects one after another: one object, or
			       one per line */
};
enum batch_encoding { BATCH_ENC_AUTO, BATCH_ENC_UTF8, BATCH_ENC_GB18030 };
enum batch_format {
	BATCH_TEXT, BATCH_CSV, BATCH_NDJSON,
	BATCH_HTML, BATCH_MD, BATCH_XLSX, /* one report: the 汇总, then each unit's form (report.h) */
};

struct batch_options {
	enum batch_input input;
	enum batch_encoding encoding;
	enum batch_format format;
	const char **ids;   /* --id: more identity columns */
	int nids;
	long max_errors;    /* --max-errors: stop after this many failed units
			       (0: never) */
	int jobs;           /* -j: scorer threads (0: one per core) */
	bool verify;        /* --verify */
	bool strict;        /* --strict: judged and overridden rows are findings */
	bool summary;       /* --summary: the 汇总 at the end */
	bool rank;          /* --rank: a rank column in the CSV output */
	bool bom;           /* --bom: the CSV output starts with a UTF-8 byte
			       order mark, by which Excel knows UTF-8 */
	const char *summary_out; /* --summary=FILE, or NULL for standard error */
	const char *out;    /* -o, or NULL for standard output */
	const char *dir;    /* -o DIR/: a workbook per unit in DIR (BATCH_XLSX) */
	int form;           /* --form: the reports' (enum report_form) */
	bool explain;       /* --explain: the reports carry each row's 计分说明 */
};

/* Scores every unit of the file data ("-": standard input) with t and
 * writes each one's result; returns the exit status (1 when a unit
 * failed). */
/* A column of the blank form (schema.c), in order: the identity columns
 * (项目编号, 项目名称), the template's inputs, then each indicator's
 * own value and, where the unit gives the score (a judged row), its
 * 指标.得分. */
struct schema_column {
	const char *name;   /* the heading, as `rubric eval` reads it back */
	char *owned;        /* name, when it is the column's own (malloc'd) */
	int input, item;    /* the input and the indicator it is for, or -1 */
	bool identity;      /* an identity column */
	bool score;         /* the score of the indicator, given by the unit */
	bool reason;        /* the reason (偏差原因) for the indicator's score
			       below full marks (`require reason`) */
	const char *type;   /* what it holds, as "$form" names it: number,
			       percent, integer, date, bool, text, list,
			       level, judged, score, or reason */
};

/* The form's columns (*n of them), malloc'd; NULL when out of memory. */
struct schema_column *schema_columns(const rubric_template *t, int *n);
void schema_columns_free(struct schema_column *c, int n);

/* The blank form as a workbook (xlsx.c): malloc'd, *len bytes; NULL after
 * saying why on standard error. */
char *xlsx_schema_bytes(const rubric_template *t, const struct schema_column *c, int n, size_t *len);

/* rubric schema FILE [-f json|csv] [-o OUT] (schema.c): the blank form
 * of a template; returns the exit status. */
int cmd_schema(int argc, char **argv);

/* rubric explain FILE DATA.json [INDICATOR...] [-o OUT] (explain.c): how
 * each score came about; returns the exit status. */
int cmd_explain(int argc, char **argv);

/* rubric diff OLD.rubric NEW.rubric DATA.json... (diff.c): which units'
 * scores and grades the change from OLD to NEW moves; exit 1 when one
 * does (or a unit is not scored), 0 when none. */
int cmd_diff(int argc, char **argv);

int batch_eval(const rubric_template *t, const struct batch_options *o, const char *data);

/* The same for a stream: in, named name in messages; the output goes to
 * out (when o->out is NULL), messages to err. */
int batch_eval_stream(const rubric_template *t, const struct batch_options *o, const char *name, FILE *in,
		      FILE *out, FILE *err);

/* Makes the identity names (序号, 项目编号, 项目名称, 单位名称, ... and ids)
 * top-level keys of u's JSON units that are kept as its identity, not
 * read as values. */
int batch_set_id_keys(rubric_unit *u, const char *const *ids, int nids);

/* The kind of input a file's name says (.csv, .ndjson, .jsonl, .json), or
 * BATCH_IN_AUTO. */
enum batch_input batch_input_of(const char *path);

/* The other commands, each in its own file (check and eval are main.c's). */
int cmd_test(int argc, char **argv); /* test.c */
int cmd_fmt(int argc, char **argv);  /* fmt.c */

#endif
