# -f html of many units: one page, the 汇总 first (its text, a chart of the
# grades, every unit with its total, grade and rank), then each unit's form
# under its identity; a unit that failed is listed as not scored.
--- args
eval t.rubric u.csv -f html --lang zh
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file u.csv
项目编号,甲
P1,90
P2,abc
P3,100
--- stdout
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>评分</title>
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
<h1>评分</h1>
<section class="summary">
<h2>汇总</h2>
<pre>u.csv 汇总：共 3 个单位，评分 2 个，失败 1 个
等级分布:  优 2 (100%)  良 0 (0%)  中 0 (0%)  差 0 (0%)
总分：平均 9.5，中位数 9.5，最低 9，最高 10

指标    分值    平均得分      满分率
甲        10         9.5         50%
</pre>
<h3>等级分布</h3>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="132" role="img">
<text x="92" y="25" text-anchor="end">优</text>
<rect x="100" y="12" width="420" height="18" fill="#4472c4"/>
<text x="526" y="25">2</text>
<text x="92" y="55" text-anchor="end">良</text>
<rect x="100" y="42" width="0" height="18" fill="#4472c4"/>
<text x="106" y="55">0</text>
<text x="92" y="85" text-anchor="end">中</text>
<rect x="100" y="72" width="0" height="18" fill="#4472c4"/>
<text x="106" y="85">0</text>
<text x="92" y="115" text-anchor="end">差</text>
<rect x="100" y="102" width="0" height="18" fill="#4472c4"/>
<text x="106" y="115">0</text>
</svg>
<table class="units">
<thead><tr><th>序号</th><th>单位</th><th>总分</th><th>等级</th><th>排名</th></tr></thead>
<tbody>
<tr><td class="num">1</td><td>项目编号: P1</td><td class="num">9</td><td>优</td><td class="num">2</td></tr>
<tr><td class="num">2</td><td>项目编号: P2</td><td class="num">/</td><td>未评分：见错误信息</td><td class="num"></td></tr>
<tr><td class="num">3</td><td>项目编号: P3</td><td class="num">10</td><td>优</td><td class="num">1</td></tr>
</tbody>
</table>
</section>
<section class="unit">
<h2>项目编号: P1</h2>
<table class="form">
<thead><tr><th>指标</th><th>分值</th><th>目标值</th><th>实际值</th><th>得分</th><th>评分标准</th><th>备注</th></tr></thead>
<tbody>
<tr><td>甲</td><td class="num">10</td><td>≥100</td><td class="num">90</td><td class="num">9</td><td></td><td></td></tr>
<tr class="total"><td class="group">总分</td><td class="num">10</td><td></td><td></td><td class="num">9</td><td colspan="2">等级：优</td></tr>
</tbody>
</table>
</section>
<section class="unit">
<h2>项目编号: P2</h2>
<p>未评分：见错误信息</p>
</section>
<section class="unit">
<h2>项目编号: P3</h2>
<table class="form">
<thead><tr><th>指标</th><th>分值</th><th>目标值</th><th>实际值</th><th>得分</th><th>评分标准</th><th>备注</th></tr></thead>
<tbody>
<tr><td>甲</td><td class="num">10</td><td>≥100</td><td class="num">100</td><td class="num">10</td><td></td><td></td></tr>
<tr class="total"><td class="group">总分</td><td class="num">10</td><td></td><td></td><td class="num">10</td><td colspan="2">等级：优</td></tr>
</tbody>
</table>
</section>
</body>
</html>
--- stderr
u.csv：第 3 行第 2 列（甲）：错误[E302]：指标 甲："abc" 不是数值
rubric：u.csv：3 个单位中有 1 个未能评分
--- status
1
