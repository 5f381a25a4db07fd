# a number with its unit, "100元": no hint
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
{"抽查批次": "100元"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "100元" is in 元, but the template gives it no unit
    {"抽查批次": "100元"}
     ^^^^^^^^^^
help: declare it in the template, unit "元" on the indicator, or write the number alone
1 error
--- status
1
