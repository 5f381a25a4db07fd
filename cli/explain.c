/* explain.c - rubric explain: how each score came about (计分说明).
 *
 * Scores one unit's data as `rubric eval` does, then writes, for each
 * indicator asked for (all of them, in table order, when none is named),
 * rubric_unit_explain's steps: the rule as written and where, the values
 * put in, every operation, the band, level or items that counted, the
 * rounding and an override with its reason. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_explain(int argc, char **argv)
{
	const char *files[2] = { NULL, NULL }, *out = NULL;
	const char **names = calloc((size_t)argc + 1, sizeof *names);
	int nfiles = 0, nnames = 0;
	bool options = true;
	struct cli_diag opts = { RUBRIC_DIAGNOSTICS_TEXT, false };
	if (!names) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return EXIT_USAGE;
	}
	int status = EXIT_USAGE;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		enum cli_arg kind = cli_arg(a, &options);
		if (kind == CLI_END_OF_OPTIONS)
			continue;
		if (kind == CLI_OPERAND) {
			if (nfiles < 2)
				files[nfiles++] = a;
			else
				names[nnames++] = a;
		} else if (!strcmp(a, "-o") || !strcmp(a, "--output") || !strncmp(a, "--output=", 9)) {
			out = a[1] == 'o' || a[8] != '=' ? (i + 1 < argc ? argv[++i] : NULL) : a + 9;
			if (!out || !*out) {
				fprintf(stderr, "rubric: %s needs a file name\n", a);
				goto usage;
			}
		} else {
			int rc = cli_diag_option(&opts, argc, argv, &i);
			if (rc == 0)
				fprintf(stderr, "rubric: unknown option '%s'\n", a);
			if (rc <= 0)
				goto usage;
		}
	}
	if (nfiles != 2) {
		fprintf(stderr, "rubric: explain needs a template and a data file\n");
		goto usage;
	}
	for (int i = 0; out && i < 2; i++)
		if (cli_same_file(out, files[i])) {
			fprintf(stderr, "rubric: -o %s would replace the %s it reads; give another file\n", out,
				i == 0 ? "template" : "data");
			goto done;
		}
	size_t tlen, dlen;
	char *ttext = cli_read_file(files[0], &tlen);
	char *dtext = ttext ? cli_read_file(files[1], &dlen) : NULL;
	rubric_reporter *r = dtext ? cli_reporter(&opts, stderr) : NULL;
	if (!r) {
		free(ttext);
		free(dtext);
		goto done;
	}
	rubric_reporter_set_hide_warnings(r, 1);
	rubric_template *t = NULL;
	rubric_unit *u = NULL;
	status = EXIT_INPUT;
	int rc = rubric_template_compile(&t, files[0], ttext, tlen, r);
	if (rc == RUBRIC_OK && (rc = rubric_unit_new(&u, t, r)) == RUBRIC_OK &&
	    (rc = batch_set_id_keys(u, NULL, 0)) == RUBRIC_OK) {
		int loaded = rubric_unit_load_json(u, files[1], dtext, dlen);
		int scored = rubric_unit_evaluate(u);
		/* the indicators asked for, each named once */
		int n = rubric_item_count(t), *items = calloc((size_t)n + 1, sizeof *items), count = 0;
		bool known = items != NULL;
		for (int k = 0; known && k < nnames; k++) {
			int item = rubric_item_find(t, names[k], RUBRIC_INDICATOR);
			if (item < 0) {
				fprintf(stderr, "rubric: %s has no indicator called '%s'\n", files[0], names[k]);
				known = false;
				status = EXIT_USAGE;
			} else {
				items[count++] = item;
			}
		}
		for (int i = 0; known && !nnames && i < n; i++)
			if (rubric_item_kind(t, i) == RUBRIC_INDICATOR)
				items[count++] = i;
		if (!items) {
			fprintf(stderr, "rubric: %s\n", _("out of memory"));
			status = EXIT_USAGE;
		} else if (known && loaded == RUBRIC_OK && scored == RUBRIC_OK) {
			/* every explanation, one after another, written whole */
			char *all = NULL;
			size_t len = 0;
			FILE *f = open_memstream(&all, &len);
			bool ok = f != NULL;
			for (int k = 0; ok && k < count; k++) {
				char *text = NULL;
				size_t tl = 0;
				ok = rubric_unit_explain(u, items[k], &text, &tl) == RUBRIC_OK;
				if (ok) {
					if (k)
						fputc('\n', f);
					fwrite(text, 1, tl, f);
				}
				rubric_free(text);
			}
			if (f && fclose(f) != 0)
				ok = false;
			if (!ok) {
				fprintf(stderr, "rubric: %s\n", _("out of memory"));
				status = EXIT_USAGE;
			} else if (out) {
				status = cli_write_bytes(out, all, len) == 0 ? EXIT_OK : EXIT_USAGE;
			} else {
				status = fwrite(all, 1, len, stdout) == len ? EXIT_OK : EXIT_USAGE;
			}
			free(all);
		}
		free(items);
	} else if (rc == RUBRIC_NOMEM && !rubric_reporter_errors(r)) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		status = EXIT_USAGE;
	}
	if (rubric_reporter_finish(r) == RUBRIC_NOMEM)
		status = EXIT_USAGE;
	rubric_reporter_free(r);
	rubric_unit_free(u);
	rubric_template_free(t);
	free(ttext);
	free(dtext);
done:
	free(names);
	return status;
usage:
	free(names);
	return cli_usage();
}
