/* main.c - the rubric command line: a thin layer over the library's
 * public header, rubric.h: the commands check and eval, --help and
 * --version, and the GMP allocator of the process.  Exit codes: 0
 * success, 1 errors in the input, 2 usage or I/O (cli.h). */
#include <errno.h>
#include <stdatomic.h>
#include <gmp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "report.h"

/* -f xlsx and -f html: the report (report.h), beside rubric.h's formats. */
enum { FORMAT_XLSX = 100, FORMAT_HTML, FORMAT_MD };

/* Whether name ends in suffix, in any case (".xlsx", ".XLSX"). */
static bool has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), k = strlen(suffix);
	return n > k && !strcasecmp(name + n - k, suffix);
}

static const char help_text[] =
	"rubric - check and score performance-evaluation templates (绩效评价评分表)\n"
	"\n"
	"Commands:\n"
	"  check FILE...          parse and check templates; report every problem\n"
	"  eval FILE DATA.json    score one unit's data and print the filled-in table\n"
	"  eval FILE UNITS        score many units: CSV, NDJSON, a JSON array, - (stdin)\n"
	"  test FILE...           run the templates' test blocks; 'N passed, N failed'\n"
	"  fmt FILE...            print templates in the canonical layout\n"
	"  explain FILE DATA.json how each score came about, step by step (计分说明)\n"
	"  schema FILE            the blank form of a template's data, to fill in\n"
	"  diff OLD NEW DATA...   which units' scores and grades a template change moves\n"
	"\n"
	"Options of check and test:\n"
	"  --diagnostics FORMAT   text (default), json (one JSON document) or sarif\n"
	"                         (SARIF 2.1.0, for code scanning); check writes json and\n"
	"                         sarif to standard output, the other commands to stderr\n"
	"  --werror               treat warnings as errors\n"
	"  --allow CODE,...       do not report these warnings (W201,W203); one place\n"
	"                         is allowed in the template by a comment on its line\n"
	"                         or the line before: # rubric: allow W203 reason\n"
	"  --deny CODE,...        report these warnings as errors\n"
	"\n"
	"Options of eval:\n"
	"  -f, --format FORMAT    text (default): the aligned table; json: an object with\n"
	"                         title, total, max, grade, indicators and groups; xlsx:\n"
	"                         a workbook shaped like the paper form; html: the same\n"
	"                         form as one self-contained page; md: as Markdown\n"
	"                         (docs/reports.md)\n"
	"  -o, --output OUT       write to OUT (atomically: all or nothing); a name ending\n"
	"                         in .xlsx, .html or .md writes that, unless -f says\n"
	"                         otherwise; a directory (DIR/) a workbook per unit\n"
	"  --explain              with a report: a last column with each row's 计分说明\n"
	"  --form self|score      the report's form: self, the 项目支出绩效自评表 (the\n"
	"                         default with a budget row); score, the 评价得分表\n"
	"  --verify               audit the published scores the data carries (\"published\"\n"
	"                         of each row, \"$published\" total and grade): list every\n"
	"                         one the rules do not give; exit 1 if there is any\n"
	"  --emit-test            write a test block for the template instead: the\n"
	"                         unit's values given, its published scores (else the\n"
	"                         computed ones) expected\n"
	"  --strict               with --verify: judged and overridden rows count as\n"
	"                         findings too\n"
	"  --diagnostics FORMAT   how errors are written, as for check (on stderr)\n"
	"\n"
	"Options of eval with many units:\n"
	"  -f, --format FORMAT    text (default): the tables one after another; csv: one\n"
	"                         row per unit (identity, every score, total, grade,\n"
	"                         errors); ndjson: one JSON object per unit and line;\n"
	"                         html, md, xlsx: one report, the 汇总 then each unit's\n"
	"                         form\n"
	"  --input KIND           csv, ndjson or json (default: by the file's name, or\n"
	"                         its first byte: '[' json, '{' objects, else csv)\n"
	"  --encoding ENC         auto (default: UTF-8, or GB18030 when the file is not\n"
	"                         UTF-8, which is said), utf-8 or gb18030\n"
	"  --id COLUMN            a CSV column carried into the output as the unit's\n"
	"                         identity (项目编号, 项目名称, 单位名称... are already)\n"
	"  --max-errors N         stop after N units that fail (0, the default: never)\n"
	"  -j, --jobs N           score on N threads (default: one per core); the\n"
	"                         output is the same, in the same order, for any N\n"
	"  --bom                  with -f csv: start with a UTF-8 byte order mark, by\n"
	"                         which Excel opens the file as UTF-8, not as GBK\n"
	"  --form self|score      with -f csv: the form's table instead, a line per row\n"
	"                         of each unit (identity, groups, indicator, target,\n"
	"                         actual, weight, score, remark; --explain adds the\n"
	"                         计分说明), then 总分 and the grade\n"
	"  --rank                 with -f csv: a last column with each unit's rank by\n"
	"                         total (equal totals share a rank: 1, 2, 2, 4)\n"
	"  --summary[=FILE]       then write the 汇总 (to stderr, or to FILE): units\n"
	"                         scored and failed, grades, mean, median, least and\n"
	"                         greatest total, each item's mean and full-marks share\n"
	"  A unit with errors is reported (file, row, column) and the others are scored;\n"
	"  the run then exits 1.\n"
	"\n"
	"Options of test:\n"
	"  --junit OUT.xml        also write the results as JUnit XML\n"
	"\n"
	"Options of fmt:\n"
	"  --check                print nothing; name the files that are not formatted\n"
	"  --diff                 print what formatting would change, as a unified diff\n"
	"  --write                rewrite the files in place (atomically)\n"
	"  --keywords en|zh       also write every keyword in English or in Chinese\n"
	"\n"
	"Options of schema:\n"
	"  -f, --format FORMAT    json (default): a unit's data with every value empty,\n"
	"                         and under \"$form\" each one's type, unit, target,\n"
	"                         levels or items; csv: the header row of a CSV file of\n"
	"                         units, to fill in one row per unit; xlsx: that sheet,\n"
	"                         with each column's format and checks (a list of the\n"
	"                         levels), and the instructions\n"
	"  -o, --output OUT       write to OUT (atomically)\n"
	"\n"
	"Options of explain:\n"
	"  -f, --format FORMAT    text (default), or json: per indicator its name, groups,\n"
	"                         file, line, weight, score and the explanation's lines\n"
	"  -o, --output OUT       write to OUT (atomically)\n"
	"\n"
	"In every command '--' ends the options: rubric check -- -draft.rubric\n"
	"Messages and tables are in Chinese when the first of LANGUAGE, LC_ALL,\n"
	"LC_MESSAGES and LANG set starts with zh; --lang zh|en, in any command, chooses.\n"
	"Exit status: 0 success; 1 errors in a template or its data, failed tests,\n"
	"unformatted files or --verify findings; 2 usage or I/O error.\n"
	"The language is described in docs/language.md, the codes in docs/diagnostics.md.\n";

