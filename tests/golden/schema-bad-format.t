# rubric schema writes json, csv or xlsx.
--- args
schema -f yaml t.rubric
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 20 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 20 { note "财务制度、项目制度各10分"; score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 30 { unit "人次"; target >= 5000; score proportional }
        indicator 宣传覆盖 { inapplicable }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
    }
    group 效果 {
        indicator 社会效益 weight 20 { score judged }
    }
}
--- stderr
rubric: schema writes json, csv or xlsx
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
