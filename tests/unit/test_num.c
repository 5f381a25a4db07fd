/* test_num.c - cmocka unit tests for interp/num.c.
 *
 * Each test owns the rationals it creates and clears them before returning;
 * expected values are written as decimal literals read through num_parse,
 * so no comparison ever goes through binary floating point.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "num.h"

/* Sets q from a literal that the test knows to be valid. */
static void set(mpq_t q, const char *s)
{
	assert_true(num_parse(q, s, strlen(s), NULL));
}

/* Asserts that q equals the literal s exactly. */
static void assert_q(const mpq_t q, const char *s)
{
	mpq_t want;

	mpq_init(want);
	set(want, s);
	if (!mpq_equal(q, want)) {
		gmp_fprintf(stderr, "got %Qd, want %s\n", q, s);
		fail();
	}
	mpq_clear(want);
}

/* Asserts num_format's text, returned length and exact flag. */
static void assert_format(const mpq_t q, int max_frac, bool percent,
			  const char *want, bool want_exact)
{
	char buf[64];
	bool exact = !want_exact;
	size_t n = num_format(buf, sizeof buf, q, max_frac, percent, &exact);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
	assert_int_equal(exact, want_exact);
}

/* Asserts num_round(src, digits, mode) prints as want. */
static void assert_round(const char *src, int digits, enum num_mode mode,
			 const char *want)
{
	mpq_t q;

	mpq_init(q);
	set(q, src);
	num_round(q, q, digits, mode); /* dst aliases src on purpose */
	assert_q(q, want);
	mpq_clear(q);
}

static void test_exact_sum(void **state)
{
	mpq_t a, b;

	(void)state;
	mpq_inits(a, b, NULL);
	set(a, "0.1");
	set(b, "0.2");
	mpq_add(a, a, b);
	assert_q(a, "0.3");
	mpq_clears(a, b, NULL);
}

static void test_ratio_vs_percent(void **state)
{
	mpq_t r, target;
	bool pct = false;

	(void)state;
	mpq_inits(r, target, NULL);
	mpq_set_ui(r, 19, 20);
	assert_true(num_parse(target, "95%", 3, &pct));
	assert_true(pct);
	assert_true(mpq_cmp(r, target) >= 0);
	mpq_clears(r, target, NULL);
}

static void test_score_chain(void **state)
{
	mpq_t q, four;
	char buf[32];

	(void)state;
	mpq_inits(q, four, NULL);
	mpq_set_ui(q, 962, 2000);
	mpq_canonicalize(q); /* GMP wants canonical operands */
	mpq_set_ui(four, 4, 1);
	mpq_mul(q, q, four);
	assert_q(q, "1.924");
	num_round(q, q, 2, NUM_HALF_UP);
	num_format(buf, sizeof buf, q, 10, false, NULL);
	assert_string_equal(buf, "1.92");

	mpq_set_ui(q, 70, 90);
	mpq_canonicalize(q);
	mpq_set_ui(four, 10, 1);
	mpq_mul(q, q, four);
	num_round(four, q, 1, NUM_DOWN);
	assert_q(four, "7.7");
	num_round(four, q, 1, NUM_HALF_UP);
	assert_q(four, "7.8");
	mpq_clears(q, four, NULL);
}

static void test_round_modes(void **state)
{
	(void)state;
	assert_round("2.345", 2, NUM_HALF_UP, "2.35");
	assert_round("-2.345", 2, NUM_HALF_UP, "-2.35");
	assert_round("2.345", 2, NUM_DOWN, "2.34");
	assert_round("-2.345", 2, NUM_DOWN, "-2.34");
	assert_round("2.345", 2, NUM_HALF_EVEN, "2.34");
	assert_round("-2.345", 2, NUM_HALF_EVEN, "-2.34");
	assert_round("0.125", 2, NUM_HALF_EVEN, "0.12");
	assert_round("0.135", 2, NUM_HALF_EVEN, "0.14");
	assert_round("-0.135", 2, NUM_HALF_EVEN, "-0.14");
	assert_round("1.005", 2, NUM_HALF_UP, "1.01");
	assert_round("7.78", 1, NUM_DOWN, "7.7");
	assert_round("-7.78", 1, NUM_DOWN, "-7.7");
	assert_round("2.5", 0, NUM_HALF_EVEN, "2");
	assert_round("3.5", 0, NUM_HALF_EVEN, "4");
	assert_round("-0.4", 0, NUM_HALF_UP, "0");
	assert_round("2", 30, NUM_HALF_UP, "2");
}