static int cmd_check(int argc, char **argv)
{
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
	int nfiles = 0;
	bool options = true;
	for (int i = 0; i < argc; i++) {
		enum cli_arg kind = cli_arg(argv[i], &options);
		if (kind == CLI_OPERAND)
			argv[nfiles++] = argv[i];
		if (kind != CLI_OPTION)
			continue;
		int rc = cli_diag_option(&opts, argc, argv, &i);
		if (rc == 0)
			fprintf(stderr, "rubric: unknown option '%s'\n", argv[i]);
		if (rc <= 0)
			return cli_usage();
	}
	if (nfiles == 0) {
		fprintf(stderr, "rubric: check needs a template file\n");
		return cli_usage();
	}
	bool bad_dir = false;
	char **files = cli_files(argv, nfiles, &nfiles, &bad_dir); /* a directory: its templates */
	if (!files)
		return EXIT_USAGE;
	argv = files;
	/* json and sarif are the output of check: standard output */
	rubric_reporter *r = cli_reporter(&opts, opts.format != RUBRIC_DIAGNOSTICS_TEXT ? stdout : stderr);
	if (!r) {
		cli_files_free(files, nfiles);
		return EXIT_USAGE;
	}
	int status = bad_dir ? EXIT_USAGE : EXIT_OK;
	for (int i = 0; i < nfiles; i++) {
		size_t len;
		char *text = cli_read_file(argv[i], &len);
		if (!text) {
			status = EXIT_USAGE;
			continue;
		}
		rubric_template *t;
		rubric_template_compile(&t, argv[i], text, len, r);
		rubric_template_free(t);
		free(text);
	}
	int done = rubric_reporter_finish(r), err = errno;
	if (status == EXIT_OK && rubric_reporter_errors(r))
		status = EXIT_INPUT;
	if (done == RUBRIC_NOMEM) /* E004: reported; not the template's fault */
		status = EXIT_USAGE;
	rubric_reporter_free(r);
	cli_files_free(files, nfiles);
	errno = err; /* a failed write to standard output: main says why */
	return status;
}

/* Scores the data file data (text[0..len)) with template t, whose
 * diagnostics went to r, and writes the table to out or standard output.
 * Returns the exit status. */
/* The scored unit as a report (report.h): a workbook, a page or Markdown,
 * to out or to standard output (cmd_eval keeps a workbook off a
 * terminal).  Returns the status. */
