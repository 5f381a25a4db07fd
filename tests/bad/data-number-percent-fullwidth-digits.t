# full-width digits with a percent sign, "９８%": read as 98%
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score proportional
    }
}
--- file d.json
{"资金到位率": "９８%"}
--- stdout
资金管理

indicator   target  actual  weight  score
资金到位率  ≥100%   98%         10    9.8
-----------------------------------------
total                           10    9.8
grade                                  优
