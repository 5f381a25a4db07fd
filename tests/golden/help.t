# --help prints the commands and every option on standard output
--- args
--help
--- stdout
rubric - check and score performance-evaluation templates (绩效评价评分表)

Commands:
  check FILE...          parse and check templates; report every problem
  eval FILE DATA.json    score one unit's data and print the filled-in table
  eval FILE UNITS        score many units: CSV, NDJSON, a JSON array, - (stdin)
  test FILE...           run the templates' test blocks; 'N passed, N failed'
  fmt FILE...            print templates in the canonical layout
  explain FILE DATA.json how each score came about, step by step (计分说明)
  schema FILE            the blank form of a template's data, to fill in
  diff OLD NEW DATA...   which units' scores and grades a template change moves

Options of check and test:
  --diagnostics FORMAT   text (default), json (one JSON document) or sarif
                         (SARIF 2.1.0, for code scanning); check writes json and
                         sarif to standard output, the other commands to stderr
  --werror               treat warnings as errors
  --allow CODE,...       do not report these warnings (W201,W203); one place
                         is allowed in the template by a comment on its line
                         or the line before: # rubric: allow W203 reason
  --deny CODE,...        report these warnings as errors

Options of eval:
  -f, --format FORMAT    text (default): the aligned table; json: an object with
                         title, total, max, grade, indicators and groups; xlsx:
                         a workbook shaped like the paper form; html: the same
                         form as one self-contained page; md: as Markdown
                         (docs/reports.md)
  -o, --output OUT       write to OUT (atomically: all or nothing); a name ending
                         in .xlsx, .html or .md writes that, unless -f says
                         otherwise; a directory (DIR/) a workbook per unit
  --explain              with a report: a last column with each row's 计分说明
  --form self|score      the report's form: self, the 项目支出绩效自评表 (the
                         default with a budget row); score, the 评价得分表
  --verify               audit the published scores the data carries ("published"
                         of each row, "$published" total and grade): list every
                         one the rules do not give; exit 1 if there is any
  --emit-test            write a test block for the template instead: the
                         unit's values given, its published scores (else the
                         computed ones) expected
  --strict               with --verify: judged and overridden rows count as
                         findings too
  --diagnostics FORMAT   how errors are written, as for check (on stderr)

Options of eval with many units:
  -f, --format FORMAT    text (default): the tables one after another; csv: one
                         row per unit (identity, every score, total, grade,
                         errors); ndjson: one JSON object per unit and line;
                         html, md, xlsx: one report, the 汇总 then each unit's
                         form
  --input KIND           csv, ndjson or json (default: by the file's name, or
                         its first byte: '[' json, '{' objects, else csv)
  --encoding ENC         auto (default: UTF-8, or GB18030 when the file is not
                         UTF-8, which is said), utf-8 or gb18030
  --id COLUMN            a CSV column carried into the output as the unit's
                         identity (项目编号, 项目名称, 单位名称... are already)
  --max-errors N         stop after N units that fail (0, the default: never)
  -j, --jobs N           score on N threads (default: one per core); the
                         output is the same, in the same order, for any N
  --bom                  with -f csv: start with a UTF-8 byte order mark, by
                         which Excel opens the file as UTF-8, not as GBK
  --form self|score      with -f csv: the form's table instead, a line per row
                         of each unit (identity, groups, indicator, target,
                         actual, weight, score, remark; --explain adds the
                         计分说明), then 总分 and the grade
  --rank                 with -f csv: a last column with each unit's rank by
                         total (equal totals share a rank: 1, 2, 2, 4)
  --summary[=FILE]       then write the 汇总 (to stderr, or to FILE): units
                         scored and failed, grades, mean, median, least and
                         greatest total, each item's mean and full-marks share
  A unit with errors is reported (file, row, column) and the others are scored;
  the run then exits 1.

Options of test:
  --junit OUT.xml        also write the results as JUnit XML

Options of fmt:
  --check                print nothing; name the files that are not formatted
  --diff                 print what formatting would change, as a unified diff
  --write                rewrite the files in place (atomically)
  --keywords en|zh       also write every keyword in English or in Chinese

Options of schema:
  -f, --format FORMAT    json (default): a unit's data with every value empty,
                         and under "$form" each one's type, unit, target,
                         levels or items; csv: the header row of a CSV file of
                         units, to fill in one row per unit; xlsx: that sheet,
                         with each column's format and checks (a list of the
                         levels), and the instructions
  -o, --output OUT       write to OUT (atomically)

Options of explain:
  -f, --format FORMAT    text (default), or json: per indicator its name, groups,
                         file, line, weight, score and the explanation's lines
  -o, --output OUT       write to OUT (atomically)

In every command '--' ends the options: rubric check -- -draft.rubric
Messages and tables are in Chinese when the first of LANGUAGE, LC_ALL,
LC_MESSAGES and LANG set starts with zh; --lang zh|en, in any command, chooses.
Exit status: 0 success; 1 errors in a template or its data, failed tests,
unformatted files or --verify findings; 2 usage or I/O error.
The language is described in docs/language.md, the codes in docs/diagnostics.md.

usage: rubric check [--diagnostics=text|json|sarif] [--werror] [--allow|--deny CODE,...] FILE...
       rubric eval FILE DATA.json [--format text|json|csv|xlsx|html|md] [--form self|score] [--explain]
                   [--verify [--strict]] [--emit-test] [-o OUT] [--diagnostics=...]
       rubric eval FILE UNITS.csv|UNITS.ndjson|UNITS.json|- [--format text|csv|ndjson|html|md|xlsx]
                   [--input csv|ndjson|json] [--encoding auto|utf-8|gb18030] [--id COLUMN]...
                   [--max-errors N] [--summary[=FILE]] [--rank] [--bom] [--verify] [-o OUT]
                   [--form self|score] [--explain]
       rubric test [--junit OUT.xml] [--diagnostics=...] [--werror] [--allow|--deny CODE,...] FILE...
       rubric test --generate FILE [DATA.json]
       rubric fmt [--check|--write|--diff] [--keywords en|zh] FILE...
       rubric explain FILE DATA.json [INDICATOR...] [--format text|json] [-o OUT]
       rubric schema [--format json|csv|xlsx] [-o OUT] FILE
       rubric diff OLD.rubric NEW.rubric DATA.json...
       rubric --help | --version
