# an input named 'if' (a hard keyword): two errors for one name
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    input if: number
    indicator 资金到位率 weight 10 { actual if; score min(10, actual) }
}
--- stderr
t.rubric:2:11: error[E001]: unexpected 'if'
        input if: number
              ^^
help: 'if' is a keyword: to use it as a name, write it in backquotes: `if`
t.rubric:3:42: error[E001]: unexpected end of line
        indicator 资金到位率 weight 10 { actual if; score min(10, actual) }
                                                  ^
2 errors
--- status
1