static int write_report(rubric_template *t, rubric_unit *u, int format, enum report_form form, bool explain,
			const char *out)
{
	struct report rep;
	if (report_build(&rep, t, u, form, explain) != 0) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return EXIT_USAGE;
	}
	size_t n = 0;
	char *bytes = format == FORMAT_XLSX ? report_xlsx_bytes(&rep, &n)
		      : report_page_bytes(format == FORMAT_HTML ? &report_html : &report_markdown, &rep, &n);
	report_free(&rep);
	int status = EXIT_OK;
	if (!bytes)
		status = EXIT_USAGE;
	else if (out ? cli_write_bytes(out, bytes, n) != 0 : fwrite(bytes, 1, n, stdout) != n)
		status = EXIT_USAGE; /* main says why of standard output (cli_end_output) */
	int err = errno;
	free(bytes);
	errno = err;
	return status;
}

static int score(rubric_template *t, rubric_reporter *r, const char *data, const char *text,
		 size_t len, int format, enum report_form form, bool explain, bool verify, bool strict, const char *out)
{
	rubric_unit *u;
	int rc = rubric_unit_new(&u, t, r);
	if (rc == RUBRIC_OK && (rc = batch_set_id_keys(u, NULL, 0)) != RUBRIC_OK)
		rubric_unit_free(u);
	if (rc != RUBRIC_OK) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return EXIT_USAGE;
	}
	/* with the data readable, every error is reported at once: the
	 * evaluation runs even after errors in the data */
	int loaded = rubric_unit_load_json(u, data, text, len);
	int scored = rubric_unit_evaluate(u);
	/* rows pending (a value in no band, 未填报): the table still comes
	 * out, its total marked incomplete, and the exit status is 1 */
	bool incomplete = scored == RUBRIC_INCOMPLETE && format != RUBRIC_FORMAT_TEST;
	if (incomplete)
		scored = RUBRIC_OK;
	int findings = 0, status = EXIT_INPUT;
	if (loaded == RUBRIC_OK && scored == RUBRIC_OK && verify &&
	    rubric_unit_verify(u, &findings) != RUBRIC_OK)
		scored = RUBRIC_ERROR; /* nothing to verify: reported */
	if (loaded == RUBRIC_OK && scored == RUBRIC_OK && strict) {
		int judged = cli_not_derivable(t, u);
		if (judged)
			fprintf(stderr, judged == 1 ? _("rubric: %s: %d row scored by judgement or override (--strict)\n")
						    : _("rubric: %s: %d rows scored by judgement or override (--strict)\n"),
				data, judged);
		findings += judged;
	}
	if (loaded == RUBRIC_OK && scored == RUBRIC_OK && format >= FORMAT_XLSX) {
		status = write_report(t, u, format, form, explain, out);
		if (incomplete && status == EXIT_OK)
			status = EXIT_INPUT;
	} else if (loaded == RUBRIC_OK && scored == RUBRIC_OK) {
		char *table = NULL;
		size_t n = 0;
		int flags = verify ? RUBRIC_RENDER_VERIFY : 0;
		status = findings || incomplete ? EXIT_INPUT : EXIT_OK;
		if (rubric_unit_render(u, format, flags, &table, &n) != RUBRIC_OK) {
			fprintf(stderr, "rubric: %s\n", _("out of memory"));
			status = EXIT_USAGE;
		} else if (out) {
			if (cli_write_bytes(out, table, n) != 0)
				status = EXIT_USAGE;
			else if (findings)
				fprintf(stderr, "rubric: %s: %d finding%s, see %s\n", data, findings,
					findings == 1 ? "" : "s", out);
		} else if (fwrite(table, 1, n, stdout) != n) {
			status = EXIT_USAGE; /* main says why (cli_end_output) */
		}
		int err = errno;
		rubric_free(table);
		errno = err;
	}
	int err = errno;
	rubric_unit_free(u);
	errno = err;
	return status;
}

/* Reads the value of option a (argv[*i], or after its '='): NULL after a
 * message when it has none. */
static const char *option_value(int argc, char **argv, int *i, const char *a, size_t n, const char *what)
{
	if (a[n] == '=')
		return a + n + 1;
	if (++*i == argc) {
		fprintf(stderr, "rubric: %s needs %s\n", a, what);
		return NULL;
	}
	return argv[*i];
}

/* Whether a is option name, alone or with "=VALUE". */
static bool is_option(const char *a, const char *name)
{
	size_t n = strlen(name);
	return !strncmp(a, name, n) && (a[n] == '\0' || a[n] == '=');
}

/* Whether data holds many units (a JSON array), peeking at its first
 * byte that is not a space or a byte order mark; only a regular file is
 * peeked at (what a pipe gives cannot be read twice). */