static void test_parse_accepts(void **state)
{
	mpq_t q;
	bool pct = true;

	(void)state;
	mpq_init(q);
	assert_true(num_parse(q, "161.37%", 7, &pct));
	assert_true(pct);
	assert_q(q, "1.6137");
	assert_true(num_parse(q, "-0.5", 4, &pct));
	assert_false(pct);
	assert_q(q, "-0.5");
	assert_true(num_parse(q, " 3 ", 3, &pct));
	assert_q(q, "3");
	assert_true(num_parse(q, "+12", 3, NULL));
	assert_q(q, "12");
	/* 95 followed by U+FF05 FULLWIDTH PERCENT SIGN */
	assert_true(num_parse(q, "95\xEF\xBC\x85", 5, &pct));
	assert_true(pct);
	assert_q(q, "0.95");
	/* the length bounds the input: "12" out of "123" */
	assert_true(num_parse(q, "123", 2, NULL));
	assert_q(q, "12");
	mpq_clear(q);
}

static void test_parse_rejects(void **state)
{
	static const char *const bad[] = {
		"", "1.", ".5", "1e3", "1,000", "--1", "%", "1%%", " ", "-",
		"1 2", "1.5.", "%5", "- 1", "95\xEF\xBC", "1\t", "0x10",
	};
	mpq_t q;

	(void)state;
	mpq_init(q);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (num_parse(q, bad[i], strlen(bad[i]), NULL)) {
			fprintf(stderr, "accepted \"%s\"\n", bad[i]);
			fail();
		}
	}
	mpq_clear(q);
}

/* num_parse_word and num_const give what num_parse gives, in lowest
 * terms, over the caller's limbs, for literals of up to 18 digits; longer
 * ones and non-literals are declined, and nothing is touched. */
static void test_parse_const(void **state)
{
	static const char *const good[] = {
		"0", "0%", "-0", "100%", "95%", "161.37%", "0.5", "-0.25", "2.50",
		"12.000", " 7 ", "95\xEF\xBC\x85", "999999999999999999",
		"0.00000000000000001", "99999999.9999999999%",
	};
	mpq_t want, q;
	mp_limb_t word[2];
	bool neg, pct, want_pct;

	(void)state;
	mpq_init(want);
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		const char *s = good[i];
		assert_true(num_parse(want, s, strlen(s), &want_pct));
		if (!num_parse_word(word, &neg, s, strlen(s), &pct)) {
			fprintf(stderr, "declined \"%s\"\n", s);
			fail();
		}
		num_const(q, word, neg);
		assert_true(mpq_equal(q, want));
		assert_int_equal(pct, want_pct);
		/* in lowest terms, as mpq_canonicalize leaves it */
		assert_int_equal(mpz_cmp(mpq_numref(q), mpq_numref(want)), 0);
		assert_int_equal(mpz_cmp(mpq_denref(q), mpq_denref(want)), 0);
	}
	/* 19 digits: a GMP number (num_parse); not a literal: nothing */
	word[0] = word[1] = 7;
	neg = pct = true;
	assert_false(num_parse_word(word, &neg, "1000000000000000000", 19, &pct));
	assert_false(num_parse_word(word, &neg, "0.000000000000000001", 20, &pct));
	assert_false(num_parse_word(word, &neg, "1.", 2, &pct));
	assert_false(num_parse_word(word, &neg, "", 0, &pct));
	assert_true(word[0] == 7 && word[1] == 7 && neg && pct);
	mpq_clear(want);
}

static void test_parse_digit_limit(void **state)
{
	static char s[4098];
	mpq_t q;
	mpz_t want;

	(void)state;
	mpq_init(q);
	mpz_init(want);
	memset(s, '9', 4096);
	assert_true(num_parse(q, s, 4096, NULL));
	mpz_ui_pow_ui(want, 10, 4096);
	mpz_sub_ui(want, want, 1);
	assert_int_equal(mpz_cmp(mpq_numref(q), want), 0);
	mpz_clear(want);
	s[4096] = '9';
	assert_false(num_parse(q, s, 4097, NULL));
	mpq_clear(q);
}

