/* test.c - the command `rubric test`: runs the test blocks of templates
 * (rubric_unit_run_test, rubric.h), prints a line per expectation that
 * does not hold and per test that could not run, then "N passed, N
 * failed", and can write the same results as JUnit XML.
 *
 * A line is "FILE:LINE:COL: test "NAME": REASON", the place being the
 * expectation's (or the test block's, for a test that could not run).
 * The lines, the summary and the JUnit messages are in the language of
 * messages; JUnit's elements and attributes are not.
 *
 * Ownership: what a run collects (struct run) is malloc'd here and freed
 * at its end.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* What came of one test. */
struct outcome {
	char *name;              /* the test's name */
	int kind;                /* RUBRIC_TEST_PASSED, _FAILED or _ERROR */
	char *message;           /* the reasons, "; " between them (NULL if passed) */
	char *detail;            /* its lines, as JUnit gives them (NULL if passed) */
};

/* The tests of one template file. */
struct suite {
	const char *file;        /* as given on the command line */
	int load_errors;         /* errors loading it: its tests did not run */
	struct outcome *tests;
	int ntests;
};

/* Everything a run of `rubric test` found, for the summary and JUnit. */
struct run {
	struct suite *suites;
	int nsuites;
	int passed, failed;
};

/* The lines of a test that does not pass, as its reasons come. */
struct report {
	char *quoted;            /* the test's name as a string literal (malloc'd) */
	char *shown;             /* the same, escaped as the terminal shows it */
	FILE *message;           /* memory streams over the outcome's message */
	FILE *detail;            /* and detail */
	bool any;
	bool oom;                /* a line could not be built */
};

/* s as a string literal of the language (malloc'd; NULL when out of
 * memory), with '"', '\\', newline and tab escaped, so that a name prints
 * on one line. */
static char *quote(const char *s)
{
	char *buf = malloc(2 * strlen(s) + 3);
	size_t k = 0;
	if (!buf)
		return NULL;
	buf[k++] = '"';
	for (; *s; s++) {
		const char *esc = *s == '"' ? "\\\"" : *s == '\\' ? "\\\\" : *s == '\n' ? "\\n"
			: *s == '\t' ? "\\t" : NULL;
		if (esc) {
			memcpy(buf + k, esc, 2);
			k += 2;
		} else {
			buf[k++] = *s;
		}
	}
	buf[k++] = '"';
	buf[k] = '\0';
	return buf;
}

/* Prints a reason the test does not pass, as the line
 * "FILE:LINE:COL: test "NAME": REASON", with the name and the reason
 * escaped as text diagnostics are (rubric_escape_text), since both may
 * hold text of the template; and adds it, unescaped, to the JUnit
 * message and detail. */
static void print_reason(void *ud, const rubric_test_failure *f)
{
	struct report *rp = ud;
	char *reason = NULL;
	if (rubric_escape_text(f->message, strlen(f->message), &reason, NULL) != RUBRIC_OK) {
		rp->oom = true;
		return;
	}
	printf("%s:%d:%d: ", f->file, f->line, f->column);
	printf(_("test %s: %s"), rp->shown, reason);
	putchar('\n');
	rubric_free(reason);
	fprintf(rp->detail, "%s:%d:%d: ", f->file, f->line, f->column);
	fprintf(rp->detail, _("test %s: %s"), rp->quoted, f->message);
	fputc('\n', rp->detail);
	fprintf(rp->message, "%s%s", rp->any ? "; " : "", f->message);
	rp->any = true;
}

/* Runs test i of t in u into *out, printing the lines of a test that does
 * not pass.  Returns 0, or -1 when out of memory. */
static int run_test(rubric_unit *u, const rubric_template *t, int i, struct outcome *out)
{
	size_t mlen, dlen;
	const char *name = rubric_test_name(t, i);
	struct report rp = { .quoted = quote(name) };
	out->name = strdup(name);
	if (rp.quoted && rubric_escape_text(rp.quoted, strlen(rp.quoted), &rp.shown, NULL) != RUBRIC_OK)
		rp.shown = NULL;
	rp.message = open_memstream(&out->message, &mlen);
	rp.detail = open_memstream(&out->detail, &dlen);
	int rc = out->name && rp.quoted && rp.shown && rp.message && rp.detail ? 0 : -1;
	if (rc == 0 && rubric_unit_run_test(u, i, print_reason, &rp, &out->kind) != RUBRIC_OK)
		rc = -1;
	if (rp.oom)
		rc = -1;
	free(rp.quoted);
	rubric_free(rp.shown);
	if (rp.message && fclose(rp.message) != 0)
		rc = -1;
	if (rp.detail && fclose(rp.detail) != 0)
		rc = -1;
	if (rc == 0 && out->kind == RUBRIC_TEST_PASSED) {
		free(out->message);
		free(out->detail);
		out->message = out->detail = NULL;
	}
	return rc;
}

