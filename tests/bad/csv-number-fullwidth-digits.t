# a CSV cell of full-width digits ("８００") is the number, as in JSON
--- args
eval t.rubric units.csv -f csv
--- file t.rubric
rubric "资金" {
    indicator 到位资金 weight 10 { target >= 1000; score proportional }
}
--- file units.csv
项目编号,到位资金
X1,８００
X2,"1,000"
--- stdout
项目编号,到位资金,total,grade,errors
X1,8,8,良,0
X2,10,10,优,0
