/* score.c - scores one unit with a template through librubric, and prints
 * each indicator's score and the total.
 *
 *     cc score.c $(pkg-config --cflags --libs rubric) -o score
 *     ./score template.rubric unit.json
 *
 * Diagnostics go to standard error as `rubric check` writes them.  Exit
 * status: 0 scored, 1 errors in the template or the data, 2 anything else.
 */
#include <stdio.h>
#include <stdlib.h>

#include <rubric.h>

/* The whole file at path, NUL-terminated, or NULL. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	while (buf && (n += fread(buf + n, 1, cap - n, f)) == cap) {
		char *more = realloc(buf, cap *= 2);
		if (!more)
			free(buf);
		buf = more;
	}
	fclose(f);
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s TEMPLATE UNIT.json\n", argv[0]);
		return 2;
	}
	rubric_set_language(NULL); /* messages in the language the environment asks for */
	rubric_reporter *r;
	if (rubric_reporter_new_stream(&r, stderr, RUBRIC_DIAGNOSTICS_TEXT) != RUBRIC_OK)
		return 2;
	rubric_reporter_set_hide_warnings(r, 1); /* warnings are for `rubric check` */
	int status = 2;
	rubric_template *t = NULL;
	rubric_unit *u = NULL;
	size_t len;
	char *json = slurp(argv[2], &len);
	if (!json) {
		perror(argv[2]);
		goto done;
	}
	int rc = rubric_template_load(&t, argv[1], r);
	if (rc == RUBRIC_OK)
		rc = rubric_unit_new(&u, t, r);
	if (rc == RUBRIC_OK)
		rc = rubric_unit_load_json(u, argv[2], json, len);
	if (rc == RUBRIC_OK)
		rc = rubric_unit_evaluate(u);
	if (rc != RUBRIC_OK) {
		status = rc == RUBRIC_ERROR ? 1 : 2;
		goto done;
	}
	for (int i = 0; i < rubric_item_count(t); i++) {
		if (rubric_item_kind(t, i) != RUBRIC_INDICATOR)
			continue;
		const char *score = rubric_result_score(u, i);
		printf("%s\t%s\n", rubric_item_name(t, i), score ? score : "/");
	}
	printf("total\t%s\n", rubric_result_total(u));
	if (rubric_result_grade(u))
		printf("grade\t%s\n", rubric_result_grade(u));
	status = 0;
done:
	if (rubric_reporter_finish(r) != RUBRIC_OK && status == 0)
		status = 2;
	rubric_reporter_free(r);
	rubric_unit_free(u);
	rubric_template_free(t);
	free(json);
	return status;
}
