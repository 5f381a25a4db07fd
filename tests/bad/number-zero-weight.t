# a template whose only weight is 0: three E215 errors about grades the template
# does not declare
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 0 {
        target >= 2000
        score proportional
    }
}
--- status
0
