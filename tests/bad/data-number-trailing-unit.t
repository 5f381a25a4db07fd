# a number with its unit, "1962批次": no hint
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": "1962批次"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "1962批次" is in 批次, but the template gives it no unit
    {"抽查批次": "1962批次"}
     ^^^^^^^^^^
help: declare it in the template, unit "批次" on the indicator, or write the number alone
1 error
--- status
1
