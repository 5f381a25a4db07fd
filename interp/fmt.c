/* fmt.c - rubric fmt (being written). */
#include "cli.h"

int cmd_fmt(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "rubric: fmt is not implemented yet\n");
	return EXIT_USAGE;
}
