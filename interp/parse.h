/* parse.h - the parser's state, shared by grammar/parser.y and
 * grammar/lexer.l.
 *
 * The scanner is reentrant and hangs off struct parser; there is no global
 * state.  Between flex and bison sits rb_lex, which turns newlines into
 * separators where a statement can end (see grammar/lexer.l).
 *
 * For rubric fmt, a parse can also record every token and comment of the
 * text, with what the lexer and the parser learnt about each token (struct
 * parse_record); a normal parse records nothing.
 */
#ifndef RUBRIC_PARSE_H
#define RUBRIC_PARSE_H

#include <setjmp.h>

#include <stdbool.h>

#include "ast.h"
#include "names.h"
#include "parser.h"

#define PARSE_SETTINGS 8 /* total, round, grades, require reason, inapplicable, form */
#define PARSE_MAX_OPEN 64
/* Number literals whose limbs build_num remembers, to share them. */
#define PARSE_NUM_CACHE_BITS 6
/* Slots of the keyword table (a power of 2, at least twice the keywords). */
#define PARSE_KEYWORD_SLOTS 512

/* The limits of a template (docs/language.md, "Limits"): brackets inside
 * one another (groups count: each has a '{'), digits of a number, and bytes
 * of a string and of a name.  Past them the lexer reports E003 or E005. */
#define PARSE_MAX_NESTING 200
#define PARSE_MAX_DIGITS NUM_MAX_DIGITS
#define PARSE_MAX_STRING 65536
#define PARSE_MAX_NAME 1024

/* The kind of a recorded comment (`#` to the end of the line). */
#define PARSE_COMMENT (-1)

/* What the lexer and the parser learnt about a recorded token. */
enum parse_flag {
	PARSE_SEP_BEFORE = 1 << 0, /* the newline before it ends a statement */
	PARSE_UNARY = 1 << 1,      /* a '-' that negates its operand */
	PARSE_NAME = 1 << 2,       /* a keyword that names something (decl_name) */
	PARSE_CALL = 1 << 3,       /* the '(' of a call or of a func's parameters */
	PARSE_RANGE = 1 << 4,      /* the '..' of a level's range (2..3) */
};

/* A token or a comment as the text has it. */
struct parse_token {
	int tok;          /* TOK_..., a character token, or PARSE_COMMENT */
	unsigned flags;   /* enum parse_flag bits */
	struct span span; /* where it stands in the text */
};

/* Every token and comment of a text, in order (the newlines and the
 * separators rb_lex makes of them are not tokens here). */
struct parse_record {
	struct parse_token *tokens; /* tokens[0..n), malloc'd: the caller frees it */
	size_t n, cap;
	bool failed;                /* out of memory: the record is incomplete */
};

struct parser {
	void *scanner;           /* the flex scanner (yyscan_t) */
	struct program *prog;    /* what is being built */
	struct diag *diag;       /* where errors go */
	struct source *src;      /* the text being read */
	int start_token;         /* TOK_START_TEMPLATE or TOK_START_LIB, sent first */
	bool started;            /* the start token was sent */
	uint32_t pos;            /* byte offset the scanner has reached */
	size_t fed;              /* bytes of src given to the scanner (YY_INPUT) */
	uint32_t newline_at;     /* offset of the last newline scanned */
	int last;                /* kind of the last token handed to bison */
	int before_last;         /* and of the one before it */
	int third_last;          /* and of the one before that */
	uint32_t last_start, before_last_start; /* where the last two begin */
	int scanned;             /* kind of the last token scanned (which may
				    be ahead of last, in the read-ahead) */
	int scanned_before;      /* and of the one before it */
	bool suffix_next;        /* the next word is a comparison after a number
				    and its unit (30000台以上: 以上) */
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
	bool chinese;            /* the template opens with 评分表: help quotes
				    code in Chinese keywords */
	char quoted[32];         /* a keyword quoted for a syntax error's list
				    of what was expected (parser.y) */
	bool skip_block;         /* a declaration began with a word that is no
				    keyword: a '{' on its line opens a block to
				    skip whole (rb_lex) */
	bool said_encoding;      /* the hint about GB18030 was given */
	uint32_t bad_end;        /* where the last byte that is not UTF-8 ends (0: none yet) */
	bool stopped;            /* reading stopped at a limit: no more errors */
	struct parse_record *rec; /* tokens and comments for fmt, or NULL */
	struct clause *spare_clauses; /* clauses of indicators assembled already,
				    for the next ones (build.c) */
	struct vec *spare_list;  /* and the list that held them, or NULL */
	mp_limb_t *num_cache[1 << PARSE_NUM_CACHE_BITS]; /* limbs of recent number literals,
				    by a hash of their value (build_num) */
	uint16_t keyword_at[PARSE_KEYWORD_SLOTS]; /* open addressing: 1 + the keyword's
				    index in lexer.l's table, or 0 (built per parse) */
	uint8_t keyword_len[PARSE_KEYWORD_SLOTS]; /* bytes of the keyword in each slot */
	size_t keyword_max;      /* bytes of the longest keyword */
	struct {                 /* the settings of the whole template (total,
				    round, ...), each the first time: one written
				    inside a group is an error (build_group) */
		const char *what;
		struct span span;
		bool reported;
	} settings[PARSE_SETTINGS];
	int nsettings;
	jmp_buf *on_fatal;       /* where the scanner's own out-of-memory goes (parse) */
	void *flex_blocks[8];    /* what the scanner has allocated (lexer.l, scan_alloc) */
	int nflex;
};

