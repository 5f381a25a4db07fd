# one '}' too many at the end of a template
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
}
--- stderr
t.rubric:4:1: error[E001]: unexpected '}'; expected end of file or end of line
    }
    ^
1 error
--- status
1
