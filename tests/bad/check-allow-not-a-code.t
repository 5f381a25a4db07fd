# --allow with something that is not a warning code.
--- args
check --allow=E201 t.rubric
--- file t.rubric
rubric "照录原表" {
    total 8
    indicator 资金到位率 weight 4 {
        target 100%
        score bands {
            100%以上: 4
            (90%, 100%): 3
            # rubric: allow W201 公布的评分标准如此：大于80%、低于80%，80%本身不在其中
            (80%, 90%]: 2
            低于 80%: 0
        }
    }
    indicator 满意度 weight 4 {
        target >= 90%
        score bands { >= 90%: 4; [60%, 90%): 2 }
    }
}
--- stderr
rubric: --allow: 'E201' is not a warning code (W101, W201, ...: see docs/diagnostics.md)
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
