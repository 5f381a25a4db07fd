# several files are printed one after the other, in order
--- args
fmt b.rubric good.rubric
--- file b.rubric
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
--- stdout
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- status
0
