# --write replaces each file that would change, and exits 0
--- args
fmt --write bad.rubric good.rubric
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
--- file-out bad.rubric
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- file-out good.rubric
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- status
0
