# check of seed 004 passes: the published standard's own gaps (a band gap, unreachable
# full marks) are allowed where they are by comments that give the reasons
--- args
check $ROOT/examples/quality-inspection-2018.rubric
