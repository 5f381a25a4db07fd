/* parser.y - the grammar of rubric templates.
 *
 * A pure, reentrant bison parser with locations (byte-offset spans).  Every
 * action is one constructor call from interp/ast.c or interp/build.c; the
 * grammar itself holds no logic.  Newlines reach the parser as SEP tokens
 * only where a statement can end (see rb_lex in grammar/lexer.l), so
 * statements are separated by newlines or ';' and an expression may continue
 * on the next line after an operator.
 *
 * Two start tokens, sent by the scanner before anything else, select what is
 * parsed: a template (`rubric "title" { ... }`) or a library file of
 * functions (stdlib/).
 *
 * For rubric fmt, a few actions also tell the token record what a token is
 * (parse_mark: a unary minus, the '(' of a call, the '..' of a range;
 * parse_word: a keyword used as a name); in a normal parse that records
 * nothing.
 */
%require "3.8"
%define api.pure full
%define api.prefix {rb_}
%define api.token.prefix {TOK_}
%define api.value.type union
%define api.location.type {struct span}
%define parse.error custom
%define parse.lac full
/* room on the C stack for the LAC stack of every usual parse */
%define parse.lac.es-capacity-initial {256}
%locations
%param {struct parser *p}
%expect 0

%code requires {
#include "ast.h"
#include "build.h"
struct parser;
}

%code {
#include <string.h>

#include "parse.h"

static void rb_error(const struct span *loc, struct parser *p, const char *msg);

#define YYLLOC_DEFAULT(cur, rhs, n)					\
	do {								\
		if (n) {						\
			(cur).start = YYRHSLOC(rhs, 1).start;		\
			(cur).end = YYRHSLOC(rhs, n).end;		\
		} else {						\
			(cur).start = (cur).end = YYRHSLOC(rhs, 0).end;	\
		}							\
	} while (0)
}

/* Tokens.  Every token has a readable alias: these are what error messages
 * show.  Keywords have Chinese synonyms (see the table in lexer.l). */
%token END 0 "end of file"
%token START_TEMPLATE "start of template" START_LIB "start of library"
%token SEP "end of line"
%token <struct expr *> NUM "a number" STRING "a string" DATE "a date"
%token <struct expr *> DEADLINE "a deadline"
%token <const char *> IDENT "a name"
%token GE "'>='" LE "'<='" NE "'!='" EQEQ "'=='" DOTDOT "'..'"
%token RUBRIC "'rubric'" TOTAL "'total'" ROUND "'round'" GRADES "'grades'"
%token INPUT "'input'" LET "'let'" FUNC "'func'" DEFAULT "'default'"
%token GROUP "'group'" INDICATOR "'indicator'" WEIGHT "'weight'"
%token TARGET "'target'" ACTUAL "'actual'" SCORE "'score'" UNIT "'unit'" NOTE "'note'"
%token TEST "'test'" GIVEN "'given'" EXPECT "'expect'"
%token PROPORTIONAL "'proportional'" MET "'met'" BANDS "'bands'"
%token INTERPOLATE "'interpolate'" DEDUCT "'deduct'" PER "'per'" ABOVE "'above'"
%token BELOW "'below'" CAP "'cap'" PLUS "'plus'" CHECKLIST "'checklist'"
%token GRADE "'grade'" BONUS "'bonus'" JUDGED "'judged'"
%token CASES "'cases'" IF "'if'" THEN "'then'" ELSE "'else'"
%token AND "'and'" OR "'or'" NOT "'not'" BETWEEN "'between'" BY "'by'" INF "'inf'"
%token TRUE "'true'" FALSE "'false'"
%token HALF_UP "'half_up'" DOWN "'down'" HALF_EVEN "'half_even'"
%token T_NUMBER "'number'" T_PERCENT "'percent'" T_TEXT "'text'" T_DATE "'date'"
%token T_BOOL "'bool'" T_LIST "'list'" T_INTEGER "'integer'"
%token BUDGET "'budget'" LEVELS "'levels'" REQUIRE "'require'" REASON "'reason'"
%token INAPPLICABLE "'inapplicable'" RESCALE "'rescale'" EXCLUDE "'exclude'" SHARE "'share'"
%token FORM "'form'" STATED "'stated'"
%token MISSING "'missing'" ZERO "'zero'" ERROR_KW "'error'"
%token <enum op> SUFFIX "a word like 以上"

%nterm <const char *> name decl_name
%nterm <struct expr *> expr disj conj neg cmp arith primary weight_opt
%nterm <struct expr *> default_opt cap_opt per_opt test_value
%nterm <struct vec *> args args1 decls decl_seq clauses clause_seq
%nterm <struct vec *> bands band_seq points points_seq grade_list grade_seq
%nterm <struct vec *> cases case_seq params params1 entries entry_seq values values1
%nterm <struct vec *> lib lib_seq test_body test_seq budget_body header header_seq
%nterm <struct header_field *> header_field
%nterm <struct item *> decl item
%nterm <struct clause *> clause
%nterm <struct rule *> rule
%nterm <struct target> target
%nterm <struct rounding> round_spec
%nterm <enum num_mode> mode
%nterm <enum op> cmpop
%nterm <enum type> type
%nterm <enum missing_policy> missing_policy
%nterm <struct band *> band
%nterm <struct bound> bound
%nterm <bool> lbr rbr stated_opt
%nterm <struct item_points *> point grade_entry
%nterm <struct expr *> text_opt
%nterm <struct expr **> case
%nterm <struct param *> param
%nterm <struct test_entry *> entry
%nterm <struct func *> func
%nterm <struct vec *> test_clause
%nterm <const char *> unit_opt
%nterm <struct deduct_ref> deduct_ref