/* Runs every test of t into s.  Returns 0, or -1 when out of memory. */
static int run_tests(rubric_template *t, struct suite *s, struct run *run)
{
	rubric_unit *u;
	int n = rubric_test_count(t);
	s->tests = calloc((size_t)n, sizeof *s->tests);
	if (!s->tests || rubric_unit_new(&u, t, NULL) != RUBRIC_OK)
		return -1;
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		struct outcome *o = &s->tests[s->ntests++];
		rc = run_test(u, t, i, o);
		if (o->kind == RUBRIC_TEST_PASSED)
			run->passed++;
		else
			run->failed++;
	}
	rubric_unit_free(u);
	return rc;
}

/* Loads the template in path, reporting its diagnostics to r, and runs its
 * tests into s (whose file stays NULL if path cannot be read).  Returns
 * EXIT_OK, EXIT_INPUT when the template has errors, or EXIT_USAGE when it
 * cannot be read or memory runs out. */
static int test_file(const char *path, rubric_reporter *r, struct suite *s, struct run *run)
{
	size_t len;
	char *text = cli_read_file(path, &len);
	if (!text)
		return EXIT_USAGE;
	s->file = path;
	rubric_template *t;
	int status = EXIT_OK;
	int before = rubric_reporter_errors(r);
	int rc = rubric_template_compile(&t, path, text, len, r);
	s->load_errors = rubric_reporter_errors(r) - before;
	if (s->load_errors) {
		/* a failed test of its own: a template that does not load
		 * passes none of its tests */
		printf(s->load_errors == 1 ? _("%s: not tested: the template has %d error\n")
		       : _("%s: not tested: the template has %d errors\n"), path, s->load_errors);
		run->failed++;
		status = EXIT_INPUT;
	} else if (rc != RUBRIC_OK) {
		fprintf(stderr, _("rubric: out of memory testing %s\n"), path);
		status = EXIT_USAGE;
	} else if (rubric_test_count(t) == 0) {
		fprintf(stderr, _("rubric: %s has no tests\n"), path);
	} else if (run_tests(t, s, run) != 0) {
		fprintf(stderr, _("rubric: out of memory testing %s\n"), path);
		status = EXIT_USAGE;
	}
	rubric_template_free(t);
	free(text);
	return status;
}

/* ---- JUnit ---- */

/* The length of the UTF-8 character at s (at most len bytes), and its code
 * point in *cp; 0 when the bytes there are not one (a stray or missing
 * continuation byte, an overlong form, a surrogate, past U+10FFFF). */
static size_t utf8_char(const unsigned char *s, size_t len, long *cp)
{
	unsigned c = s[0];
	size_t n;
	unsigned lo = 0x80, hi = 0xBF; /* the range of the second byte */
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return 0;
	if (len < n || s[1] < lo || s[1] > hi)
		return 0;
	long v = c & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3F);
	}
	*cp = v;
	return n;
}

/* Writes s as XML character data, or (attr) as an attribute value, where
 * line breaks and tabs are kept as character references.  Bytes that are
 * not UTF-8 and characters XML cannot hold become U+FFFD. */
static void xml_text(FILE *f, const char *s, bool attr)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		long cp;
		size_t n = utf8_char((const unsigned char *)s + i, len - i, &cp);
		if (n == 0) {
			fputs("\xEF\xBF\xBD", f);
			i++;
			continue;
		}
		switch (cp) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs(attr ? "&quot;" : "\"", f); break;
		case '\n': fputs(attr ? "&#10;" : "\n", f); break;
		case '\t': fputs(attr ? "&#9;" : "\t", f); break;
		case '\r': fputs("&#13;", f); break;
		default:
			if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF)
				fputs("\xEF\xBF\xBD", f);
			else
				fwrite(s + i, 1, n, f);
			break;
		}
		i += n;
	}
}

/* Counts the outcomes of kind k in s. */
static int count(const struct suite *s, int k)
{
	int n = 0;
	for (int i = 0; i < s->ntests; i++)
		n += s->tests[i].kind == k;
	return n;
}

