# an unknown --diagnostics format
--- args
check --diagnostics=xml t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- stderr
rubric: unknown diagnostics format 'xml' (use text, json or sarif)
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
--- status
2
