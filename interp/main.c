/* main.c - the rubric command line: a thin layer over load, eval and
 * render.  Exit codes: 0 success, 1 errors in the input, 2 usage or I/O. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "data.h"
#include "load.h"
#include "render.h"
#include "stats.h"
#include "version.h"

static const char help_text[] =
	"rubric - check and score performance-evaluation templates (绩效评价评分表)\n"
	"\n"
	"Commands:\n"
	"  check FILE...          parse and check templates; report every problem\n"
	"  eval FILE DATA.json    score one unit's data and print the filled-in table\n"
	"  test FILE...           run the templates' test blocks; 'N passed, N failed'\n"
	"  fmt FILE...            print templates in the canonical layout\n"
	"\n"
	"Options of check and test:\n"
	"  --diagnostics FORMAT   text (default), json (one JSON document) or sarif\n"
	"                         (SARIF 2.1.0, for code scanning); check writes json and\n"
	"                         sarif to standard output, the other commands to stderr\n"
	"  --werror               treat warnings as errors\n"
	"\n"
	"Options of eval:\n"
	"  -f, --format FORMAT    text (default): the aligned table; json: an object with\n"
	"                         title, total, max, grade, indicators and groups\n"
	"  -o, --output OUT       write to OUT (atomically: all or nothing)\n"
	"  --verify               audit the published scores the data carries (\"published\"\n"
	"                         of each row, \"$published\" total and grade): list every\n"
	"                         one the rules do not give; exit 1 if there is any\n"
	"  --diagnostics FORMAT   how errors are written, as for check (on stderr)\n"
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
	"In every command '--' ends the options: rubric check -- -draft.rubric\n"
	"Messages are in Chinese when LANGUAGE, LC_ALL, LC_MESSAGES or LANG says zh_CN.\n"
	"Exit status: 0 success; 1 errors in a template or its data, failed tests,\n"
	"unformatted files or --verify findings; 2 usage or I/O error.\n"
	"The language is described in docs/language.md, the codes in docs/diagnostics.md.\n";

static int cmd_check(int argc, char **argv)
{
	struct diag d;
	diag_init(&d, stderr);
	int nfiles = 0;
	bool options = true;
	for (int i = 0; i < argc; i++) {
		enum cli_arg kind = cli_arg(argv[i], &options);
		if (kind == CLI_OPERAND)
			argv[nfiles++] = argv[i];
		if (kind != CLI_OPTION)
			continue;
		int rc = cli_diag_option(&d, argc, argv, &i);
		if (rc == 0)
			fprintf(stderr, "rubric: unknown option '%s'\n", argv[i]);
		if (rc <= 0)
			return cli_usage();
	}
	if (nfiles == 0) {
		fprintf(stderr, "rubric: check needs a template file\n");
		return cli_usage();
	}
	if (d.format != DIAG_TEXT)
		d.out = stdout;
	int status = EXIT_OK;
	for (int i = 0; i < nfiles; i++) {
		size_t len;
		char *text = cli_read_file(argv[i], &len);
		if (!text) {
			status = EXIT_USAGE;
			continue;
		}
		struct source src;
		struct program prog;
		src_init(&src, argv[i], text, len);
		load_template(&prog, &src, &d);
		ast_program_free(&prog);
		src_free(&src);
		free(text);
	}
	diag_finish(&d);
	if (status == EXIT_OK && d.errors)
		status = EXIT_INPUT;
	if (d.out_of_memory) /* E004: reported; not the template's fault */
		status = EXIT_USAGE;
	return status;
}

struct rendering {
	struct eval *ev;
	enum render_format fmt;
	bool verify;
};

static int write_rendering(FILE *f, void *arg)
{
	struct rendering *r = arg;
	return render(f, r->ev, r->fmt, r->verify);
}