/* Writes the run as JUnit XML: a <testsuite> per template file, a
 * <testcase> per test, <failure> for expectations that do not hold and
 * <error> for a test that could not run.  A template that did not load is
 * a testsuite with one testcase, "load", in error. */
static int write_junit(FILE *f, void *arg)
{
	const struct run *run = arg;
	int failures = 0, errors = 0;
	for (int i = 0; i < run->nsuites; i++) {
		failures += count(&run->suites[i], RUBRIC_TEST_FAILED);
		errors += count(&run->suites[i], RUBRIC_TEST_ERROR) + (run->suites[i].load_errors > 0);
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
	fprintf(f, "<testsuites name=\"rubric test\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n",
		run->passed + run->failed, failures, errors);
	for (int i = 0; i < run->nsuites; i++) {
		const struct suite *s = &run->suites[i];
		fputs("  <testsuite name=\"", f);
		xml_text(f, s->file, true);
		fprintf(f, "\" tests=\"%d\" failures=\"%d\" errors=\"%d\"", s->ntests + (s->load_errors > 0),
			count(s, RUBRIC_TEST_FAILED), count(s, RUBRIC_TEST_ERROR) + (s->load_errors > 0));
		if (!s->ntests && !s->load_errors) {
			fputs("/>\n", f);
			continue;
		}
		fputs(">\n", f);
		if (s->load_errors) {
			fputs("    <testcase name=\"load\" classname=\"", f);
			xml_text(f, s->file, true);
			char why[128];
			snprintf(why, sizeof why, s->load_errors == 1 ? _("the template has %d error")
				 : _("the template has %d errors"), s->load_errors);
			fputs("\">\n      <error message=\"", f);
			xml_text(f, why, true);
			fputs("\"/>\n    </testcase>\n", f);
		}
		for (int j = 0; j < s->ntests; j++) {
			const struct outcome *o = &s->tests[j];
			fputs("    <testcase name=\"", f);
			xml_text(f, o->name, true);
			fputs("\" classname=\"", f);
			xml_text(f, s->file, true);
			if (o->kind == RUBRIC_TEST_PASSED) {
				fputs("\"/>\n", f);
				continue;
			}
			const char *tag = o->kind == RUBRIC_TEST_FAILED ? "failure" : "error";
			fprintf(f, "\">\n      <%s message=\"", tag);
			xml_text(f, o->message, true);
			fputs("\">", f);
			xml_text(f, o->detail, false);
			fprintf(f, "</%s>\n    </testcase>\n", tag);
		}
		fputs("  </testsuite>\n", f);
	}
	fputs("</testsuites>\n", f);
	return ferror(f) ? -1 : 0;
}

/* ---- the command ---- */

/* Frees what a run collected. */
static void run_free(struct run *run)
{
	for (int i = 0; i < run->nsuites; i++) {
		struct suite *s = &run->suites[i];
		for (int j = 0; j < s->ntests; j++) {
			free(s->tests[j].name);
			free(s->tests[j].message);
			free(s->tests[j].detail);
		}
		free(s->tests);
	}
	free(run->suites);
}

static int test_files(char **argv, int nfiles, const char *junit, const struct cli_diag *opts);
static int generate(const char *path, const char *data, const struct cli_diag *opts);

int cmd_test(int argc, char **argv)
{
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
	const char *junit = NULL;
	int nfiles = 0;
	bool options = true, gen = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		enum cli_arg kind = cli_arg(a, &options);
		if (kind == CLI_OPERAND)
			argv[nfiles++] = argv[i];
		if (kind != CLI_OPTION)
			continue;
		if (!strcmp(a, "--generate")) {
			gen = true;
			continue;
		}
		if (!strcmp(a, "--junit") || !strncmp(a, "--junit=", 8)) {
			junit = a[7] ? a + 8 : i + 1 < argc ? argv[++i] : "";
			if (!*junit) {
				fprintf(stderr, "rubric: --junit needs a file name\n");
				return cli_usage();
			}
			continue;
		}
		int rc = cli_diag_option(&opts, argc, argv, &i);
		if (rc == 0)
			fprintf(stderr, "rubric: unknown option '%s'\n", a);
		if (rc <= 0)
			return cli_usage();
	}
	if (nfiles == 0) {
		fprintf(stderr, "rubric: test needs a template file\n");
		return cli_usage();
	}
	if (gen && (nfiles > 2 || junit)) {
		fprintf(stderr, "rubric: test --generate takes one template and at most one unit's data, and no --junit\n");
		return cli_usage();
	}
	if (gen)
		return generate(argv[0], nfiles == 2 ? argv[1] : NULL, &opts);
	bool bad_dir = false;
	char **files = cli_files(argv, nfiles, &nfiles, &bad_dir); /* a directory: its templates */
	if (!files)
		return EXIT_USAGE;
	argv = files;
	int status = test_files(argv, nfiles, junit, &opts);
	if (bad_dir)
		status = EXIT_USAGE;
	cli_files_free(files, nfiles);
	return status;
}

