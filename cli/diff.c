/* diff.c - rubric diff: which units' scores and grades a change of a
 * template moves.
 *
 * Scores each unit's data (a JSON file, as `rubric eval` reads it) with
 * the old and the new version of a template, and writes, per unit, the
 * total and grade of each where they differ and every indicator whose
 * score changed, was added or was removed (indicators are matched by
 * name); then one line counting the units.  For the review of a pull
 * request that changes a template: its data fixtures show what the change
 * does to real units.  A value only one version reads (an input renamed or
 * added) is passed over by the other, not refused as unknown.  A unit
 * with rows pending (a value in doubt) is compared on the rows scored, its
 * pending rows shown as such and its total marked incomplete. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A version of the template, and a unit scored with it. */
struct side {
	const char *file;
	rubric_template *t;
	rubric_unit *u;
	bool scored;     /* every row, or (incomplete) every row not pending */
	bool incomplete; /* rows pending: their values in doubt */
	const char **others; /* the other version's values this one does not
				read: passed over in the data, not unknown */
	int nothers;
};

/* Lists in s->others the values of t (the other version) that s's template
 * does not have; false when out of memory. */
static bool list_others(struct side *s, const rubric_template *t)
{
	int n = rubric_input_count(t);
	s->others = calloc((size_t)n + 1, sizeof *s->others);
	for (int i = 0; s->others && i < n; i++) {
		const char *name = rubric_input_name(t, i);
		if (rubric_input_find(s->t, name) < 0 && rubric_item_find(s->t, name, RUBRIC_INDICATOR) < 0)
			s->others[s->nothers++] = name;
	}
	return s->others != NULL;
}

/* Scores the data (text[0..len), from the file data) with s's template. */
static void score_side(struct side *s, rubric_reporter *r, const char *data, const char *text, size_t len)
{
	s->scored = s->incomplete = false;
	rubric_unit_free(s->u);
	s->u = NULL;
	if (rubric_unit_new(&s->u, s->t, r) != RUBRIC_OK ||
	    batch_set_id_keys(s->u, s->others, s->nothers) != RUBRIC_OK)
		return;
	int loaded = rubric_unit_load_json(s->u, data, text, len);
	int scored = rubric_unit_evaluate(s->u);
	s->scored = (scored == RUBRIC_OK || scored == RUBRIC_INCOMPLETE) && loaded == RUBRIC_OK;
	s->incomplete = s->scored && scored == RUBRIC_INCOMPLETE;
}

static void ignore(void *ud, const rubric_diagnostic *d)
{
	(void)ud;
	(void)d;
}

static bool same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Item i's score as the diff shows it: its score, "pending" (its value in
 * doubt) or "not applicable". */
static const char *score_of(struct side *s, int i)
{
	const char *score = rubric_result_score(s->u, i);
	if (score)
		return score;
	return rubric_result_flags(s->u, i) & RUBRIC_PENDING ? _("pending") : _("not applicable");
}

/* The total as the diff shows it: marked when rows are pending, as it is
 * then the sum of the others. */
static const char *total_of(struct side *s, char **buf)
{
	const char *total = rubric_result_total(s->u);
	*buf = NULL;
	if (!total)
		return "-";
	size_t n;
	FILE *m = open_memstream(buf, &n);
	if (!m)
		return total;
	if (s->incomplete)
		fprintf(m, _("%s (incomplete)"), total);
	else
		fputs(total, m);
	if (fclose(m) != 0) {
		free(*buf);
		*buf = NULL;
		return total;
	}
	return *buf;
}

/* Writes what changed for one unit scored by both versions; returns
 * whether anything did (*grade: the grade did). */
static bool compare(FILE *f, const char *data, struct side *old, struct side *new, bool *grade)
{
	char *b0, *b1;
	const char *t0 = total_of(old, &b0), *t1 = total_of(new, &b1);
	const char *g0 = rubric_result_grade(old->u), *g1 = rubric_result_grade(new->u);
	bool changed = !same(t0, t1) || !same(g0, g1);
	*grade = !same(g0, g1);
	/* the indicators: changed or added, in the new version's order,
	 * then those removed */
	char *lines = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&lines, &len);
	int n1 = rubric_item_count(new->t), n0 = rubric_item_count(old->t);
	for (int i = 0; m && i < n1; i++) {
		if (rubric_item_kind(new->t, i) != RUBRIC_INDICATOR)
			continue;
		const char *name = rubric_item_name(new->t, i);
		int j = rubric_item_find(old->t, name, RUBRIC_INDICATOR);
		const char *s1 = score_of(new, i), *s0 = j >= 0 ? score_of(old, j) : NULL;
		if (j < 0)
			fprintf(m, _("  %s: added, %s\n"), name, s1);
		else if (!same(s0, s1))
			fprintf(m, "  %s: %s → %s\n", name, s0, s1);
		else
			continue;
		changed = true;
	}
	for (int j = 0; m && j < n0; j++) {
		if (rubric_item_kind(old->t, j) != RUBRIC_INDICATOR ||
		    rubric_item_find(new->t, rubric_item_name(old->t, j), RUBRIC_INDICATOR) >= 0)
			continue;
		fprintf(m, _("  %s: removed, was %s\n"), rubric_item_name(old->t, j), score_of(old, j));
		changed = true;
	}
	if (m)
		fclose(m);
	if (!changed) {
		if (g1)
			fprintf(f, _("%s: unchanged, %s (%s)\n"), data, t1, g1);
		else
			fprintf(f, _("%s: unchanged, %s\n"), data, t1);
	} else {
		fprintf(f, _("%s: total %s → %s, grade %s → %s\n"), data, t0, t1, g0 ? g0 : "-", g1 ? g1 : "-");
		if (lines)
			fputs(lines, f);
	}
	free(lines);
	free(b0);
	free(b1);
	return changed;
}