static int cmd_eval(int argc, char **argv)
{
	const char *files[2] = { NULL, NULL };
	int nfiles = 0;
	const char *out = NULL;
	enum render_format fmt = RENDER_TEXT;
	bool verify = false;
	bool options = true;
	struct diag d;
	diag_init(&d, stderr);
	d.hide_warnings = true; /* warnings are for `rubric check` */
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		enum cli_arg kind = cli_arg(a, &options);
		if (kind == CLI_END_OF_OPTIONS)
			continue;
		if (kind == CLI_OPERAND) {
			if (nfiles == 2) {
				fprintf(stderr, "rubric: eval takes one template and one data file, not '%s' too\n", a);
				return cli_usage();
			}
			files[nfiles++] = a;
			continue;
		}
		int rc = !strcmp(a, "--werror") ? 0 : cli_diag_option(&d, argc, argv, &i);
		if (rc < 0)
			return cli_usage();
		if (rc > 0)
			continue;
		if (!strcmp(a, "--format") || !strcmp(a, "-f")) {
			if (++i == argc) {
				fprintf(stderr, "rubric: %s needs a format: text or json\n", a);
				return cli_usage();
			}
			if (!strcmp(argv[i], "text"))
				fmt = RENDER_TEXT;
			else if (!strcmp(argv[i], "json"))
				fmt = RENDER_JSON;
			else {
				fprintf(stderr, "rubric: unknown format '%s' (use text or json)\n", argv[i]);
				return EXIT_USAGE;
			}
		} else if (!strncmp(a, "--format=", 9)) {
			fmt = !strcmp(a + 9, "json") ? RENDER_JSON : RENDER_TEXT;
			if (strcmp(a + 9, "json") && strcmp(a + 9, "text")) {
				fprintf(stderr, "rubric: unknown format '%s' (use text or json)\n", a + 9);
				return EXIT_USAGE;
			}
		} else if (!strcmp(a, "--verify")) {
			verify = true;
		} else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
			if (++i == argc) {
				fprintf(stderr, "rubric: %s needs a file name\n", a);
				return cli_usage();
			}
			out = argv[i];
		} else {
			fprintf(stderr, "rubric: unknown option '%s'\n", a);
			return cli_usage();
		}
	}
	if (nfiles != 2) {
		fprintf(stderr, nfiles == 0 ? "rubric: eval needs a template and a data file\n"
					    : "rubric: eval needs a data file after the template\n");
		return cli_usage();
	}
	for (int i = 0; out && i < 2; i++)
		if (cli_same_file(out, files[i])) {
			fprintf(stderr, "rubric: -o %s would replace the %s it reads; give another file\n", out,
				i == 0 ? "template" : "data");
			return EXIT_USAGE;
		}
	int status = EXIT_USAGE;
	size_t tlen, dlen;
	char *ttext = cli_read_file(files[0], &tlen);
	char *dtext = ttext ? cli_read_file(files[1], &dlen) : NULL;
	if (!dtext) {
		free(ttext);
		return EXIT_USAGE;
	}
	struct source src;
	struct program prog;
	struct data data;
	struct eval *ev = NULL;
	src_init(&src, files[0], ttext, tlen);
	memset(&data, 0, sizeof data);
	if (load_template(&prog, &src, &d) == 0) {
		ev = eval_new(&prog, &d);
		if (!ev) {
			fprintf(stderr, "rubric: %s\n", _("out of memory"));
			goto done;
		}
		eval_reset(ev);
		int errors = data_load_json(&data, ev, files[1], dtext, dlen, &d);
		/* with the data readable, report everything wrong at once */
		if (data.readable)
			errors += eval_run(ev);
		int findings = 0;
		if (errors == 0 && verify) {
			struct audit a;
			mpq_init(a.rows_sum);
			eval_audit(ev, &a);
			findings = a.findings;
			if (a.rows == 0 && !ev->has_pub_total && !ev->pub_grade) {
				struct span first_byte = { 0, 1 };
				diag_report(&d, &data.src, first_byte, D_NOTHING_TO_VERIFY,
					    "--verify: the data has no published scores");
				diag_help(&d, "give rows as {\"actual\": ..., \"published\": N} and the total as "
					  "\"$published\": {\"total\": N}");
				errors++;
			}
			mpq_clear(a.rows_sum);
		}
		if (errors == 0) {
			status = findings ? EXIT_INPUT : EXIT_OK;
			if (out) {
				struct rendering r = { ev, fmt, verify };
				if (cli_write_atomically(out, write_rendering, &r) != 0)
					status = EXIT_USAGE;
				else if (findings)
					fprintf(stderr, "rubric: %s: %d finding%s, see %s\n", files[1], findings,
						findings == 1 ? "" : "s", out);
			} else if (render(stdout, ev, fmt, verify) != 0) {
				/* nothing written; or a write failed, which main reports
				 * (cli_end_output) */
				if (errno == ENOMEM && !ferror(stdout))
					fprintf(stderr, "rubric: %s\n", _("out of memory"));
				status = EXIT_USAGE;
			}
			goto done;
		}
	}
	status = EXIT_INPUT;
done:
	diag_finish(&d);
	if (d.out_of_memory) /* E004: reported; not the input's fault */
		status = EXIT_USAGE;
	eval_free(ev);
	data_free(&data);
	ast_program_free(&prog);
	src_free(&src);
	free(ttext);
	free(dtext);
	return status;
}

static int run(int argc, char **argv)
{
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
		puts("rubric " RUBRIC_VERSION);
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
	fprintf(stderr, "rubric: unknown command '%s'\n", cmd);
	return cli_usage();
}

/* GMP's allocations, counted in stats.bytes; when memory runs out, GMP
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
 * are carved from chunks that are kept until the process ends.  Under
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
	void *chunks;            /* the chunks, linked through their first
				    word (so that they stay reachable) */
};

static _Thread_local struct gmp_pool gmp_pool;

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
		*(void **)chunk = pool->chunks;
		pool->chunks = chunk;
		pool->next = chunk + GMP_CLASS; /* after the link, aligned */
		pool->end = chunk + GMP_CHUNK;
	}
	p = pool->next;
	pool->next += size;
	return p;
}

static void *gmp_alloc(size_t n)
{
	STATS_BYTES(n);
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
			STATS_BYTES(n - old);
		return q;
	}
	if (n > old)
		STATS_BYTES(n - old);
	if (from == to)
		return p;
	void *q = pool_alloc(n);
	memcpy(q, p, old < n ? old : n);
	gmp_free(p, old);
	return q;
}

/* RUBRIC_STATS=1 in the environment prints the work counted (stats.h) on
 * standard error at the end: "rubric: stats: work N, allocated N bytes,
 * peak N KiB".  The scale tests read it. */
int main(int argc, char **argv)
{
	diag_set_language();
	mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
	const char *want = getenv("RUBRIC_STATS");
	bool show = want && *want && strcmp(want, "0") != 0;
	int status = run(argc, argv);
	status = cli_end_output(status, errno);
	if (show) {
		struct rusage ru;
		long peak = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
		fprintf(stderr, "rubric: stats: work %llu, allocated %llu bytes, peak %ld KiB\n",
			(unsigned long long)stats.work, (unsigned long long)stats.bytes, peak);
	}
	return status;
}
