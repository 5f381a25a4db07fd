# --write leaves a template with syntax errors as it is
--- args
fmt --write bad.rubric
--- file bad.rubric
rubric "syntax" {
    total 10 +
    group g { indicator a weight 10 { score judged } }
}
--- stderr
bad.rubric:3:5: error[E001]: unexpected 'group'
        group g { indicator a weight 10 { score judged } }
        ^^^^^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- file-out bad.rubric
rubric "syntax" {
    total 10 +
    group g { indicator a weight 10 { score judged } }
}
--- status
1
