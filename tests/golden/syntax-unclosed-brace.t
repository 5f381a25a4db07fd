# a missing '}' names the brace still open
--- args
check t.rubric
--- file t.rubric
rubric "x" {
    group a weight 5 {
        indicator b weight 3 { target >= 1; score proportional
        indicator c weight 1 { score judged }
    }
--- stderr
t.rubric:4:9: error[E001]: unexpected 'indicator'
            indicator c weight 1 { score judged }
            ^^^^^^^^^
help: is a '}' missing? '{' at line 3 is still open
t.rubric:5:6: error[E001]: unexpected end of file; expected end of line or '}'
        }
         ^
help: is a '}' missing? '{' at line 2 is still open
2 errors
--- status
1