static bool json_array_file(const char *data)
{
	struct stat st;
	if (stat(data, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	FILE *f = fopen(data, "rb");
	if (!f)
		return false;
	int c;
	do
		c = getc(f);
	while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
	fclose(f);
	return c == '[';
}

static int cmd_eval(int argc, char **argv)
{
	const char *files[2] = { NULL, NULL };
	int nfiles = 0;
	const char *out = NULL;
	int format = RUBRIC_FORMAT_TEXT;
	bool verify = false, strict = false, batch = false, formatted = false, explain = false, emit_test = false;
	enum report_form form = REPORT_AUTO;
	bool options = true;
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
	struct batch_options bo = { .input = BATCH_IN_AUTO, .encoding = BATCH_ENC_AUTO, .format = BATCH_TEXT };
	const char **ids = calloc((size_t)argc + 1, sizeof *ids);
	if (!ids) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return EXIT_USAGE;
	}
	bo.ids = ids;
	int status = EXIT_USAGE;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *v;
		enum cli_arg kind = cli_arg(a, &options);
		if (kind == CLI_END_OF_OPTIONS)
			continue;
		if (kind == CLI_OPERAND) {
			if (nfiles == 2) {
				fprintf(stderr, "rubric: eval takes one template and one data file, not '%s' too\n", a);
				goto usage;
			}
			files[nfiles++] = a;
			continue;
		}
		if (!strcmp(a, "--werror")) {
			/* warnings are check's: eval reports none to make errors of */
			fprintf(stderr, "rubric: eval takes no --werror: warnings are for 'rubric check --werror'\n");
			goto usage;
		}
		int rc = cli_diag_option(&opts, argc, argv, &i);
		if (rc < 0)
			goto usage;
		if (rc > 0)
			continue;
		if (!strcmp(a, "-f") || is_option(a, "--format")) {
			if (!(v = option_value(argc, argv, &i, a, strcmp(a, "-f") ? 8 : 2,
					       "a format: text, json, xlsx, html, md, csv or ndjson")))
				goto usage;
			formatted = true;
			if (!strcmp(v, "text")) {
				format = RUBRIC_FORMAT_TEXT;
				bo.format = BATCH_TEXT;
			} else if (!strcmp(v, "json")) {
				format = RUBRIC_FORMAT_JSON;
			} else if (!strcmp(v, "xlsx")) {
				format = FORMAT_XLSX;
			} else if (!strcmp(v, "html")) {
				format = FORMAT_HTML;
			} else if (!strcmp(v, "md") || !strcmp(v, "markdown")) {
				format = FORMAT_MD;
			} else if (!strcmp(v, "csv") || !strcmp(v, "ndjson")) {
				bo.format = v[0] == 'c' ? BATCH_CSV : BATCH_NDJSON;
				batch = true;
			} else {
				fprintf(stderr, "rubric: unknown format '%s' (use text, json, xlsx, html, md, csv or ndjson)\n", v);
				goto done;
			}
		} else if (is_option(a, "--input")) {
			if (!(v = option_value(argc, argv, &i, a, 7, "a kind of input: csv, ndjson or json")))
				goto usage;
			if (!strcmp(v, "csv"))
				bo.input = BATCH_IN_CSV;
			else if (!strcmp(v, "ndjson"))
				bo.input = BATCH_IN_NDJSON;
			else if (!strcmp(v, "json"))
				bo.input = BATCH_IN_JSON;
			else {
				fprintf(stderr, "rubric: unknown input '%s' (use csv, ndjson or json)\n", v);
				goto done;
			}
			batch = true;
		} else if (is_option(a, "--encoding")) {
			if (!(v = option_value(argc, argv, &i, a, 10, "an encoding: utf-8, gb18030 or auto")))
				goto usage;
			if (!strcasecmp(v, "utf-8") || !strcasecmp(v, "utf8"))
				bo.encoding = BATCH_ENC_UTF8;
			else if (!strcasecmp(v, "gb18030") || !strcasecmp(v, "gbk") || !strcasecmp(v, "gb2312"))
				bo.encoding = BATCH_ENC_GB18030;
			else if (!strcmp(v, "auto"))
				bo.encoding = BATCH_ENC_AUTO;
			else {
				fprintf(stderr, "rubric: unknown encoding '%s' (use utf-8, gb18030 or auto)\n", v);
				goto done;
			}
			batch = true;
		} else if (is_option(a, "--id")) {
			if (!(v = option_value(argc, argv, &i, a, 4, "a column name")))
				goto usage;
			ids[bo.nids++] = v;
			batch = true;
		} else if (is_option(a, "--max-errors")) {
			if (!(v = option_value(argc, argv, &i, a, 12, "a number of units")))
				goto usage;
			char *end;
			errno = 0;
			long n = strtol(v, &end, 10);
			if (!*v || *end || n < 0 || (errno && errno != ERANGE)) {
				fprintf(stderr, "rubric: --max-errors needs a whole number, not '%s'\n", v);
				goto done;
			}
			if (errno == ERANGE) /* more units than any file holds: never stop */
				n = 0;
			bo.max_errors = n;
			batch = true;
		} else if (!strncmp(a, "-j", 2) || is_option(a, "--jobs")) {
			const char *v2 = a[1] == 'j' && a[2] ? a + 2 : NULL;
			if (!v2 && !(v2 = option_value(argc, argv, &i, a, a[1] == 'j' ? 2 : 6, "a number of threads")))
				goto usage;
			char *end;
			errno = 0;
			long n = strtol(v2, &end, 10);
			if (!*v2 || *end || n < 1 || n > 256 || errno) {
				fprintf(stderr, "rubric: -j needs a number of threads from 1 to 256, not '%s'\n", v2);
				goto done;
			}
			bo.jobs = (int)n; /* one unit is scored alone whatever it says */
		} else if (!strcmp(a, "--bom")) {
			bo.bom = true;
			batch = true;
		} else if (!strcmp(a, "--rank")) {
			bo.rank = true;
			batch = true;
		} else if (!strcmp(a, "--summary")) {
			bo.summary = true;
			batch = true;
		} else if (!strncmp(a, "--summary=", 10) && a[10]) {
			bo.summary = true;
			bo.summary_out = a + 10;
			batch = true;
		} else if (!strcmp(a, "--verify")) {
			verify = true;
		} else if (!strcmp(a, "--strict")) {
			strict = true;
		} else if (!strcmp(a, "--emit-test")) {
			emit_test = true;
		} else if (!strcmp(a, "--explain")) {
			explain = true;
		} else if (is_option(a, "--form")) {
			if (!(v = option_value(argc, argv, &i, a, 6, "a form: self or score")))
				goto usage;
			if (!strcmp(v, "self"))
				form = REPORT_SELF;
			else if (!strcmp(v, "score"))
				form = REPORT_SCORE;
			else {
				fprintf(stderr, "rubric: unknown form '%s' (use self: 项目支出绩效自评表, or score: 评价得分表)\n", v);
				goto done;
			}
		} else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
			if (++i == argc) {
				fprintf(stderr, "rubric: %s needs a file name\n", a);
				goto usage;
			}
			out = argv[i];
		} else if (!strncmp(a, "--output=", 9) && a[9]) {
			out = a + 9;
		} else {
			fprintf(stderr, "rubric: unknown option '%s'\n", a);
			goto usage;
		}
	}
	/* -o DIR/: a workbook per unit in it */
	struct stat dst;
	if (out && out[strlen(out) - 1] != '/' && stat(out, &dst) == 0 && S_ISDIR(dst.st_mode)) {
		fprintf(stderr, "rubric: cannot write %s: it is a directory (-o %s/ writes a workbook per unit into it)\n",
			out, out);
		goto done;
	}
	if (out && out[strlen(out) - 1] == '/') {
		if (formatted && format != FORMAT_XLSX) {
			fprintf(stderr, "rubric: -o %s is a directory, for a workbook per unit: give -f xlsx, or a file\n",
				out);
			goto done;
		}
		format = FORMAT_XLSX;
		formatted = true;
		bo.dir = out;
		out = NULL;
		batch = true;
	}
	/* -o 评分表.xlsx is a workbook, unless -f says otherwise */
	if (!formatted && out && has_suffix(out, ".xlsx"))
		format = FORMAT_XLSX;
	else if (!formatted && out && (has_suffix(out, ".html") || has_suffix(out, ".htm")))
		format = FORMAT_HTML;
	else if (!formatted && out && has_suffix(out, ".md"))
		format = FORMAT_MD;
	bool report = format == FORMAT_XLSX || format == FORMAT_HTML || format == FORMAT_MD;
	/* -f csv --form: the form's table, a line per row */
	bool form_csv = bo.format == BATCH_CSV && form != REPORT_AUTO;
	if (explain && !report && !form_csv) {
		fprintf(stderr, "rubric: --explain adds the 计分说明 to a report; give -f xlsx, html, md, or csv with --form, or run rubric explain\n");
		goto done;
	}
	if (form != REPORT_AUTO && !report && bo.format != BATCH_CSV) {
		fprintf(stderr, "rubric: --form lays out a report; give -f xlsx, html, md or csv (or -o FILE.xlsx)\n");
		goto done;
	}
	if (form_csv && bo.rank) {
		fprintf(stderr, "rubric: --rank adds a column to the units' rows of -f csv, not to a form's (--form)\n");
		goto done;
	}
	if (form_csv) {
		bo.form = form;
		bo.explain = explain;
	}
	if (nfiles != 2) {
		fprintf(stderr, nfiles == 0 ? "rubric: eval needs a template and a data file\n"
					    : "rubric: eval needs a data file after the template\n");
		goto usage;
	}
	for (int i = 0; bo.summary_out && i < 2; i++)
		if (cli_same_file(bo.summary_out, files[i])) {
			fprintf(stderr, "rubric: --summary=%s would replace the %s it reads; give another file\n",
				bo.summary_out, i == 0 ? "template" : "data");
			goto done;
		}
	for (int i = 0; out && i < 2; i++)
		if (cli_same_file(out, files[i])) {
			fprintf(stderr, "rubric: -o %s would replace the %s it reads; give another file\n", out,
				i == 0 ? "template" : "data");
			goto done;
		}
	if (out && bo.summary_out && (!strcmp(out, bo.summary_out) || cli_same_file(out, bo.summary_out))) {
		/* the one written last would hold only its part */
		fprintf(stderr, "rubric: -o %s and --summary=%s name the same file; give two files\n", out,
			bo.summary_out);
		goto done;
	}
	/* many units: a CSV or NDJSON file, standard input, a JSON array, or
	 * an option only batches have */
	if (!batch) {
		enum batch_input k = batch_input_of(files[1]);
		batch = !strcmp(files[1], "-") || k == BATCH_IN_CSV || k == BATCH_IN_NDJSON ||
			json_array_file(files[1]);
	}
	if (bo.bom && bo.format != BATCH_CSV) {
		fprintf(stderr, "rubric: --bom starts a CSV output; give -f csv\n");
		goto done;
	}
	if (bo.rank && bo.format != BATCH_CSV) {
		fprintf(stderr, "rubric: --rank adds a column to -f csv; give -f csv\n");
		goto done;
	}
	if (batch && report) { /* the 汇总, then each unit's form */
		bo.format = format == FORMAT_XLSX ? BATCH_XLSX : format == FORMAT_HTML ? BATCH_HTML : BATCH_MD;
		bo.form = form;
		bo.explain = explain;
	}
	if (format == FORMAT_XLSX && !out && !bo.dir && isatty(STDOUT_FILENO)) {
		fprintf(stderr, "rubric: a workbook is no text for a terminal: give -o FILE.xlsx, or redirect\n");
		goto done;
	}
	if (emit_test && (formatted || verify || explain || form != REPORT_AUTO || bo.dir)) {
		fprintf(stderr, "rubric: --emit-test writes a test block, not a table: give no -f, --verify, --form or --explain\n");
		goto done;
	}
	if (emit_test)
		format = RUBRIC_FORMAT_TEST;
	if (strict && !verify) {
		fprintf(stderr, "rubric: --strict counts judged and overridden rows as findings of --verify; give --verify\n");
		goto done;
	}
	if (verify && report) {
		fprintf(stderr, "rubric: --verify writes its findings in the text or JSON table, not in a %s\n",
			format == FORMAT_XLSX ? "workbook" : "report");
		goto done;
	}
	if (batch && emit_test) {
		fprintf(stderr, "rubric: --emit-test writes the test of one unit: give one unit's JSON data\n");
		goto done;
	}
	if (batch && format == RUBRIC_FORMAT_JSON) {
		fprintf(stderr, "rubric: many units are written as -f ndjson (one JSON object per line), not json\n");
		goto done;
	}
	if (batch && opts.format != RUBRIC_DIAGNOSTICS_TEXT) {
		fprintf(stderr, "rubric: --diagnostics=%s is for one unit; many units report in text\n",
			opts.format == RUBRIC_DIAGNOSTICS_JSON ? "json" : "sarif");
		goto done;
	}
	if (batch && bo.input == BATCH_IN_AUTO)
		bo.input = batch_input_of(files[1]);
	size_t tlen, dlen;
	char *ttext = cli_read_file(files[0], &tlen);
	char *dtext = ttext && !batch ? cli_read_file(files[1], &dlen) : NULL;
	if (!ttext || (!batch && !dtext)) {
		free(ttext);
		goto done;
	}
	rubric_reporter *r = cli_reporter(&opts, stderr);
	if (!r) {
		free(ttext);
		free(dtext);
		goto done;
	}
	rubric_reporter_set_hide_warnings(r, 1); /* warnings are for `rubric check` */
	rubric_template *t;
	status = EXIT_INPUT;
	int compiled = rubric_template_compile(&t, files[0], ttext, tlen, r);
	if (compiled == RUBRIC_OK && batch) {
		bo.verify = verify;
		bo.strict = strict;
		bo.out = out;
		if (bo.dir && mkdir(bo.dir, 0777) != 0 && errno != EEXIST) {
			fprintf(stderr, "rubric: cannot make the directory %s: %s\n", bo.dir, strerror(errno));
			status = EXIT_USAGE;
		} else {
			status = batch_eval(t, &bo, files[1]);
		}
	} else if (compiled == RUBRIC_OK) {
		status = score(t, r, files[1], dtext, dlen, format, form, explain, verify, strict, out);
	} else if (compiled == RUBRIC_NOMEM && !rubric_reporter_errors(r)) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		status = EXIT_USAGE;
	}
	int err = errno;
	if (rubric_reporter_finish(r) == RUBRIC_NOMEM) /* E004: reported; not the input's fault */
		status = EXIT_USAGE;
	rubric_reporter_free(r);
	rubric_template_free(t);
	free(ttext);
	free(dtext);
	free(ids);
	errno = err;
	return status;
