# Clauses separated by commas, as in a sentence: they take ';' or a new line.
# (One of the first mistakes of a new user: the message says what to write.)
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10 { target >= 95%, score proportional }
}
--- stderr
t.rubric:2:42: error[E001]: unexpected ','
        indicator 甲 weight 10 { target >= 95%, score proportional }
                                              ^
help: clauses are separated by ';' or a new line, not ','
1 error
--- status
1