/* Precedence of arithmetic, lowest first.  Comparison and logic are layered
 * in the rules below (cmp, neg, conj, disj), so `a and b` never swallows the
 * operands of `between x and y`. */
%left '+' '-'
%left '*' '/'
%precedence UMINUS

%%

start:
  START_TEMPLATE seps template seps
| START_LIB lib                         { build_library(p, $lib); }
;

/* template = 'rubric' string '{' decls '}' */
template:
  RUBRIC STRING[t] '{' decls[d] '}'     { build_template(p, $t, $d, @$); }
;

/* Statements are separated by SEP (a newline or ';'); extra ones are fine. */
seps: %empty | seps SEP ;

decls: seps                             { $$ = build_list(p); }
| seps decl_seq                         { $$ = $2; }
;
decl_seq:
  decl                                  { $$ = build_push(p, build_list(p), $1); }
| decl_seq SEP                          { $$ = $1; }
| decl_seq SEP decl                     { $$ = build_push(p, $1, $3); }
;

/* decl: a setting, a declaration or an item.  Only items are returned;
 * the rest are recorded in the program. */
decl:
  TOTAL arith stated_opt                { build_total(p, $2, $3, @$); $$ = NULL; }
| ROUND round_spec                      { struct rounding r = $2; r.span = @$; build_round(p, r); $$ = NULL; }
| GRADES '{' grade_list '}'             { build_grades(p, $3, @$); $$ = NULL; }
| INPUT decl_name[n] ':' type unit_opt default_opt
                                        { build_input(p, $n, @n, $type, $unit_opt, $default_opt); $$ = NULL; }
| INPUT decl_name[n] ':' T_PERCENT unit_opt default_opt
                                        { build_input_percent(p, $n, @n, $unit_opt, $default_opt); $$ = NULL; }
| INPUT decl_name[n] ':' T_INTEGER unit_opt default_opt
                                        { build_input_integer(p, $n, @n, $unit_opt, $default_opt); $$ = NULL; }
| LET name '=' expr                     { build_let(p, $name, @name, $expr); $$ = NULL; }
| func                                  { $$ = NULL; }
| TEST STRING '{' test_body '}'         { build_test(p, $2, $4, @$); $$ = NULL; }
| levels                                { $$ = NULL; }
| REQUIRE REASON                        { build_require_reason(p, @$); $$ = NULL; }
| INAPPLICABLE EXCLUDE                  { build_inapplicable(p, false, @$); $$ = NULL; }
| INAPPLICABLE RESCALE                  { build_inapplicable(p, true, @$); $$ = NULL; }
| INAPPLICABLE SHARE                    { $$ = build_share(p, @$); }
| TARGET DEFAULT cmpop                  { $$ = build_target_default(p, $cmpop, @$); }
| MISSING missing_policy                { $$ = build_missing(p, $2, @$); }
| FORM decl_name[k]                     { build_form(p, $k, @k, NULL, @$); $$ = NULL; }
| FORM decl_name[k] '{' header '}'      { build_form(p, $k, @k, $header, @$); $$ = NULL; }
| FORM '{' header '}'                   { build_form(p, NULL, @1, $header, @$); $$ = NULL; }
| item                                  { $$ = $1; }
| error                                 { $$ = NULL; }
;

item:
  GROUP decl_name[n] weight_opt stated_opt '{' decls '}'
                                        { $$ = build_group(p, $n, @n, $weight_opt, $stated_opt, @stated_opt, $decls, @$); }
| INDICATOR decl_name[n] weight_opt '{' clauses '}'
                                        { $$ = build_indicator(p, $n, @n, $weight_opt, $clauses, @$); }
| BUDGET decl_name[n] weight_opt budget_body
                                        { $$ = build_budget(p, $n, @n, $weight_opt, $budget_body, @$); }
/* a head that does not parse, often a name that needs quoting (指标1：人数):
 * its block is read on, so that its '}' causes no second error */
| INDICATOR error '{' clauses '}'       { build_bad_head(p, @2); $$ = NULL; }
| GROUP error '{' decls '}'             { build_bad_head(p, @2); $$ = NULL; }
;
budget_body: %empty { $$ = build_list(p); } | '{' clauses '}' { $$ = $2; } ;

/* form [kind] ['{' name ':' (string | number) ... '}']: the form the
 * reports lay out, and the fields of its header */
header: seps { $$ = build_list(p); } | seps header_seq { $$ = $2; } ;
header_seq:
  header_field                          { $$ = build_push(p, build_list(p), $1); }
| header_seq SEP                        { $$ = $1; }
| header_seq SEP header_field           { $$ = build_push(p, $1, $3); }
;
header_field:
  decl_name[n] ':' STRING[v]            { $$ = build_header_field(p, $n, @n, $v, @v); }
| decl_name[n] ':' NUM[v]               { $$ = build_header_field(p, $n, @n, NULL, @v); }
;

/* levels name '{' points '}': a set of qualitative levels for 'grade' */
levels: LEVELS decl_name[n] '{' points '}' { build_levels(p, $n, @n, $points, @$); } ;

/* missing error|zero|exclude|rescale: what a row whose value is marked
 * 未填报 scores */
missing_policy:
  ERROR_KW { $$ = MISSING_ERROR; } | ZERO { $$ = MISSING_ZERO; }
| EXCLUDE { $$ = MISSING_EXCLUDE; } | RESCALE { $$ = MISSING_RESCALE; }
;

weight_opt: %empty { $$ = NULL; } | WEIGHT arith { $$ = $2; } ;
/* `stated`: a figure as the published table states it, though the rows
 * may not add up to it (an audit finding, not an error) */
