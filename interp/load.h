/* load.h - from template text to a checked program.
 *
 * The embedded standard library (the files of stdlib/, compiled into the
 * binary) is parsed and checked on the first load and kept for the life of
 * the process; every program refers to it, read-only.  A program that
 * loads without errors is ready for eval_new.  Templates may be loaded on
 * several threads at once: the library is set up once (pthread_once) and
 * only read afterwards.
 */
#ifndef RUBRIC_LOAD_H
#define RUBRIC_LOAD_H

#include "ast.h"

/* The standard library's text, embedded at build time (build/stdlib.c). */
extern const char rubric_stdlib[];
extern const size_t rubric_stdlib_len;

/* The standard library, parsed and checked on the first call; NULL if
 * that ran out of memory. */
const struct program *load_library(void);

/* Loads the template in src (borrowed; must outlive prog) into prog, which
 * this initialises; reports every error to diag and returns their number.
 * Call ast_program_free(prog) afterwards in every case. */
int load_template(struct program *prog, struct source *src, struct diag *diag);

#endif
