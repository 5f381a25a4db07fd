# A band written 90%-100%, as the tables do: an interval or a comparison.
# (One of the first mistakes of a new user: the message says what to write.)
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10 { score bands { 90%-100%: 10; 0-90%: 5 } }
}
--- stderr
t.rubric:2:46: error[E001]: unexpected '-'; expected a word like 以上
        indicator 甲 weight 10 { score bands { 90%-100%: 10; 0-90%: 5 } }
                                                  ^
help: a band is an interval, [90%, 100%]: 10 (or (80%, 90%) without its ends), or a comparison, >= 90%: 10
1 error
--- status
1