/* Sets up p to read src into prog (a library when stdlib), before the
 * scanner is made (parse_source does it all; the lexer's tests call it). */
void parse_init(struct parser *p, struct program *prog, struct diag *diag, struct source *src,
		bool stdlib);

/* The scanner entry point bison calls. */
int rb_lex(RB_STYPE *val, struct span *loc, struct parser *p);

/* Parses src into prog: the template when stdlib is false, else a library
 * file of functions whose funcs are appended to prog->funcs.  Reports every
 * syntax error to diag; returns the number of errors. */
int parse_source(struct program *prog, struct source *src, struct diag *diag, bool stdlib);

/* parse_source for a template that also appends every token and comment
 * of src to rec (which starts empty, or zeroed). */
int parse_source_recorded(struct program *prog, struct source *src, struct diag *diag,
			  struct parse_record *rec);

/* Adds flag to the recorded token that starts where at starts. */
void parse_mark_token(struct parse_record *rec, struct span at, unsigned flag);

/* What the grammar calls to tell fmt about a token: nothing happens unless
 * the parse records. */
static inline void parse_mark(struct parser *p, struct span at, unsigned flag)
{
	if (p->rec)
		parse_mark_token(p->rec, at, flag);
}

/* The text of a keyword used as a name (build_word), marked as a name in
 * the record. */
const char *parse_word(struct parser *p, struct span at);

/* A keyword token's spelling: its English word, or its first Chinese
 * synonym (docs/keywords.md); NULL when tok is not a keyword. */
const char *parse_keyword(int tok, bool chinese);

/* After `indicator NAME` (or `group NAME`) comes what cannot follow a
 * name: says how to quote the name written from byte at (parser.y). */
void parse_hint_quote_name(struct parser *p, uint32_t at);

/* Whether s[0..len) is a keyword of the language (in either spelling). */
bool parse_is_keyword(const char *s, size_t len);

/* Every spelling of the keyword tokens toks[0..ntoks), into out (room
 * for all the keywords: PARSE_KEYWORDS_MAX); returns how many.  For "did
 * you mean", on a diagnostic shown. */
#define PARSE_KEYWORDS_MAX 160
size_t parse_keyword_words(const int *toks, size_t ntoks, const char **out);

/* The spellings of the keywords that may stand where a value does (a
 * rule's name, weight, target, actual, inf), into out (room for
 * PARSE_KEYWORDS_MAX); returns how many.  For "did you mean" after an
 * unknown name. */
size_t parse_value_keywords(const char **out);

/* The keyword s[0..len) starts with, shorter than s (分值10: 分值), its
 * length in *klen; 0 when none does. */
int parse_keyword_prefix(const struct parser *p, const char *s, size_t len, size_t *klen);

#endif
