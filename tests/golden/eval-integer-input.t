# an integer input takes whole numbers only
--- args
eval count.rubric count.json
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
--- file count.json
{"获奖数": 2.5, "问题数": "3"}
--- stderr
count.json:1:2: error[E302]: input 获奖数 is a whole number (a count), not 2.5
    {"获奖数": 2.5, "问题数": "3"}
     ^^^^^^^^
count.rubric:10:15: error[E307]: indicator 问题: 3 falls in no band
            score bands { [0, 0]: 4; [1, 2]: 3; [4, 6): 1; [7, 10]: 0 }
                  ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
2 errors
--- status
1