usage:
	status = cli_usage();
done:
	free(ids);
	return status;
}

/* Takes --lang zh|en (or --lang=zh) out of argv, wherever it is before a
 * '--', and sets the language of messages and reports by it.  Returns the
 * arguments left, or -1 after saying what is wrong. */
static int take_lang(int argc, char **argv)
{
	int n = 1;
	bool options = true;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		if (options && !strcmp(a, "--"))
			options = false;
		if (!options || strncmp(a, "--lang", 6) != 0 || (a[6] != '\0' && a[6] != '=')) {
			argv[n++] = argv[i];
			continue;
		}
		if (a[6] == '=')
			v = a + 7;
		else if (i + 1 < argc)
			v = argv[++i];
		if (!v || (strcmp(v, "zh") && strcmp(v, "en"))) {
			fprintf(stderr, "rubric: --lang takes zh or en\n");
			return -1;
		}
		rubric_set_language(v);
	}
	argv[n] = NULL;
	return n;
}

static int run(int argc, char **argv)
{
	if ((argc = take_lang(argc, argv)) < 0)
		return cli_usage();
	if (argc < 2)
		return cli_usage();
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(help_text, stdout);
		fputc('\n', stdout);
		fputs(cli_usage_text(), stdout);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version")) {
		printf("rubric %s\n", rubric_version());
		return EXIT_OK;
	}
	if (!strcmp(cmd, "check"))
		return cmd_check(argc - 2, argv + 2);
	if (!strcmp(cmd, "eval"))
		return cmd_eval(argc - 2, argv + 2);
	if (!strcmp(cmd, "test"))
		return cmd_test(argc - 2, argv + 2);
	if (!strcmp(cmd, "fmt"))
		return cmd_fmt(argc - 2, argv + 2);
	if (!strcmp(cmd, "schema"))
		return cmd_schema(argc - 2, argv + 2);
	if (!strcmp(cmd, "explain"))
		return cmd_explain(argc - 2, argv + 2);
	if (!strcmp(cmd, "diff"))
		return cmd_diff(argc - 2, argv + 2);
	fprintf(stderr, "rubric: unknown command '%s'\n", cmd);
	return cli_usage();
}

