# -f html: one self-contained page in the form of the 评价得分表 (no budget row):
# the header from "$id" (no 主管部门 given: no row for it, the 实施单位 across
# the row; it once showed an empty 主管部门 cell), group cells spanning their rows with their points,
# the note as 评分标准, a unit after the number, an override marked with the
# rule's score, a row not applicable, the total and grade, and the chart.
# Text is escaped.
--- args
eval t.rubric d.json -f html --lang zh
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 20 { target >= 100%; score proportional }
        indicator 制度健全性 weight 20 { note "财务制度、项目制度各10分"; score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 20 { unit "人次"; target >= 5000; score proportional }
        indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
    }
    group 效果 {
        indicator 服务对象满意度 weight 30 { target >= 90%; score bands { [90%, inf): 30; [80%, 90%): 20; else: 0 } }
    }
}
--- file d.json
{
  "$id": {"项目名称": "社区养老 <一期>", "实施单位": "某街道"},
  "资金到位率": "95%",
  "制度健全性": ["财务制度"],
  "服务人次": 4321,
  "宣传覆盖": {"actual": "/", "reason": "本年度未开展宣传"},
  "服务对象满意度": {"actual": "85%", "score": 25, "reason": "抽样偏少，按评价组意见"}
}
--- stdout
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>2023年社区养老服务项目绩效自评</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#000}
h1{text-align:center;font-size:1.5em;margin:0 0 .2em}
p.year{text-align:center;margin:0 0 1em}
table{border-collapse:collapse;width:100%;margin:0 0 1.5em}
th,td{border:1px solid #000;padding:.3em .5em;vertical-align:middle}
th{background:#d9d9d9}
td.group{text-align:center;min-width:5em}
td.num{text-align:right;white-space:nowrap}
td.marked{background:#fff2cc}
td.explain{white-space:pre-line;font-size:.85em}
tr.total td{font-weight:bold}
p.note{font-size:.9em}
svg text{font-size:12px}
section.unit{break-before:page}
pre{font-family:"Noto Sans Mono CJK SC","Sarasa Mono SC",monospace}
@media print{@page{size:A4;margin:12mm}body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}
</style>
</head>
<body>
<h1>2023年社区养老服务项目绩效自评</h1>
<table class="header">
<tr><th>项目名称</th><td colspan="6">社区养老 &lt;一期&gt;</td></tr>
<tr><th>实施单位</th><td colspan="6">某街道</td></tr>
</table>
<table class="form">
<thead><tr><th>一级指标</th><th>二级指标</th><th>分值</th><th>目标值</th><th>实际值</th><th>得分</th><th>评分标准</th><th>备注</th></tr></thead>
<tbody>
<tr><td class="group" rowspan="2">投入（40分）</td><td>资金到位率</td><td class="num">20</td><td>≥100%</td><td class="num">95%</td><td class="num">19</td><td></td><td></td></tr>
<tr><td>制度健全性</td><td class="num">20</td><td></td><td>1/2</td><td class="num">10</td><td>财务制度、项目制度各10分</td><td></td></tr>
<tr><td class="group" rowspan="2">产出（30分）</td><td>服务人次</td><td class="num">20</td><td>≥5000人次</td><td class="num">4321人次</td><td class="num">17.28</td><td></td><td></td></tr>
<tr><td>宣传覆盖</td><td class="num">10</td><td>≥90%</td><td>/</td><td class="num">/</td><td></td><td>不适用：本年度未开展宣传</td></tr>
<tr><td class="group">效果（30分）</td><td class="marked">服务对象满意度</td><td class="num">30</td><td>≥90%</td><td class="num">85%</td><td class="num marked" title="已调整，按规则得 20：抽样偏少，按评价组意见">25*</td><td></td><td>已调整，按规则得 20：抽样偏少，按评价组意见</td></tr>
<tr class="total"><td class="group" colspan="2">总分</td><td class="num">100</td><td></td><td></td><td class="num">71.28</td><td colspan="2">等级：中</td></tr>
</tbody>
</table>
<p class="note">* 得分由数据给定或由评价人员评定，不按规则计算</p>
<h2>各部分得分与分值</h2>
<svg xmlns="http://www.w3.org/2000/svg" width="670" height="102" role="img">
<text x="152" y="25" text-anchor="end">投入</text>
<rect x="160" y="12" width="420" height="18" fill="#d9d9d9"/>
<rect x="160" y="12" width="305" height="18" fill="#4472c4"/>
<text x="586" y="25">29 / 40</text>
<text x="152" y="55" text-anchor="end">产出</text>
<rect x="160" y="42" width="315" height="18" fill="#d9d9d9"/>
<rect x="160" y="42" width="181" height="18" fill="#4472c4"/>
<text x="481" y="55">17.28 / 30</text>
<text x="152" y="85" text-anchor="end">效果</text>
<rect x="160" y="72" width="315" height="18" fill="#d9d9d9"/>
<rect x="160" y="72" width="263" height="18" fill="#4472c4"/>
<text x="481" y="85">25 / 30</text>
</svg>
</body>
</html>