stated_opt: %empty { $$ = false; } | STATED { $$ = true; } ;
unit_opt: %empty { $$ = NULL; } | UNIT STRING { $$ = $2->str; } ;
default_opt: %empty { $$ = NULL; } | DEFAULT expr { $$ = $2; } ;

type:
  T_NUMBER { $$ = TY_NUMBER; } | T_TEXT { $$ = TY_TEXT; } | T_DATE { $$ = TY_DATE; }
| T_BOOL { $$ = TY_BOOL; } | T_LIST { $$ = TY_LIST; }
;

round_spec: NUM mode                    { $$ = build_rounding(p, $1, $2, @$); } ;
mode:
  %empty { $$ = NUM_HALF_UP; } | HALF_UP { $$ = NUM_HALF_UP; }
| DOWN { $$ = NUM_DOWN; } | HALF_EVEN { $$ = NUM_HALF_EVEN; }
;

/* grades = '{' name ':' arith { SEP name ':' arith } '}' */
grade_list: seps { $$ = build_list(p); } | seps grade_seq { $$ = $2; } ;
grade_seq:
  grade_entry                           { $$ = build_push(p, build_list(p), $1); }
| grade_seq SEP                         { $$ = $1; }
| grade_seq SEP grade_entry             { $$ = build_push(p, $1, $3); }
;
grade_entry: decl_name[n] ':' arith     { $$ = build_points(p, $n, @n, $arith, NULL, NULL); } ;

/* func name '(' params ')' '=' expr */
func: FUNC name '(' params ')' '=' expr { $$ = build_func(p, $name, @name, $params, $expr); parse_mark(p, @3, PARSE_CALL); } ;
params: %empty { $$ = build_list(p); } | params1 { $$ = $1; } ;
params1:
  param                                 { $$ = build_push(p, build_list(p), $1); }
| params1 ',' param                     { $$ = build_push(p, $1, $3); }
;
param:
  name                                  { $$ = build_param(p, $1, @1, TY_NUMBER); }
| name ':' type                         { $$ = build_param(p, $1, @1, $3); }
;

lib: seps { $$ = build_list(p); } | seps lib_seq { $$ = $2; } ;
lib_seq:
  lib_item                              { $$ = build_list(p); }
| lib_seq SEP                           { $$ = $1; }
| lib_seq SEP lib_item                  { $$ = $1; }
;
lib_item: func | levels ;

/* Indicator clauses. */
clauses: seps { $$ = build_list(p); } | seps clause_seq { $$ = $2; } ;
clause_seq:
  clause                                { $$ = build_push(p, build_list(p), $1); }
| clause_seq SEP                        { $$ = $1; }
| clause_seq SEP clause                 { $$ = build_push(p, $1, $3); }
;
clause:
  WEIGHT arith                          { $$ = build_clause(p, CL_WEIGHT, @$); $$->expr = $2; }
| TARGET target                         { $$ = build_clause(p, CL_TARGET, @$); $$->target = $2; }
| ACTUAL expr                           { $$ = build_clause(p, CL_ACTUAL, @$); $$->expr = $2; }
| SCORE rule                            { $$ = build_clause(p, CL_SCORE, @$); $$->rule = $2; }
| UNIT STRING                           { $$ = build_clause(p, CL_UNIT, @$); $$->expr = $2; }
| NOTE STRING                           { $$ = build_clause(p, CL_NOTE, @$); $$->expr = $2; }
| ROUND round_spec                      { $$ = build_clause(p, CL_ROUND, @$); $$->round = $2; }
| INAPPLICABLE                          { $$ = build_clause(p, CL_INAPPLICABLE, @$); }
| error                                 { $$ = NULL; }
;

/* target = cmpop arith | arith | 'between' arith 'and' arith | 'by' arith */
target:
  cmpop arith                           { $$ = build_target(p, $1, $2, NULL, @$); }
| cmpop arith name[u]                   { $$ = build_target(p, $1, $2, NULL, @$); build_target_unit(p, &$$, $u, @u); }
| arith SUFFIX                          { $$ = build_target(p, $2, $1, NULL, @$); }
| arith name[u] SUFFIX                  { $$ = build_target(p, $3, $1, NULL, @$); build_target_unit(p, &$$, $u, @u); }
| arith                                 { $$ = build_target_bare(p, $1, @$); }
| arith name[u]                         { $$ = build_target_bare(p, $1, @$); build_target_unit(p, &$$, $u, @u); }
| DEADLINE                              { $$ = build_target(p, OP_LE, $1, NULL, @$); $$.op = TG_BY; }
| BETWEEN arith AND arith                { $$ = build_target(p, OP_AND, $2, $4, @$); }
| BY arith                              { $$ = build_target(p, OP_LE, $2, NULL, @$); $$.op = TG_BY; }
;

cmpop:
  GE { $$ = OP_GE; } | LE { $$ = OP_LE; } | '>' { $$ = OP_GT; } | '<' { $$ = OP_LT; }
| '=' { $$ = OP_EQ; } | EQEQ { $$ = OP_EQ; } | NE { $$ = OP_NE; }
;

/* The scoring rules of the standard library, or any expression. */
rule:
  PROPORTIONAL                          { $$ = build_rule(p, RULE_PROPORTIONAL, @$); }
| MET                                   { $$ = build_rule(p, RULE_MET, @$); }
| BANDS '{' bands '}'                   { $$ = build_rule(p, RULE_BANDS, @1); $$->entries = *$3; }
| INTERPOLATE arith[a] DOTDOT arith[b]  { $$ = build_rule(p, RULE_INTERPOLATE, @$); $$->a = $a; $$->b = $b; }
| DEDUCT arith[x] PER arith[y] deduct_ref[r] cap_opt[c]
                                        { $$ = build_deduct(p, $x, $y, $r, $c, @$); }