/* Tests the nfiles templates argv names (cmd_test). */
static int test_files(char **argv, int nfiles, const char *junit, const struct cli_diag *optsp)
{
	struct cli_diag opts = *optsp;
	for (int i = 0; junit && i < nfiles; i++)
		if (cli_same_file(junit, argv[i])) {
			fprintf(stderr, "rubric: --junit %s would replace a template it reads; give another file\n",
				junit);
			return EXIT_USAGE;
		}
	struct run run = { .suites = calloc((size_t)nfiles, sizeof *run.suites) };
	rubric_reporter *r = run.suites ? cli_reporter(&opts, stderr) : NULL;
	if (!r) {
		if (run.suites)
			free(run.suites);
		else
			fprintf(stderr, "rubric: out of memory\n");
		return EXIT_USAGE;
	}
	int status = EXIT_OK;
	for (int i = 0; i < nfiles; i++) {
		int rc = test_file(argv[i], r, &run.suites[run.nsuites], &run);
		if (run.suites[run.nsuites].file)
			run.nsuites++;
		if (rc > status)
			status = rc;
	}
	printf(_("%d passed, %d failed\n"), run.passed, run.failed);
	if (fflush(stdout) != 0)
		status = EXIT_USAGE;
	int err = errno;
	if (rubric_reporter_finish(r) == RUBRIC_NOMEM) {
		/* E004 was reported, or the JSON or SARIF log was lost */
		if (opts.format != RUBRIC_DIAGNOSTICS_TEXT)
			fprintf(stderr, "rubric: out of memory\n");
		status = EXIT_USAGE;
	}
	rubric_reporter_free(r);
	if (run.failed && status == EXIT_OK)
		status = EXIT_INPUT;
	if (junit && cli_write_atomically(junit, write_junit, &run) != 0)
		status = EXIT_USAGE;
	run_free(&run);
	errno = err;
	return status;
}

/* rubric test --generate FILE [DATA.json]: the boundary cases of FILE's
 * rows on standard output, the other values a row reads taken from DATA. */
static int generate(const char *path, const char *data, const struct cli_diag *opts)
{
	rubric_reporter *r = cli_reporter(opts, stderr);
	if (!r) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return EXIT_USAGE;
	}
	rubric_reporter_set_hide_warnings(r, 1); /* for `rubric check` */
	size_t len = 0, dlen = 0;
	char *text = cli_read_file(path, &len), *dtext = NULL, *out = NULL;
	rubric_template *t = NULL;
	rubric_unit *u = NULL;
	int status = EXIT_USAGE;
	if (!text || (data && !(dtext = cli_read_file(data, &dlen))))
		goto done;
	int rc = rubric_template_compile(&t, path, text, len, r);
	if (rc == RUBRIC_ERROR) {
		status = EXIT_INPUT;
		goto done;
	}
	if (rc != RUBRIC_OK || (data && (rubric_unit_new(&u, t, r) != RUBRIC_OK ||
					 batch_set_id_keys(u, NULL, 0) != RUBRIC_OK))) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		goto done;
	}
	if (data && (rc = rubric_unit_load_json(u, data, dtext, dlen)) != RUBRIC_OK) {
		status = rc == RUBRIC_NOMEM ? EXIT_USAGE : EXIT_INPUT;
		goto done;
	}
	size_t n = 0;
	if (rubric_template_boundary_tests(t, u, &out, &n) != RUBRIC_OK) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		goto done;
	}
	status = fwrite(out, 1, n, stdout) == n ? EXIT_OK : EXIT_USAGE;
done:
	if (rubric_reporter_finish(r) == RUBRIC_NOMEM)
		status = EXIT_USAGE;
	rubric_reporter_free(r);
	rubric_free(out);
	rubric_unit_free(u);
	rubric_template_free(t);
	free(dtext);
	free(text);
	return status;
}
