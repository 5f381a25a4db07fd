# --check prints nothing on stdout, names on stderr each file that would
# change, and exits 1 when there is one
--- args
fmt --check bad.rubric good.rubric
--- file bad.rubric
rubric "check" {
  group g {
    indicator a weight 2 {score judged}
  }
}
--- file good.rubric
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- stderr
rubric: bad.rubric is not formatted
--- status
1