| CHECKLIST '{' points '}'              { $$ = build_rule(p, RULE_CHECKLIST, @1); $$->entries = *$3; }
| GRADE '{' points '}'                  { $$ = build_rule(p, RULE_GRADE, @1); $$->entries = *$3; }
| GRADE                                 { $$ = build_grade_levels(p, NULL, @$, @$); }
| GRADE decl_name[n]                    { $$ = build_grade_levels(p, $n, @n, @$); }
| BONUS arith[x] PLUS arith[y] per_opt[s] cap_opt[c]
                                        { $$ = build_rule(p, RULE_BONUS, @$); $$->a = $x; $$->b = $y; $$->c = $s; $$->d = $c; }
| JUDGED                                { $$ = build_rule(p, RULE_JUDGED, @$); }
| JUDGED arith[a] DOTDOT arith[b]       { $$ = build_rule(p, RULE_JUDGED, @$); $$->a = $a; $$->b = $b; }
| expr                                  { $$ = build_rule(p, RULE_EXPR, @$); $$->expr = $1; }
;

deduct_ref:
  %empty                                { $$ = (struct deduct_ref){ DEDUCT_COUNT, NULL }; }
| ABOVE arith                           { $$ = (struct deduct_ref){ DEDUCT_ABOVE, $2 }; }
| BELOW arith                           { $$ = (struct deduct_ref){ DEDUCT_BELOW, $2 }; }
;
cap_opt: %empty { $$ = NULL; } | CAP arith { $$ = $2; } ;
per_opt: %empty { $$ = NULL; } | PER arith { $$ = $2; } ;

/* bands = '{' band { SEP band } '}'
 * band  = interval ':' expr | cmpop arith ':' expr | 'else' ':' expr */
bands: seps { $$ = build_list(p); } | seps band_seq { $$ = $2; } ;
band_seq:
  band                                  { $$ = build_push(p, build_list(p), $1); }
| band_seq SEP                          { $$ = $1; }
| band_seq SEP band                     { $$ = build_push(p, $1, $3); }
;
band:
  lbr[l] bound[lo] ',' bound[hi] rbr[r] ':' expr
                                        { $$ = build_band(p, $l, $lo, $hi, $r, $expr, @l, @r); }
| cmpop arith ':' expr                  { $$ = build_band_cmp(p, $cmpop, $arith, $expr, @cmpop, @arith); }
| NUM SUFFIX ':' expr                   { $$ = build_band_cmp(p, $SUFFIX, $NUM, $expr, @SUFFIX, @NUM); }
| ELSE ':' expr                         { $$ = build_band_else(p, $expr, @1); }
| error                                 { $$ = NULL; }
;
lbr: '[' { $$ = true; } | '(' { $$ = false; } ;
rbr: ']' { $$ = true; } | ')' { $$ = false; } ;
bound:
  arith                                 { $$ = (struct bound){ $1, true }; }
| INF                                   { $$ = (struct bound){ NULL, false }; }
| '-' INF                               { $$ = (struct bound){ NULL, false }; parse_mark(p, @1, PARSE_UNARY); }
;

/* points = '{' name ':' arith [ '..' arith ] [ string ] { SEP ... } '}' */
points: seps { $$ = build_list(p); } | seps points_seq { $$ = $2; } ;
points_seq:
  point                                 { $$ = build_push(p, build_list(p), $1); }
| points_seq SEP                        { $$ = $1; }
| points_seq SEP point                  { $$ = build_push(p, $1, $3); }
;
point:
  decl_name[n] ':' arith text_opt       { $$ = build_points(p, $n, @n, $arith, NULL, $text_opt); }
| decl_name[n] ':' arith[lo] DOTDOT[r] arith[hi] text_opt
                                        { $$ = build_points(p, $n, @n, $lo, $hi, $text_opt); parse_mark(p, @r, PARSE_RANGE); }
| decl_name[n] ':' '[' arith[lo] ',' arith[hi] rbr text_opt
                                        { $$ = build_points(p, $n, @n, $lo, $hi, $text_opt); $$->hi_open = !$rbr; }
| error                                 { $$ = NULL; }
;
text_opt: %empty { $$ = NULL; } | STRING ;

/* test = 'test' string '{' ( 'given' | 'expect' ) '{' entries '}' ... '}' */
test_body: seps { $$ = build_list(p); } | seps test_seq { $$ = $2; } ;
test_seq:
  test_clause                           { $$ = build_push(p, build_list(p), $1); }
| test_seq SEP                          { $$ = $1; }
| test_seq SEP test_clause              { $$ = build_push(p, $1, $3); }
;
test_clause:
  GIVEN '{' entries '}'                 { $$ = build_tag(p, $3, 0); }
| GIVEN STRING                          { $$ = build_given_file(p, $2, @2); }
| EXPECT '{' entries '}'                { $$ = build_tag(p, $3, 1); }
;
entries: seps { $$ = build_list(p); } | seps entry_seq { $$ = $2; } ;
entry_seq:
  entry                                 { $$ = build_push(p, build_list(p), $1); }
| entry_seq SEP                         { $$ = $1; }
| entry_seq SEP entry                   { $$ = build_push(p, $1, $3); }
;
entry:
  decl_name[n] ':' test_value            { $$ = build_entry(p, $n, @n, $test_value); }
