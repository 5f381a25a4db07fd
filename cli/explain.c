/* explain.c - rubric explain: how each score came about (计分说明).
 *
 * Scores one unit's data as `rubric eval` does, then writes, for each
 * indicator asked for (all of them, in table order, when none is named),
 * rubric_unit_explain's steps: the rule as written and where, the values
 * put in, every operation, the band, level or items that counted, the
 * rounding and an override with its reason.  With -f json, the same as
 * one JSON document (docs/cli.md): per indicator its name, groups, file,
 * line, weight, score and the explanation's lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Writes s as a JSON string: false when out of memory. */
static bool quoted(FILE *f, const char *s)
{
	char *q = cli_json_quote(s);
	fputs(q ? q : "\"\"", f);
	free(q);
	return q != NULL;
}

/* Writes the n bytes at s as a JSON string: false when out of memory. */
static bool quoted_n(FILE *f, const char *s, size_t n)
{
	char *c = strndup(s, n);
	bool ok = c && quoted(f, c);
	free(c);
	return ok;
}

/* One indicator's explanation as a line of the JSON document: text is
 * rubric_unit_explain's, whose first line is "NAME (FILE:LINE)" and whose
 * others, indented by two spaces, are its lines.  False when out of
 * memory. */
static bool json_item(FILE *f, const rubric_template *t, rubric_unit *u, int item, const char *text)
{
	const char *name = rubric_item_name(t, item);
	/* where the indicator is written, from its first line */
	const char *eol = strchr(text, '\n'), *end = eol ? eol : text + strlen(text);
	size_t skip = strlen(name) + 2;
	const char *file = text + skip, *colon = NULL;
	if ((size_t)(end - text) > skip + 2 && end[-1] == ')')
		for (const char *p = end - 2; p > file && !colon; p--)
			if (*p == ':')
				colon = p;
	fputs("    {\"name\": ", f);
	bool ok = quoted(f, name);
	fputs(", \"path\": [", f);
	int depth = rubric_item_depth(t, item), *above = malloc(((size_t)depth + 1) * sizeof *above);
	ok &= above != NULL;
	for (int k = depth - 1, g = item; above && k >= 0; k--)
		above[k] = g = rubric_item_parent(t, g);
	for (int k = 0; above && k < depth; k++) { /* the groups above, from the top */
		fputs(k ? ", " : "", f);
		ok &= quoted(f, rubric_item_name(t, above[k]));
	}
	free(above);
	fputs("], \"file\": ", f);
	if (colon) {
		ok &= quoted_n(f, file, (size_t)(colon - file));
		fprintf(f, ", \"line\": %ld", strtol(colon + 1, NULL, 10));
	} else {
		fputs("null, \"line\": null", f);
	}
	const char *score = rubric_result_score(u, item);
	fprintf(f, ", \"weight\": %s, \"score\": %s, \"lines\": [", rubric_item_weight(t, item),
		score ? score : "null");
	for (const char *p = eol ? eol + 1 : end; *p;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p), in = n >= 2 && p[0] == ' ' && p[1] == ' ' ? 2 : 0;
		fputs(p == eol + 1 ? "" : ", ", f);
		ok &= quoted_n(f, p + in, n - in);
		p += e ? n + 1 : n;
	}
	fputs("]}", f);
	return ok;
}

int cmd_explain(int argc, char **argv)
{
	const char *files[2] = { NULL, NULL }, *out = NULL;
	const char **names = calloc((size_t)argc + 1, sizeof *names);
	int nfiles = 0, nnames = 0;
	bool options = true, json = false;
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
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
		} else if (!strcmp(a, "-f") || !strcmp(a, "--format") || !strncmp(a, "--format=", 9)) {
			const char *v = a[1] == 'f' || a[8] != '=' ? (i + 1 < argc ? argv[++i] : NULL) : a + 9;
			if (!v || (strcmp(v, "text") && strcmp(v, "json"))) {
				fprintf(stderr, "rubric: explain writes text or json\n");
				goto usage;
			}
			json = !strcmp(v, "json");
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
		bool incomplete = scored == RUBRIC_INCOMPLETE; /* rows pending: explained, exit 1 */
		if (incomplete)
			scored = RUBRIC_OK;
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
			if (ok && json) {
				fputs("{\n  \"title\": ", f);
				ok = quoted(f, rubric_template_title(t));
				fputs(",\n  \"indicators\": [", f);
			}
			for (int k = 0; ok && k < count; k++) {
				char *text = NULL;
				size_t tl = 0;
				ok = rubric_unit_explain(u, items[k], &text, &tl) == RUBRIC_OK;
				if (ok && json) {
					fputs(k ? ",\n" : "\n", f);
					ok = json_item(f, t, u, items[k], text);
				} else if (ok) {
					if (k)
						fputc('\n', f);
					fwrite(text, 1, tl, f);
				}
				rubric_free(text);
			}
			if (ok && json)
				fputs(count ? "\n  ]\n}\n" : "]\n}\n", f);
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
			if (incomplete && status == EXIT_OK)
				status = EXIT_INPUT;
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