/* The bytes GMP allocated, on every thread (eval -j scores on several),
 * for RUBRIC_STATS (the library counts its own: rubric_counters).  Each
 * allocation is rare once numbers have grown to size: one relaxed atomic
 * addition costs nothing beside it. */
static _Atomic unsigned long long gmp_bytes;

#define GMP_BYTES(n) ((void)atomic_fetch_add_explicit(&gmp_bytes, (unsigned long long)(n), memory_order_relaxed))

/* What the threads that ended counted (cli_count_thread). */
static _Atomic unsigned long long thread_work, thread_bytes;

void cli_count_thread(unsigned long long work, unsigned long long bytes)
{
	atomic_fetch_add_explicit(&thread_work, work, memory_order_relaxed);
	atomic_fetch_add_explicit(&thread_bytes, bytes, memory_order_relaxed);
}

/* GMP's allocations, counted in gmp_bytes; when memory runs out, GMP
 * cannot carry on (its own allocator aborts), so the command says so and
 * exits 2.  Output files are only written once everything is computed, so
 * nothing half-written is left. */
static void out_of_memory(void)
{
	fputs("rubric: out of memory\n", stderr);
	exit(EXIT_USAGE);
}

/* Small blocks (the limbs of most numbers a template holds: one or two
 * words each) come from free lists, one per size class and per thread, so
 * that making and dropping a number costs no malloc.  GMP says the size of
 * every block it frees or reallocates, which gives its class.  The lists
 * are carved from chunks that are kept until the process ends, in one
 * list for all threads (a block may be freed by another thread than the
 * one that made it, and a thread may end before the numbers it made: eval
 * -j scores on threads, and the main thread frees what they leave).  Under
 * AddressSanitizer every block is its own malloc, so that it is checked. */
