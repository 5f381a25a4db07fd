# --check on formatted files: no output, exit 0
--- args
fmt good.rubric --check --keywords en
--- file good.rubric
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- status
0
