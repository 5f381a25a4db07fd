# Chinese keywords and full-width punctuation parse as their English and ASCII forms
--- args
eval t.rubric d.json
--- file t.rubric
# 全角标点与中文关键字：与英文写法同义
评分表 “中文写法” ｛
    总分 10
    舍入 2 截尾
    输入 获奖数： 数值
    分组 产出 ｛
        指标 市级监督抽查批次 分值 4 ｛ 目标 ≥ 2000； 得分 按比例 ｝
        指标 人员控制率 分值 3 ｛
            目标 ≤ 100％
            得分 扣分 0.5 每 1％ 超过 100％
        ｝
        指标 获奖情况 分值 3 ｛ 实际值 获奖数； 得分 加分 1 另加 1 每 1 封顶 3 ｝
    ｝
｝
--- file d.json
{"市级监督抽查批次": 962, "人员控制率": "102.5%", "获奖数": 2}
--- stdout
中文写法

indicator           target  actual  weight  score
产出                                    10   5.92
  市级监督抽查批次  ≥2000   962          4   1.92
  人员控制率        ≤100%   102.5%       3      2
  获奖情况                  2            3      2
-------------------------------------------------
total                                   10   5.92
grade                                          差
--- status
0
