# a file that cannot be read is an I/O error: exit 2, after formatting the others
--- args
fmt missing.rubric good.rubric
--- file good.rubric
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- stdout
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- stderr
rubric: cannot open missing.rubric: No such file or directory
--- status
2