#if defined(__SANITIZE_ADDRESS__)
#define GMP_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GMP_POOL 0
#endif
#endif
#ifndef GMP_POOL
#define GMP_POOL 1
#endif

#define GMP_CLASS 16             /* bytes per size class */
#define GMP_SMALL 64             /* blocks up to this size are pooled */
#define GMP_CHUNK 65536          /* bytes carved at a time */

struct gmp_pool {
	void *free[GMP_SMALL / GMP_CLASS]; /* freed blocks by class, linked
					      through their first word */
	char *next, *end;        /* the rest of the current chunk */
};

static _Thread_local struct gmp_pool gmp_pool;

/* Every thread's chunks, linked through their first word, so that they
 * stay reachable after their thread ends. */
static void *gmp_chunks;
static pthread_mutex_t gmp_chunks_lock = PTHREAD_MUTEX_INITIALIZER;

/* The class of a block of n bytes, or -1 when it is not pooled. */
static int gmp_class(size_t n)
{
	return GMP_POOL && n > 0 && n <= GMP_SMALL ? (int)((n - 1) / GMP_CLASS) : -1;
}

static void *pool_alloc(size_t n)
{
	int k = gmp_class(n);
	if (k < 0) {
		void *p = malloc(n);
		if (!p)
			out_of_memory();
		return p;
	}
	struct gmp_pool *pool = &gmp_pool;
	void *p = pool->free[k];
	if (p) {
		pool->free[k] = *(void **)p;
		return p;
	}
	size_t size = (size_t)(k + 1) * GMP_CLASS;
	if ((size_t)(pool->end - pool->next) < size) {
		char *chunk = malloc(GMP_CHUNK);
		if (!chunk)
			out_of_memory();
		pthread_mutex_lock(&gmp_chunks_lock);
		*(void **)chunk = gmp_chunks;
		gmp_chunks = chunk;
		pthread_mutex_unlock(&gmp_chunks_lock);
		pool->next = chunk + GMP_CLASS; /* after the link, aligned */
		pool->end = chunk + GMP_CHUNK;
	}
	p = pool->next;
	pool->next += size;
	return p;
}