int cmd_diff(int argc, char **argv)
{
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
	bool options = true;
	int n = 0;
	for (int i = 0; i < argc; i++) {
		enum cli_arg kind = cli_arg(argv[i], &options);
		if (kind == CLI_OPERAND)
			argv[n++] = argv[i];
		if (kind != CLI_OPTION)
			continue;
		fprintf(stderr, "rubric: unknown option '%s'\n", argv[i]);
		return cli_usage();
	}
	if (n < 3) {
		fprintf(stderr, "rubric: diff needs the old template, the new one and one or more data files\n");
		return cli_usage();
	}
	rubric_reporter *r = cli_reporter(&opts, stderr);
	if (!r)
		return EXIT_USAGE;
	rubric_reporter_set_hide_warnings(r, 1); /* warnings are for `rubric check` */
	rubric_reporter *quiet; /* counts the old version's errors */
	if (rubric_reporter_new(&quiet, ignore, NULL) != RUBRIC_OK) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		rubric_reporter_free(r);
		return EXIT_USAGE;
	}
	struct side sides[2] = { { .file = argv[0] }, { .file = argv[1] } };
	int status = EXIT_OK;
	for (int k = 0; k < 2; k++) {
		size_t len;
		char *text = cli_read_file(sides[k].file, &len);
		if (!text) {
			status = EXIT_USAGE;
			continue;
		}
		if (rubric_template_compile(&sides[k].t, sides[k].file, text, len, r) != RUBRIC_OK && status == EXIT_OK)
			status = EXIT_INPUT;
		free(text);
	}
	if (status == EXIT_OK && (!list_others(&sides[0], sides[1].t) || !list_others(&sides[1], sides[0].t))) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		status = EXIT_USAGE;
	}
	long units = 0, changed = 0, grades = 0, failed = 0, incomplete = 0;
	for (int i = 2; status == EXIT_OK && i < n; i++) {
		size_t len;
		char *text = cli_read_file(argv[i], &len);
		if (!text) {
			status = EXIT_USAGE;
			continue;
		}
		units++;
		/* the data's errors once: the new version's, and the old's
		 * only when they differ (in number, or in what was scored) */
		int before = rubric_reporter_errors(r);
		score_side(&sides[1], r, argv[i], text, len);
		int errors = rubric_reporter_errors(r) - before;
		rubric_reporter_reset(quiet);
		score_side(&sides[0], quiet, argv[i], text, len);
		if (rubric_reporter_errors(quiet) &&
		    (rubric_reporter_errors(quiet) != errors || sides[0].scored != sides[1].scored ||
		     sides[0].incomplete != sides[1].incomplete)) {
			fprintf(stderr, _("rubric: %s, with the old version %s:\n"), argv[i], sides[0].file);
			score_side(&sides[0], r, argv[i], text, len);
		}
		free(text);
		if (!sides[0].scored || !sides[1].scored) {
			printf(!sides[0].scored && !sides[1].scored ? _("%s: not scored by either version: see the errors\n")
				: !sides[1].scored ? _("%s: not scored by the new version: see the errors\n")
						   : _("%s: not scored by the old version: see the errors\n"),
			       argv[i]);
			failed++;
			continue;
		}
		incomplete += sides[0].incomplete || sides[1].incomplete;
		bool grade = false;
		if (compare(stdout, argv[i], &sides[0], &sides[1], &grade)) {
			changed++;
			grades += grade;
		}
	}
	if (status == EXIT_OK) {
		printf(units == 1 ? _("%ld unit: %ld changed (%ld in grade), %ld unchanged")
				  : _("%ld units: %ld changed (%ld in grade), %ld unchanged"),
		       units, changed, grades, units - changed - failed);
		if (failed)
			printf(_(", %ld not scored"), failed);
		if (incomplete)
			printf(_(", %ld with rows pending"), incomplete);
		printf("\n");
		if (changed || failed || incomplete)
			status = EXIT_INPUT;
	}
	for (int k = 0; k < 2; k++) {
		rubric_unit_free(sides[k].u);
		rubric_template_free(sides[k].t);
		free(sides[k].others);
	}
	rubric_reporter_free(quiet);
	if (rubric_reporter_finish(r) == RUBRIC_NOMEM)
		status = EXIT_USAGE;
	rubric_reporter_free(r);
	return status;
}
