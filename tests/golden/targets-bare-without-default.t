# without 'target default' a bare target means =, which 'proportional' cannot use: the help says how to declare it
--- args
check t.rubric
--- file t.rubric
rubric "bare" {
    group g {
        indicator 数量 weight 10 { target 20000; score proportional }
    }
}
--- stderr
t.rubric:3:54: error[E208]: 'proportional' needs a target with >= or <= (indicator 数量)
            indicator 数量 weight 10 { target 20000; score proportional }
                                                           ^^^^^^^^^^^^
help: a target of '=' (or none) is read as the template's or the group's 'target default >=' (outputs: full marks at or above it) or 'target default <=' (costs: at or below it), which it has not; or write the rule: score score_proportional(actual, target, weight)
1 error
--- status
1
