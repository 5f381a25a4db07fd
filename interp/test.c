/* test.c - rubric test (being written). */
#include "cli.h"

int cmd_test(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "rubric: test is not implemented yet\n");
	return EXIT_USAGE;
}
