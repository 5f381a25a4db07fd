# bands over a count (an input declared integer, 整数): only whole numbers can fall in a gap
--- args
check count.rubric
--- file count.rubric
rubric "计数" {
    input 获奖数: integer
    input 问题数: 整数
    indicator 获奖情况 weight 4 {
        actual 获奖数
        score bands { [5, inf): 4; [3, 4]: 3; (1, 2]: 2; [0, 1): 0 }
    }
    indicator 问题 weight 4 {
        actual 问题数
        score bands { [0, 0]: 4; [1, 2]: 3; [4, 6): 1; [7, 10]: 0 }
    }
}
--- stderr
count.rubric:6:47: warning[W201]: 1 falls in no band of 获奖情况
            score bands { [5, inf): 4; [3, 4]: 3; (1, 2]: 2; [0, 1): 0 }
                                                  ^^^^^^
help: a unit's value there is an error on its row, which is left pending (待核实); where the published standard leaves it out, keep the bands as published and allow this with the reason: # rubric: allow W201 ...
count.rubric:10:45: warning[W201]: 3, 6 and values from 11 up fall in no band of 问题
            score bands { [0, 0]: 4; [1, 2]: 3; [4, 6): 1; [7, 10]: 0 }
                                                ^^^^^^
help: a unit's value there is an error on its row, which is left pending (待核实); where the published standard leaves it out, keep the bands as published and allow this with the reason: # rubric: allow W201 ...
2 warnings
--- status
0
