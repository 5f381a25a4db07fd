/* parse.h - the parser's state, shared by grammar/parser.y and
 * grammar/lexer.l.
 *
 * The scanner is reentrant and hangs off struct parser; there is no global
 * state.  Between flex and bison sits rb_lex, which turns newlines into
 * separators where a statement can end (see grammar/lexer.l).
 */
#ifndef RUBRIC_PARSE_H
#define RUBRIC_PARSE_H

#include <stdbool.h>

#include "ast.h"
#include "parser.h"

#define PARSE_MAX_OPEN 64

struct parser {
	void *scanner;           /* the flex scanner (yyscan_t) */
	struct program *prog;    /* what is being built */
	struct diag *diag;       /* where errors go */
	struct source *src;      /* the text being read */
	int start_token;         /* TOK_START_TEMPLATE or TOK_START_LIB, sent first */
	bool started;            /* the start token was sent */
	uint32_t pos;            /* byte offset the scanner has reached */
	uint32_t newline_at;     /* offset of the last newline scanned */
	int last;                /* kind of the last token handed to bison */
	int before_last;         /* and of the one before it */
	uint32_t last_end;       /* where that token ends */
	int nqueue;              /* tokens read ahead, in queue[0..nqueue) */
	struct {
		int tok;
		bool newline;    /* a newline came before it */
		RB_STYPE val;
		struct span loc;
	} queue[3];
	struct span opens[PARSE_MAX_OPEN]; /* unclosed ( [ { for hints */
	int nopens;              /* entries of opens in use (may exceed the array) */
	bool said_encoding;      /* the hint about GB18030 was given */
};

/* The scanner entry point bison calls. */
int rb_lex(RB_STYPE *val, struct span *loc, struct parser *p);

/* Parses src into prog: the template when stdlib is false, else a library
 * file of functions whose funcs are appended to prog->funcs.  Reports every
 * syntax error to diag; returns the number of errors. */
int parse_source(struct program *prog, struct source *src, struct diag *diag, bool stdlib);

#endif
