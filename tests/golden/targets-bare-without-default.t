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
help: a target without an operator means '=' unless the group or the template says 'target default >=' (outputs) or 'target default <=' (costs)
1 error
--- status
1
