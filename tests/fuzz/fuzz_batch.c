/* fuzz_batch.c - many units from one stream, as `rubric eval FILE UNITS`.
 *
 * The readers of cli/batch.c are compiled in whole (they are the command
 * line's, not the library's): CSV through libcsv, NDJSON, JSON arrays and
 * sequences, UTF-8 with or without a byte order mark and GB18030 through
 * iconv, the header's binding and every cell's setter.  The input is one
 * byte of options, then the units:
 *
 *   bits 0-1  the input: auto (by the first byte), csv, ndjson, json
 *   bits 2-3  the encoding: auto, utf-8, gb18030 (3: auto)
 *   bits 4-5  the output: text, csv, ndjson; 3: csv with --rank, or
 *             with bit 6 the HTML report (the 汇总, then each unit's form)
 *   bit 6     --verify (not with the HTML report)
 *   bit 7     --max-errors 2
 *
 * scored with a template that has an input of every type, a checklist, a
 * grade with a ranged level, a judged row and a computed actual, and
 * summed up (--summary) at the end.
 * Oracles: no crash, leak, hang or undefined behaviour; an exit status of
 * 0 or 1 (2 would be out of memory or a write that failed, which cannot
 * happen here); and, when the input's size is odd, the same stream read
 * again on three threads (-j 3) gives the same output byte for byte. */
#include "../../cli/batch.c"

#include "fuzz.h"

static const char template_text[] =
	"rubric \"批量\" {\n"
	"    round 2\n"
	"    input 预算资金: number unit \"万元\"\n"
	"    input 实际到位资金: number unit \"万元\"\n"
	"    input 完成日期: date\n"
	"    input 已验收: bool\n"
	"    input 人数: integer\n"
	"    group 投入 {\n"
	"        indicator 资金到位率 weight 10 {\n"
	"            actual 实际到位资金 / 预算资金\n"
	"            target >= 100%\n"
	"            score proportional\n"
	"        }\n"
	"        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }\n"
	"        indicator 及时性 weight 4 { score if 已验收 and 完成日期 <= 2023-12-31 then 4 else 0 }\n"
	"    }\n"
	"    group 效果 {\n"
	"        indicator 满意度 weight 10 { target >= 90%; score proportional }\n"
	"        indicator 质量 weight 5 { score grade { 优: 5; 良: 3..4; 差: 0 } }\n"
	"        indicator 社会效益 weight 4 { score judged }\n"
	"        indicator 覆盖 weight 1 { score min(人数 / 100, 1) }\n"
	"    }\n"
	"}\n";

static rubric_template *template;

/* -o and --summary=FILE are not fuzzed: the output is a stream here. */
int cli_write_atomically(const char *path, int (*write)(FILE *f, void *arg), void *arg)
{
	(void)path;
	(void)write;
	(void)arg;
	abort();
}

/* The counters of RUBRIC_STATS are the command line's: not kept here. */
void cli_count_thread(unsigned long long work, unsigned long long bytes)
{
	(void)work;
	(void)bytes;
}

/* xlsx.c reads its workbook back with it: workbooks are not fuzzed here
 * (tests/run-reports reads them back). */
char *cli_read_file(const char *path, size_t *len)
{
	(void)path;
	(void)len;
	abort();
}

int cli_write_bytes(const char *path, const char *s, size_t len)
{
	(void)path;
	(void)s;
	(void)len;
	abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (rubric_template_compile(&template, "t.rubric", template_text, sizeof template_text - 1, NULL) !=
	    RUBRIC_OK)
		abort();
	return 0;
}

/* Scores the units in data[0..size) into a fresh buffer; returns the exit
 * status and the output in *out (malloc'd, *len bytes). */
static int score(const struct batch_options *o, const uint8_t *data, size_t size, char **out, size_t *len)
{
	FILE *in = fmemopen((void *)data, size, "rb");
	FILE *f = open_memstream(out, len);
	FUZZ_ASSERT(in && f);
	int status = batch_eval_stream(template, o, "units", in, f, fuzz_sink());
	FUZZ_ASSERT(fclose(f) == 0);
	fclose(in);
	return status;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!template && LLVMFuzzerInitialize(NULL, NULL) != 0)
		return 0;
	if (size < 2) /* fmemopen wants at least a byte of units */
		return 0;
	static const enum batch_input inputs[] = { BATCH_IN_AUTO, BATCH_IN_CSV, BATCH_IN_NDJSON, BATCH_IN_JSON };
	static const enum batch_encoding encodings[] = { BATCH_ENC_AUTO, BATCH_ENC_UTF8, BATCH_ENC_GB18030,
							 BATCH_ENC_AUTO };
	static const enum batch_format formats[] = { BATCH_TEXT, BATCH_CSV, BATCH_NDJSON, BATCH_CSV };
	const char *ids[] = { "联系人" };
	struct batch_options o = {
		.input = inputs[data[0] & 3],
		.encoding = encodings[(data[0] >> 2) & 3],
		.format = (data[0] & 0x70) == 0x70 ? BATCH_HTML : formats[(data[0] >> 4) & 3],
		.ids = ids,
		.nids = 1,
		.verify = (data[0] & 0x70) != 0x70 && (data[0] >> 6) & 1,
		.max_errors = (data[0] >> 7) ? 2 : 0,
		.summary = true,
		.rank = (data[0] & 0x70) == 0x30,
	};
	char *first = NULL, *again = NULL;
	size_t n1 = 0, n2 = 0;
	/* once on one thread and, for an input of odd size (threads cost
	 * time), once more on three: the same bytes (-j changes nothing but
	 * the speed) */
	o.jobs = 1;
	int s1 = score(&o, data + 1, size - 1, &first, &n1);
	FUZZ_ASSERT(s1 == EXIT_OK || s1 == EXIT_INPUT);
	if (size & 1) {
		o.jobs = 3;
		int s2 = score(&o, data + 1, size - 1, &again, &n2);
		FUZZ_ASSERT(s1 == s2 && n1 == n2 && (n1 == 0 || memcmp(first, again, n1) == 0));
	}
	free(first);
	free(again);
	return 0;
}
