# --lang takes zh or en; anything else is a usage error (exit 2).
--- args
eval --lang fr t.rubric d.json
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 20 { target >= 100%; score proportional }
        indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 20 { target >= 5000; score proportional }
        indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
    }
    group 效果 {
        indicator 服务对象满意度 weight 30 { target >= 90%; score bands { [90%, inf): 30; [80%, 90%): 20; else: 0 } }
    }
}
--- file d.json
{
  "资金到位率": {"actual": "95%", "published": 19},
  "制度健全性": {"actual": ["财务制度"], "published": 10},
  "服务人次": {"actual": 4321, "published": 17.28},
  "宣传覆盖": {"actual": "/", "reason": "本年度未开展宣传"},
  "服务对象满意度": {"actual": "85%", "score": 25, "reason": "抽样偏少，按评价组意见", "published": 25},
  "$published": {"total": 80, "grade": "良"}
}
--- stderr
rubric: --lang takes zh or en
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