static void *gmp_alloc(size_t n)
{
	GMP_BYTES(n);
	return pool_alloc(n);
}

static void gmp_free(void *p, size_t n)
{
	int k = gmp_class(n);
	if (k < 0) {
		free(p);
		return;
	}
	*(void **)p = gmp_pool.free[k];
	gmp_pool.free[k] = p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
	int from = gmp_class(old), to = gmp_class(n);
	if (from < 0 && to < 0) {
		void *q = realloc(p, n);
		if (!q)
			out_of_memory();
		if (n > old)
			GMP_BYTES(n - old);
		return q;
	}
	if (n > old)
		GMP_BYTES(n - old);
	if (from == to)
		return p;
	void *q = pool_alloc(n);
	memcpy(q, p, old < n ? old : n);
	gmp_free(p, old);
	return q;
}

/* The peak resident memory of this program, in KiB: VmHWM of
 * /proc/self/status, which starts again at exec (getrusage's maxrss counts
 * the process that ran this one, up to the exec, too); -1 without /proc. */
static long peak_kib(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return -1;
	char line[256];
	long kib = -1;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "VmHWM:", 6)) {
			kib = strtol(line + 6, NULL, 10);
			break;
		}
	fclose(f);
	return kib;
}

/* RUBRIC_STATS=1 in the environment prints the work counted
 * (rubric_counters, and the bytes GMP allocated) on standard error at the
 * end: "rubric: stats: work N, allocated N bytes, peak N KiB".  The scale
 * tests and the batch benchmark read it. */
int main(int argc, char **argv)
{
	rubric_set_language(NULL);
	mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
	const char *want = getenv("RUBRIC_STATS");
	bool show = want && *want && strcmp(want, "0") != 0;
	int status = run(argc, argv);
	status = cli_end_output(status, errno);
	if (show) {
		struct rusage ru;
		long peak = peak_kib();
		if (peak < 0)
			peak = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
		unsigned long long work, bytes;
		rubric_counters(&work, &bytes);
		fprintf(stderr, "rubric: stats: work %llu, allocated %llu bytes, peak %ld KiB\n",
			work + atomic_load(&thread_work), bytes + atomic_load(&thread_bytes) + atomic_load(&gmp_bytes),
			peak);
	}
	return status;
}
