/* bench_eval.c - evaluation speed, and proof that evaluating again does not
 * allocate.
 *
 * Loads a template and one unit's data, then scores the unit N times with one
 * evaluation frame, counting GMP's allocations after a few warm-up rounds
 * (the frame's numbers grow to their working size once, then are reused).
 * Usage: bench_eval TEMPLATE DATA.json [N]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "data.h"
#include "load.h"

static unsigned long allocations;

static void *count_alloc(size_t n)
{
	allocations++;
	return malloc(n);
}

static void *count_realloc(void *p, size_t old, size_t n)
{
	(void)old;
	allocations++;
	return realloc(p, n);
}

static void count_free(void *p, size_t n)
{
	(void)n;
	free(p);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_eval TEMPLATE DATA.json [N]\n");
		return 2;
	}
	long rounds = argc > 3 ? atol(argv[3]) : 100000;
	mp_set_memory_functions(count_alloc, count_realloc, count_free);
	size_t tlen, dlen;
	char *ttext = slurp(argv[1], &tlen), *dtext = slurp(argv[2], &dlen);
	if (!ttext || !dtext) {
		fprintf(stderr, "bench_eval: cannot read the inputs\n");
		return 2;
	}
	struct diag d;
	diag_init(&d, stderr);
	struct source src;
	struct program prog;
	struct data data;
	src_init(&src, argv[1], ttext, tlen);
	if (load_template(&prog, &src, &d) != 0)
		return 1;
	struct eval *ev = eval_new(&prog, &d);
	eval_reset(ev);
	if (data_load_json(&data, ev, argv[2], dtext, dlen, &d) != 0)
		return 1;
	for (int warm = 0; warm < 3; warm++)
		if (eval_run(ev) != 0)
			return 1;
	unsigned long before = allocations;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long i = 0; i < rounds; i++)
		if (eval_run(ev) != 0)
			return 1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	unsigned long extra = allocations - before;
	printf("%s: %ld evaluations of %d indicators in %.3f s: %.2f us each, %lu allocations after warm-up\n",
	       argv[1], rounds, prog.indicators.n, secs, secs * 1e6 / (double)rounds, extra);
	eval_free(ev);
	data_free(&data);
	ast_program_free(&prog);
	src_free(&src);
	free(ttext);
	free(dtext);
	return extra == 0 ? 0 : 1;
}
