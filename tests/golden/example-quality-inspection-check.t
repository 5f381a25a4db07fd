# check of seed 004 passes with the table's own authoring problems as warnings
--- args
check $ROOT/examples/quality-inspection-2018.rubric
--- stderr
$ROOT/examples/quality-inspection-2018.rubric:18:23: warning[unreachable]: full marks are unreachable: the items of 目标明确性 add up to 4, its weight is 5
                    score checklist {        # 有一项不符合扣相应的分值
                          ^^^^^^^^^
$ROOT/examples/quality-inspection-2018.rubric:40:21: warning[band-gap]: 80% falls in no band of 资金到位率
                        (80%, 90%): 2
                        ^^^^^^^^^^
$ROOT/examples/quality-inspection-2018.rubric:39:21: warning[band-gap]: 90% falls in no band of 资金到位率
                        (90%, 100%): 3
                        ^^^^^^^^^^^
3 warnings
--- status
0
