/* main.c - the rubric command line: a thin layer over load, eval and
 * render.  Exit codes: 0 success, 1 errors in the input, 2 usage or I/O. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data.h"
#include "load.h"
#include "render.h"

#define VERSION "0.1.0"
#define MAX_FILE (256u << 20) /* larger inputs are refused, not half-read */

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

static const char usage_text[] =
	"usage: rubric check FILE...\n"
	"       rubric eval FILE DATA.json [--format text|json] [--verify] [-o OUT]\n"
	"       rubric --help | --version\n";

static const char help_text[] =
	"rubric - check and score performance-evaluation templates (绩效评价评分表)\n"
	"\n"
	"Commands:\n"
	"  check FILE...          parse and check templates; report every problem\n"
	"  eval FILE DATA.json    score one unit's data and print the filled-in table\n"
	"\n"
	"Options of eval:\n"
	"  -f, --format FORMAT    text (default): the aligned table; json: an object with\n"
	"                         title, total, max, grade, indicators and groups\n"
	"  -o, --output OUT       write to OUT (atomically: all or nothing)\n"
	"  --verify               audit the published scores the data carries (\"published\"\n"
	"                         of each row, \"$published\" total and grade): list every\n"
	"                         one the rules do not give; exit 1 if there is any\n"
	"\n"
	"Exit status: 0 success; 1 errors in a template or its data; 2 usage or I/O error.\n"
	"The language is described in docs/language.md.\n";

static int usage(void)
{
	fputs(usage_text, stderr);
	return EXIT_USAGE;
}

/* Reads a whole file into a malloc'd buffer; reports and returns NULL on
 * failure. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "rubric: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
		if (n == cap) {
			if (cap >= MAX_FILE) {
				fprintf(stderr, "rubric: %s is larger than %u MiB\n", path, MAX_FILE >> 20);
				free(buf);
				fclose(f);
				return NULL;
			}
			char *bigger = realloc(buf, cap * 2);
			if (!bigger) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = bigger;
			cap *= 2;
		}
	}
	if (!buf || ferror(f)) {
		fprintf(stderr, "rubric: cannot read %s: %s\n", path, buf ? strerror(errno) : "out of memory");
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

static int cmd_check(int argc, char **argv)
{
	if (argc < 1)
		return usage();
	struct diag d;
	diag_init(&d, stderr);
	int status = EXIT_OK;
	for (int i = 0; i < argc; i++) {
		size_t len;
		char *text = read_file(argv[i], &len);
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
	diag_summary(&d);
	if (status == EXIT_OK && d.errors)
		status = EXIT_INPUT;
	return status;
}

/* Writes the rendering to path through a temporary file in the same
 * directory, renamed into place only when complete. */
static int write_atomically(const char *path, struct eval *ev, enum render_format fmt, bool verify)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 16);
	if (!tmp)
		return -1;
	snprintf(tmp, n + 16, "%s.tmp.XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(errno));
		free(tmp);
		return -1;
	}
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask); /* as a plain create would, not mkstemp's 0600 */
	FILE *f = fdopen(fd, "w");
	int rc = f ? render(f, ev, fmt, verify) : -1;
	if (f && fclose(f) != 0)
		rc = -1;
	else if (!f)
		close(fd);
	if (rc == 0 && rename(tmp, path) != 0)
		rc = -1;
	if (rc != 0) {
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return rc;
}

static int cmd_eval(int argc, char **argv)
{
	const char *files[2] = { NULL, NULL };
	int nfiles = 0;
	const char *out = NULL;
	enum render_format fmt = RENDER_TEXT;
	bool verify = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--format") || !strcmp(a, "-f")) {
			if (++i == argc)
				return usage();
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
			if (++i == argc)
				return usage();
			out = argv[i];
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "rubric: unknown option '%s'\n", a);
			return usage();
		} else if (nfiles < 2) {
			files[nfiles++] = a;
		} else {
			return usage();
		}
	}
	if (nfiles != 2)
		return usage();
	int status = EXIT_USAGE;
	size_t tlen, dlen;
	char *ttext = read_file(files[0], &tlen);
	char *dtext = ttext ? read_file(files[1], &dlen) : NULL;
	if (!dtext) {
		free(ttext);
		return EXIT_USAGE;
	}
	struct diag d;
	diag_init(&d, stderr);
	d.hide_warnings = true; /* warnings are for `rubric check` */
	struct source src;
	struct program prog;
	struct data data;
	struct eval *ev = NULL;
	src_init(&src, files[0], ttext, tlen);
	memset(&data, 0, sizeof data);
	if (load_template(&prog, &src, &d) == 0) {
		ev = eval_new(&prog, &d);
		if (!ev) {
			fprintf(stderr, "rubric: out of memory\n");
			goto done;
		}
		eval_reset(ev);
		int errors = data_load_json(&data, ev, files[1], dtext, dlen, &d);
		/* with the data readable, report everything wrong at once */
		if (json_is_object(data.doc))
			errors += eval_run(ev);
		int findings = 0;
		if (errors == 0 && verify) {
			struct audit a;
			mpq_init(a.rows_sum);
			eval_audit(ev, &a);
			findings = a.findings;
			if (a.rows == 0 && !ev->has_pub_total && !ev->pub_grade) {
				diag_report(&d, DIAG_ERROR, &data.src, (struct span){ 0, 1 }, "nothing-to-verify",
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
				if (write_atomically(out, ev, fmt, verify) != 0)
					status = EXIT_USAGE;
				else if (findings)
					fprintf(stderr, "rubric: %s: %d finding%s, see %s\n", files[1], findings,
						findings == 1 ? "" : "s", out);
			} else if (render(stdout, ev, fmt, verify) != 0 || fflush(stdout) != 0) {
				status = EXIT_USAGE;
			}
			goto done;
		}
	}
	status = EXIT_INPUT;
done:
	diag_summary(&d);
	eval_free(ev);
	data_free(&data);
	ast_program_free(&prog);
	src_free(&src);
	free(ttext);
	free(dtext);
	return status;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage();
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(help_text, stdout);
		fputc('\n', stdout);
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version")) {
		puts("rubric " VERSION);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "check"))
		return cmd_check(argc - 2, argv + 2);
	if (!strcmp(cmd, "eval"))
		return cmd_eval(argc - 2, argv + 2);
	fprintf(stderr, "rubric: unknown command '%s'\n", cmd);
	return usage();
}
