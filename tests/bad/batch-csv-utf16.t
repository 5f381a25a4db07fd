# a UTF-16 CSV: named, with the iconv command that converts it
--- args
eval -f csv t.rubric units.csv
--- file t.rubric
rubric "批量" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 10 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }
    }
    group 效果 {
        indicator 满意度 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 4 { score judged }
    }
}
--- file-bytes units.csv
\0377\0376y\0230\0356v\0026\0177\0367S,\0000\0204\0230\0227{D\0215\0321\0221,\0000\0236[E\02260RMOD\0215\0321\0221,\00006R\0246^ePhQ'`,\0000\0341n\0017a\0246^,\0000>y\0032OHe\0312v,\0000>y\0032OHe\0312v.\0000\0227_\0006R
\0000\c
--- stderr
rubric: units.csv is UTF-16, not UTF-8
  help: iconv -f UTF-16 -t UTF-8 units.csv > units.csv.utf8
--- status
1
