# a template with syntax errors is not formatted: its diagnostics are
# reported as rubric check reports them, the other files are still formatted,
# and the exit status is 1
--- args
fmt bad.rubric good.rubric
--- file bad.rubric
rubric "syntax" {
    total 10 +
    group g { indicator a weight 10 { score judged } }
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
--- stderr
bad.rubric:3:5: error[E001]: unexpected 'group'
        group g { indicator a weight 10 { score judged } }
        ^^^^^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
