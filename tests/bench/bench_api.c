/* bench_api.c - units scored per second through rubric.h, as a program
 * embedding the library scores them.
 *
 * Compiles a template once, then scores one unit's data N times with one
 * unit: the JSON read each time (as a service receiving units would), or
 * the values set through the setters, from text, by input index looked up
 * once (as a reader of a spreadsheet would).  Reports units/s on one core.
 * Usage: bench_api TEMPLATE DATA.json [N]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rubric.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(1 << 20);
	*len = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
	fclose(f);
	return buf;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_api TEMPLATE DATA.json [N]\n");
		return 2;
	}
	long n = argc > 3 ? atol(argv[3]) : 100000;
	size_t len;
	char *json = slurp(argv[2], &len);
	rubric_template *t;
	rubric_unit *u;
	if (!json || rubric_template_load(&t, argv[1], NULL) != RUBRIC_OK || rubric_unit_new(&u, t, NULL) != RUBRIC_OK) {
		fprintf(stderr, "bench_api: cannot load %s and %s\n", argv[1], argv[2]);
		return 2;
	}
	/* JSON units */
	double t0 = now();
	for (long i = 0; i < n; i++)
		if (rubric_unit_load_json(u, argv[2], json, len) != RUBRIC_OK || rubric_unit_evaluate(u) != RUBRIC_OK ||
		    !rubric_result_total(u)) {
			fprintf(stderr, "bench_api: unit %ld failed\n", i);
			return 1;
		}
	double json_s = now() - t0;
	const char *total = rubric_result_total(u);
	printf("C API, JSON units: %.0f units/s/core (%.2f us each), total %s\n", (double)n / json_s,
	       json_s / (double)n * 1e6, total);
	rubric_unit_free(u);
	rubric_template_free(t);
	free(json);
	return 0;
}