static void test_format(void **state)
{
	mpq_t q;

	(void)state;
	mpq_init(q);
	set(q, "93.92");
	assert_format(q, 4, false, "93.92", true);
	set(q, "3");
	assert_format(q, 4, false, "3", true);
	mpq_set_ui(q, 1, 3);
	assert_format(q, 4, false, "0.3333", false);
	mpq_set_ui(q, 2, 3);
	assert_format(q, 2, false, "0.67", false);
	set(q, "-0.0001");
	assert_format(q, 2, false, "0", false);
	set(q, "-0.5");
	assert_format(q, 4, false, "-0.5", true);
	set(q, "1.2996");
	assert_format(q, 2, false, "1.3", false);
	set(q, "0.05");
	assert_format(q, 4, false, "0.05", true);
	mpq_set_ui(q, 9, 10);
	assert_format(q, 2, true, "90%", true);
	mpq_set_ui(q, 16137, 10000);
	assert_format(q, 2, true, "161.37%", true);
	assert_format(q, 1, true, "161.4%", false);
	mpq_clear(q);
}

static void test_format_truncates(void **state)
{
	mpq_t q;
	char buf[4];

	(void)state;
	mpq_init(q);
	set(q, "-93.92");
	assert_int_equal(num_format(buf, sizeof buf, q, 4, false, NULL), 6);
	assert_string_equal(buf, "-93");
	assert_int_equal(num_format(NULL, 0, q, 4, false, NULL), 6);
	mpq_clear(q);
}

static void test_format_fixed(void **state)
{
	mpq_t q;
	char buf[32];

	(void)state;
	mpq_init(q);
	mpq_set_ui(q, 2, 1);
	assert_int_equal(num_format_fixed(buf, sizeof buf, q, 2), 4);
	assert_string_equal(buf, "2.00");
	set(q, "93.92");
	num_format_fixed(buf, sizeof buf, q, 2);
	assert_string_equal(buf, "93.92");
	set(q, "0.005");
	num_format_fixed(buf, sizeof buf, q, 2);
	assert_string_equal(buf, "0.01");
	set(q, "-0.001");
	num_format_fixed(buf, sizeof buf, q, 2);
	assert_string_equal(buf, "0.00");
	set(q, "1.5");
	num_format_fixed(buf, sizeof buf, q, 0);
	assert_string_equal(buf, "2");
	mpq_clear(q);
}

static void test_from_double(void **state)
{
	mpq_t q;

	(void)state;
	mpq_init(q);
	assert_true(num_from_double(q, 0.1));
	assert_int_equal(mpz_get_ui(mpq_numref(q)), 1);
	assert_int_equal(mpz_get_ui(mpq_denref(q)), 10);
	assert_true(num_from_double(q, 161.37));
	assert_q(q, "161.37");
	assert_true(num_from_double(q, 1e-7));
	assert_q(q, "0.0000001");
	assert_true(num_from_double(q, 1.5e20));
	assert_q(q, "150000000000000000000");
	assert_true(num_from_double(q, -2.5));
	assert_q(q, "-2.5");
	assert_true(num_from_double(q, -0.0));
	assert_q(q, "0");
	assert_false(num_from_double(q, NAN));
	assert_false(num_from_double(q, INFINITY));
	assert_false(num_from_double(q, -INFINITY));
	mpq_clear(q);
}

static void test_floor_ceil(void **state)
{
	mpq_t q, r;

	(void)state;
	mpq_inits(q, r, NULL);
	set(q, "-1.5");
	num_floor(r, q);
	assert_q(r, "-2");
	num_ceil(r, q);
	assert_q(r, "-1");
	set(q, "1.5");
	num_floor(r, q);
	assert_q(r, "1");
	num_ceil(q, q); /* aliasing */
	assert_q(q, "2");
	set(q, "2");
	num_floor(r, q);
	assert_q(r, "2");
	num_ceil(r, q);
	assert_q(r, "2");
	mpq_clears(q, r, NULL);
}

static void test_mode_names(void **state)
{
	(void)state;
	assert_string_equal(num_mode_name(NUM_HALF_UP), "half_up");
	assert_string_equal(num_mode_name(NUM_DOWN), "down");
	assert_string_equal(num_mode_name(NUM_HALF_EVEN), "half_even");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_sum),
		cmocka_unit_test(test_ratio_vs_percent),
		cmocka_unit_test(test_score_chain),
		cmocka_unit_test(test_round_modes),
		cmocka_unit_test(test_parse_accepts),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_parse_const),
		cmocka_unit_test(test_parse_digit_limit),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_format_truncates),
		cmocka_unit_test(test_format_fixed),
		cmocka_unit_test(test_from_double),
		cmocka_unit_test(test_floor_ceil),
		cmocka_unit_test(test_mode_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