| TOTAL ':' test_value                  { $$ = build_entry(p, "total", @1, $test_value); }
| GRADE ':' test_value                  { $$ = build_entry(p, "grade", @1, $test_value); }
| GRADES ':' test_value                 { $$ = build_entry(p, "grade", @1, $test_value); }
;
test_value:
  expr                                  { $$ = $1; }
| '[' values ']'                        { $$ = build_list_value(p, $values, @$); }
;
values: %empty { $$ = build_list(p); } | values1 ;
values1:
  arith                                 { $$ = build_push(p, build_list(p), $1); }
| values1 ',' arith                     { $$ = build_push(p, $1, $3); }
;

/* Expressions, lowest precedence first. */
expr:
  IF expr[c] THEN expr[t] ELSE expr[e]  { $$ = ast_if(p->prog, $c, $t, $e, @$); }
| disj
;
disj:
  disj[l] OR conj[r]                    { $$ = ast_binary(p->prog, OP_OR, $l, $r, @$); }
| conj
;
conj:
  conj[l] AND neg[r]                    { $$ = ast_binary(p->prog, OP_AND, $l, $r, @$); }
| neg
;
neg:
  NOT neg[x]                            { $$ = ast_unary(p->prog, OP_NOT, $x, @$); }
| cmp
;
cmp:
  arith[l] cmpop[o] arith[r]            { $$ = ast_binary(p->prog, $o, $l, $r, @$); }
| arith
;
arith:
  arith[l] '+' arith[r]                 { $$ = ast_binary(p->prog, OP_ADD, $l, $r, @$); }
| arith[l] '-' arith[r]                 { $$ = ast_binary(p->prog, OP_SUB, $l, $r, @$); }
| arith[l] '*' arith[r]                 { $$ = ast_binary(p->prog, OP_MUL, $l, $r, @$); }
| arith[l] '/' arith[r]                 { $$ = ast_binary(p->prog, OP_DIV, $l, $r, @$); }
| '-' arith[x] %prec UMINUS             { $$ = ast_unary(p->prog, OP_NEG, $x, @$); parse_mark(p, @1, PARSE_UNARY); }
| primary
;
primary:
  NUM | STRING | DATE
| TRUE                                  { $$ = ast_bool(p->prog, true, @$); }
| FALSE                                 { $$ = ast_bool(p->prog, false, @$); }
| name                                  { $$ = ast_name(p->prog, $1, @$); }
| ACTUAL                                { $$ = ast_self(p->prog, SELF_ACTUAL, @$); }
| TARGET                                { $$ = ast_self(p->prog, SELF_TARGET, @$); }
| WEIGHT                                { $$ = ast_self(p->prog, SELF_WEIGHT, @$); }
| '(' expr ')'                          { $$ = $2; }
| name '(' args ')'                     { $$ = ast_call(p->prog, $name, @name, *$args, @$); parse_mark(p, @2, PARSE_CALL); }
| ROUND '(' args ')'                    { $$ = ast_call(p->prog, "round", @1, *$args, @$); parse_mark(p, @2, PARSE_CALL); }
| CASES '{' cases '}'                   { $$ = build_cases(p, $cases, @$); }
;
args: %empty { $$ = build_list(p); } | args1 ;
args1:
  expr                                  { $$ = build_push(p, build_list(p), $1); }
| args1 ',' expr                        { $$ = build_push(p, $1, $3); }
;

/* cases = '{' expr ':' expr { SEP ... } [ SEP 'else' ':' expr ] '}' */
cases: seps { $$ = build_list(p); } | seps case_seq { $$ = $2; } ;
case_seq:
  case                                  { $$ = build_push(p, build_list(p), $1); }
| case_seq SEP                          { $$ = $1; }
| case_seq SEP case                     { $$ = build_push(p, $1, $3); }
;
case:
  expr[c] ':' expr[v]                   { $$ = build_case(p, $c, $v); }
| ELSE ':' expr[v]                      { $$ = build_case(p, NULL, $v); }
;

/* A name.  Words that are keywords only inside a rule or a setting (the
 * rounding modes, types, rule names, ...) may also name things, so that an
 * indicator may be called 截尾 or 达标; in expressions such a name is
 * written in backquotes. */
name: IDENT ;
decl_name:
  IDENT
| HALF_UP { $$ = parse_word(p, @1); } | DOWN { $$ = parse_word(p, @1); } | HALF_EVEN { $$ = parse_word(p, @1); }
| T_NUMBER { $$ = parse_word(p, @1); } | T_PERCENT { $$ = parse_word(p, @1); } | T_TEXT { $$ = parse_word(p, @1); }
| T_DATE { $$ = parse_word(p, @1); } | T_BOOL { $$ = parse_word(p, @1); } | T_LIST { $$ = parse_word(p, @1); }
| T_INTEGER { $$ = parse_word(p, @1); }
| PROPORTIONAL { $$ = parse_word(p, @1); } | MET { $$ = parse_word(p, @1); } | BANDS { $$ = parse_word(p, @1); }
| INTERPOLATE { $$ = parse_word(p, @1); } | DEDUCT { $$ = parse_word(p, @1); } | CHECKLIST { $$ = parse_word(p, @1); }
| BONUS { $$ = parse_word(p, @1); } | JUDGED { $$ = parse_word(p, @1); } | PER { $$ = parse_word(p, @1); } | ABOVE { $$ = parse_word(p, @1); }
| BELOW { $$ = parse_word(p, @1); } | CAP { $$ = parse_word(p, @1); } | PLUS { $$ = parse_word(p, @1); } | BY { $$ = parse_word(p, @1); }
| UNIT { $$ = parse_word(p, @1); } | NOTE { $$ = parse_word(p, @1); } | DEFAULT { $$ = parse_word(p, @1); }
| WEIGHT { $$ = parse_word(p, @1); } | TARGET { $$ = parse_word(p, @1); } | ACTUAL { $$ = parse_word(p, @1); }
| SCORE { $$ = parse_word(p, @1); } | BUDGET { $$ = parse_word(p, @1); } | LEVELS { $$ = parse_word(p, @1); }
| REQUIRE { $$ = parse_word(p, @1); } | REASON { $$ = parse_word(p, @1); } | INAPPLICABLE { $$ = parse_word(p, @1); }
| RESCALE { $$ = parse_word(p, @1); } | EXCLUDE { $$ = parse_word(p, @1); } | FORM { $$ = parse_word(p, @1); }
| SHARE { $$ = parse_word(p, @1); }
| STATED { $$ = parse_word(p, @1); } | MISSING { $$ = parse_word(p, @1); } | ZERO { $$ = parse_word(p, @1); }
| ERROR_KW { $$ = parse_word(p, @1); }
;

