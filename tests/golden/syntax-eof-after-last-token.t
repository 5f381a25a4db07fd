# end of file is reported right after the last token; 100-50-48 is arithmetic, not a date
--- args
check t.rubric
--- file t.rubric
rubric "x" { group g { indicator a weight 1 { score 100-50-48 }
--- stderr
t.rubric:1:64: error[E001]: unexpected end of file; expected end of line or '}'
    rubric "x" { group g { indicator a weight 1 { score 100-50-48 }
                                                                   ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
