# test blocks in Chinese keywords and full-width punctuation: 测试 / 已知 / 预期,
# 总分 and 定级 for total and grade, 打分 for scored, 「」 quoted names
--- args
test t.rubric
--- file t.rubric
评分表 “劳务费” ｛
    总分 20
    舍入 1 截尾
    分组 产出 ｛
        指标 「检定覆盖率（%）」 分值 10 ｛ 目标 ≥ 100％；得分 按比例 ｝
        指标 社会效益 分值 10 ｛ 得分 评定 ｝
    ｝
    测试 “公布的得分” ｛
        已知 ｛ 「检定覆盖率（%）」： 95％；社会效益： 打分（90％， 10） ｝
        预期 ｛ 「检定覆盖率（%）」： 9.5；产出： 19.5；总分： 19.5；定级： 优 ｝
    ｝
    测试 “错的” ｛
        已知 ｛ 「检定覆盖率（%）」： 90％；社会效益： 8 ｝
        预期 ｛ 「检定覆盖率（%）」： 9.5；总分： 18；定级： “良” ｝
    ｝
｝
--- stdout
t.rubric:14:14: test "错的": 检定覆盖率（%）: expected 9.5, got 9
t.rubric:14:30: test "错的": 总分: expected 18, got 17
1 passed, 1 failed
--- status
1