%%

/* Names of tokens in messages: the aliases above (keywords and operators
 * in quotes, as written), the words translated. */
static const char *token_name(yysymbol_kind_t sym)
{
	switch (sym) {
	case YYSYMBOL_YYEOF: return _("end of file");
	case YYSYMBOL_YYerror: case YYSYMBOL_YYUNDEF: return _("an invalid token");
	case YYSYMBOL_SEP: return _("end of line");
	case YYSYMBOL_NUM: return _("a number");
	case YYSYMBOL_STRING: return _("a string");
	case YYSYMBOL_DATE: return _("a date");
	case YYSYMBOL_DEADLINE: return _("a deadline");
	case YYSYMBOL_IDENT: return _("a name");
	default: return yysymbol_name(sym);
	}
}

/* How an expected token is named: a keyword in the template's language
 * ('分值' in a template that opens with 评分表), else token_name. */
static const char *expected_name(struct parser *p, yysymbol_kind_t sym)
{
	if (!p->chinese)
		return token_name(sym);
	for (int tok = TOK_RB_UNDEF + 1; tok <= YYMAXUTOK; tok++) {
		const char *word = YYTRANSLATE(tok) == sym ? parse_keyword(tok, true) : NULL;
		if (word) {
			snprintf(p->quoted, sizeof p->quoted, "'%s'", word);
			return p->quoted;
		}
	}
	return token_name(sym);
}

/* Whether token got, written at loc, is a keyword: a word (it begins with
 * a letter or a character past ASCII) that is no name, number or date. */
