# check of seed 004 passes with the table's own authoring problems as warnings
--- args
check $ROOT/examples/quality-inspection-2018.rubric
--- stderr
$ROOT/examples/quality-inspection-2018.rubric:18:23: warning[W203]: full marks are unreachable: the items of 目标明确性 add up to 4, its weight is 5
                    score checklist {  # 有一项不符合扣相应的分值
                          ^^^^^^^^^
$ROOT/examples/quality-inspection-2018.rubric:40:21: warning[W201]: 80% and 90% fall in no band of 资金到位率
                        (80%, 90%): 2
                        ^^^^^^^^^^
2 warnings
--- status
0