static bool is_keyword(const struct parser *p, yysymbol_kind_t got, const struct span *loc)
{
	if (got == YYSYMBOL_IDENT || got == YYSYMBOL_NUM || got == YYSYMBOL_STRING || got == YYSYMBOL_DATE ||
	    got == YYSYMBOL_DEADLINE || got == YYSYMBOL_YYEOF || loc->end <= loc->start)
		return false;
	unsigned char c = (unsigned char)p->src->text[loc->start];
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Whether a keyword at loc stands where a name would: right after a word
 * that declares one (group, indicator, input, let, func, levels), or
 * before a ':' (a test's given or expect, a level, a band's score). */
static bool used_as_name(const struct parser *p, const struct span *loc)
{
	int b = p->before_last;
	if (b == TOK_GROUP || b == TOK_INDICATOR || b == TOK_INPUT || b == TOK_LET || b == TOK_FUNC ||
	    b == TOK_LEVELS)
		return true;
	uint32_t i = loc->end;
	while (i < p->src->len && (p->src->text[i] == ' ' || p->src->text[i] == '\t'))
		i++;
	return i < p->src->len && (p->src->text[i] == ':' ||
				   (p->src->len - i >= 3 && !memcmp(p->src->text + i, "\xEF\xBC\x9A", 3))); /* ： */
}

/* Whether the text at loc is the token name quoted ('budget'). */
static bool same_text(const struct parser *p, const struct span *loc, const char *quoted)
{
	size_t n = strlen(quoted);
	return n >= 2 && loc->end - loc->start == n - 2 && !memcmp(p->src->text + loc->start, quoted + 1, n - 2);
}

/* The spelling of keyword tok in the template's language (weight, 分值),
 * for help that quotes code. */
static const char *kw(const struct parser *p, int tok)
{
	return parse_keyword(tok, p->chinese);
}

/* A name where keywords were expected (all[0..nall), the symbols the
 * parser could take): a keyword with a name or number glued to it (分值10)
 * or a keyword misspelt (权值, indicater) says so.  Returns whether it
 * added help.  The keywords are gathered only here, for an error shown. */
static bool hint_keyword(struct parser *p, const struct span *loc, const yysymbol_kind_t *all, int nall)
{
	int toks[YYNTOKENS];
	size_t ntoks = 0;
	for (int tok = TOK_RB_UNDEF + 1; tok <= YYMAXUTOK && ntoks < YYNTOKENS; tok++)
		for (int i = 0; i < nall; i++)
			if (YYTRANSLATE(tok) == all[i] && all[i] != YYSYMBOL_IDENT) {
				toks[ntoks++] = tok;
				break;
			}
	if (ntoks == 0 || p->diag->muted)
		return false;
	const char *s = p->src->text + loc->start;
	size_t len = loc->end - loc->start, klen = 0;
	int tok = parse_keyword_prefix(p, s, len, &klen);
	bool expected = false;
	for (size_t i = 0; i < ntoks && tok; i++)
		expected |= toks[i] == tok;
	if (expected && ((unsigned char)s[0] >= 0x80 || (s[klen] >= '0' && s[klen] <= '9'))) {
		diag_help(p->diag, "put a space between '%.*s' and '%.*s'", (int)klen, s, (int)(len - klen), s + klen);
		return true;
	}
	char name[256];
	if (len >= sizeof name)
		return false;
	memcpy(name, s, len);
	name[len] = '\0';
	const char *words[PARSE_KEYWORDS_MAX];
	size_t n = parse_keyword_words(toks, ntoks, words);
	return diag_suggest(p->diag, name, words, n);
}

/* "unexpected X; expected A, B or C": at most five expectations, with the
 * opener named when a closing bracket is missing. */
static int yyreport_syntax_error(const yypcontext_t *ctx, struct parser *p)
{
	if (p->stopped)
		return 0; /* the end of the text was made up at a limit */
	if (yypcontext_token(ctx) == YYSYMBOL_YYEOF && p->before_last == TOK_START_TEMPLATE) {
		diag_report(p->diag, p->src, *yypcontext_location(ctx), D_SYNTAX,
			    "the file holds no template (only blanks and comments, or nothing)");
		diag_help(p->diag, "a template starts with 'rubric \"TITLE\" {' (or '评分表 “标题” {')");
		return 0;
	}
	enum { MAX = 6 };
	yysymbol_kind_t expected[MAX];
	int n = yypcontext_expected_tokens(ctx, expected, MAX);
	yysymbol_kind_t got = yypcontext_token(ctx);
	const struct span *loc = yypcontext_location(ctx);
	char buf[512];
	size_t len = 0;
	if (got == YYSYMBOL_IDENT || got == YYSYMBOL_NUM || got == YYSYMBOL_STRING || got == YYSYMBOL_DATE) {
		/* "unexpected name '目标值'": the kind and the text */
		int n = (int)(loc->end - loc->start);
		if (n > 40)
			for (n = 40; n > 0 && (p->src->text[loc->start + n] & 0xC0) == 0x80; n--)
				; /* cut at a character boundary */
		const char *fmt = got == YYSYMBOL_IDENT ? _("unexpected name '%.*s'")
			: got == YYSYMBOL_NUM ? _("unexpected number '%.*s'")
			: got == YYSYMBOL_DATE ? _("unexpected date '%.*s'")
			: _("unexpected string %.*s");
		len += (size_t)snprintf(buf + len, sizeof buf - len, fmt, n, p->src->text + loc->start);
	} else if (is_keyword(p, got, loc) && !same_text(p, loc, yysymbol_name(got))) {
		/* a keyword as written (预算执行率), and which one it is */
		len += (size_t)snprintf(buf + len, sizeof buf - len, _("unexpected '%.*s' (the keyword %s)"),
					(int)(loc->end - loc->start), p->src->text + loc->start, yysymbol_name(got));
	} else {
		len += (size_t)snprintf(buf + len, sizeof buf - len, _("unexpected %s"), token_name(got));
	}
	bool name_expected = false; /* a keyword where a name could be: quote it */
	yysymbol_kind_t all[YYNTOKENS];
	int nall = yypcontext_expected_tokens(ctx, all, YYNTOKENS);
	for (int i = 0; i < nall; i++)
		name_expected |= all[i] == YYSYMBOL_IDENT;
	if (n > 0 && n < MAX && len < sizeof buf) {
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s", _("; expected "));
		for (int i = 0; i < n && len < sizeof buf; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
						i == 0 ? "" : i == n - 1 ? _(" or ") : _(", "),
						expected_name(p, expected[i]));
	}
	diag_report(p->diag, p->src, *loc, D_SYNTAX, "%s", buf);
	bool clause_ended = false; /* an end of line was one of the tokens expected */
	for (int i = 0; i < nall; i++)
		clause_ended |= all[i] == YYSYMBOL_SEP;
	/* a declaration that begins with a word that is no keyword
	 * (indicater): its block is skipped, its '}' no second error */
	if (got == YYSYMBOL_IDENT && (p->before_last == TOK_SEP || p->before_last == '{'))
		p->skip_block = true;
	bool keyword_hint = false;
	if (got == YYSYMBOL_IDENT && p->before_last == TOK_NUM && (p->third_last == TOK_WEIGHT || p->third_last == TOK_TOTAL))
		/* weight 10分: the points are understood */
	{
		int n = (int)(loc->start - p->before_last_start);
		while (n > 0 && p->src->text[p->before_last_start + n - 1] == ' ')
			n--;
		if (p->third_last == TOK_TOTAL)
			diag_help(p->diag, "the total is a number of points: write the number alone: %s %.*s",
				  kw(p, p->third_last), n, p->src->text + p->before_last_start);
		else
			diag_help(p->diag, "a weight is a number of points: write the number alone: %s %.*s",
				  kw(p, p->third_last), n, p->src->text + p->before_last_start);
	}
	else if (got == YYSYMBOL_IDENT && p->before_last == TOK_NUM && loc->start > 0 &&
		 (unsigned char)p->src->text[loc->start] >= 0x80 && /* 万元, not the e of 1e5 */
		 ((p->src->text[loc->start - 1] >= '0' && p->src->text[loc->start - 1] <= '9') ||
		  p->src->text[loc->start - 1] == '%'))
		/* ≤50万元: a number with its unit, as tables write it */
		diag_help(p->diag, "write the number alone, and its unit once, in the indicator: %s \"%.*s\"",
			  kw(p, TOK_UNIT), (int)(loc->end - loc->start), p->src->text + loc->start);
	else if (got == YYSYMBOL_IDENT && (keyword_hint = hint_keyword(p, loc, all, nall)))
		; /* 分值10, 权值 */
	else if (p->last == ',' && p->before_last == TOK_NUM && loc->start > 0 && loc->end + 3 <= p->src->len &&
		 p->src->text[loc->start - 1] >= '0' && p->src->text[loc->start - 1] <= '9' &&
		 strspn(p->src->text + loc->end, "0123456789") >= 3)
	{
		/* the number as written (1,234.5), and without its commas */
		const char *t = p->src->text;
		uint32_t e = p->before_last_start;
		while (e < p->src->len && ((t[e] >= '0' && t[e] <= '9') || t[e] == ',' || t[e] == '.'))
			e++;
		char plain[64];
		size_t n = 0;
		for (uint32_t i = p->before_last_start; i < e && n + 1 < sizeof plain; i++)
			if (t[i] != ',')
				plain[n++] = t[i];
		if (e - p->before_last_start < sizeof plain)
			diag_help(p->diag, "a number is written without thousands separators: %.*s, not %.*s", (int)n, plain,
				  (int)(e - p->before_last_start), t + p->before_last_start);
		else
			diag_help(p->diag, "a number is written without thousands separators: 2000, not 2,000");
	}
	else if (p->last == ',' && p->nopens > 0 && p->nopens <= PARSE_MAX_OPEN &&
		 p->src->text[p->opens[p->nopens - 1].start] == '{') /* in a block, not in brackets */
		diag_help(p->diag, "clauses are separated by ';' or a new line, not ','");
	else if (p->last == ':' && (p->before_last == TOK_TARGET || p->before_last == TOK_SCORE ||
				p->before_last == TOK_WEIGHT || p->before_last == TOK_ACTUAL ||
				p->before_last == TOK_UNIT || p->before_last == TOK_NOTE || p->before_last == TOK_ROUND))
		diag_help(p->diag, "a clause is its keyword and its value, with no ':' between: %s >= 95%%",
			  kw(p, TOK_TARGET));
	else if (clause_ended && (got == YYSYMBOL_SCORE || got == YYSYMBOL_TARGET || got == YYSYMBOL_WEIGHT ||
				  got == YYSYMBOL_ACTUAL || got == YYSYMBOL_UNIT || got == YYSYMBOL_NOTE ||
				  got == YYSYMBOL_ROUND))
		diag_help(p->diag, "a ';' or a new line is missing before '%.*s'", (int)(loc->end - loc->start),
			  p->src->text + loc->start);
	else if (got == YYSYMBOL_STRING && (p->before_last == TOK_INDICATOR || p->before_last == TOK_GROUP))
		diag_help(p->diag, "a name is written without quotes, or, with punctuation or spaces in it, in 「」 "
				   "or backquotes: 「%.*s」", (int)(loc->end - loc->start) - 2, p->src->text + loc->start + 1);
	else if (p->last == '-' && p->before_last == TOK_NUM && p->third_last != TOK_NUM)
		diag_help(p->diag, "a band is an interval, [90%%, 100%%]: 10 (or (80%%, 90%%) without its ends), "
				   "or a comparison, >= 90%%: 10");
	if (!keyword_hint && p->before_last == TOK_IDENT && (p->third_last == TOK_INDICATOR || p->third_last == TOK_GROUP) &&
	    got != YYSYMBOL_YYerror && got != YYSYMBOL_YYUNDEF && got != YYSYMBOL_YYEOF && got != YYSYMBOL_SEP)
		parse_hint_quote_name(p, p->before_last_start);
	if (name_expected && is_keyword(p, got, loc) && used_as_name(p, loc))
		diag_help(p->diag, "'%.*s' is a keyword: to use it as a name, write it in backquotes: `%.*s`",
			  (int)(loc->end - loc->start), p->src->text + loc->start, (int)(loc->end - loc->start),
			  p->src->text + loc->start);
	build_hint_unclosed(p, got == YYSYMBOL_YYEOF || got == YYSYMBOL_GROUP || got == YYSYMBOL_INDICATOR);
	return 0;
}

/* After `indicator NAME` comes what cannot follow a name (指标1：全县参合
 * 人数): the name as written, from at to its weight or its '{' on the
 * line, is one that needs quoting. */
void parse_hint_quote_name(struct parser *p, uint32_t at)
{
	const char *s = p->src->text + at, *end = p->src->text + p->src->len;
	size_t n = 0;
	while (s + n < end && s[n] != '\n' && s[n] != '{' && n < 400) {
		static const char *const stops[] = { " weight ", " 分值 ", " 权重 " };
		bool stop = false;
		for (size_t k = 0; k < sizeof stops / sizeof *stops && !stop; k++)
			stop = (size_t)(end - s) - n >= strlen(stops[k]) && !memcmp(s + n, stops[k], strlen(stops[k]));
		if (stop)
			break;
		n++;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	bool bom = false; /* an invisible U+FEFF is to be deleted, not quoted */
	for (size_t i = 0; i + 3 <= n && !bom; i++)
		bom = !memcmp(s + i, "\xEF\xBB\xBF", 3);
	if (n == 0 || n >= 400 || bom || memchr(s, '`', n) || memchr(s, '"', n))
		return;
	diag_help(p->diag, "a name with punctuation or spaces in it is written in 「」 or in backquotes: 「%.*s」 or `%.*s`",
		  (int)n, s, (int)n, s);
}

/* Called by bison only when its stack overflows: a long chain of unary
 * operators (- - - 1, not not ...), since brackets stop at
 * PARSE_MAX_NESTING. */
static void rb_error(const struct span *loc, struct parser *p, const char *msg)
{
	(void)msg; /* bison's "memory exhausted" */
	if (!p->stopped)
		diag_report(p->diag, p->src, *loc, D_TOO_DEEP, "this expression is nested too deeply to read");
	p->stopped = true;
}
