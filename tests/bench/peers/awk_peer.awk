#!/usr/bin/awk -f
# awk_peer.awk UNITS.csv - seed 004 (examples/quality-inspection-2018.rubric)
# scored by hand in awk, with binary floating point, as a spreadsheet macro
# or a quick script would score it: the float peer `make bench` runs beside
# the exact one (fractions_peer.py), to show what floats cost.
#
# It reads the CSV of tests/bench/gen_units.py and writes what `rubric eval
# -f csv` writes for it: the identity column, every group's and indicator's
# score in table order, the total, the grade and the error count; a row its
# rule cannot score is pending (待核实 in its groups too, no total, as fractions_peer.py says).  The rules are those of fractions_peer.py, written the
# way floats invite: a percent is its number / 100, `round 2` is
# int(x * 100 + 0.5) / 100, a step count is int(distance / step).  Any
# awk (mawk, gawk, busybox) runs it; tests/bench/batch.py counts the units
# where it disagrees with rubric.

# Splits one CSV line (RFC 4180, no line breaks inside fields) into f[1..n]:
# cut at the quotes first, the parts outside them then at the commas (an
# empty part between two quoted ones is a doubled quote).
function split_csv(line, f,    np, parts, i, k, nc, cells, n, cur) {
	np = split(line, parts, "\"")
	n = 0
	cur = ""
	for (i = 1; i <= np; i++) {
		if (i % 2 == 0) {
			cur = cur parts[i]
		} else if (parts[i] == "") {
			if (i > 1 && i < np)
				cur = cur "\""
		} else {
			nc = split(parts[i], cells, ",")
			cur = cur cells[1]
			for (k = 2; k <= nc; k++) {
				f[++n] = cur
				cur = cells[k]
			}
		}
	}
	f[++n] = cur
	return n
}

function num(s) {
	if (s ~ /%$/)
		return substr(s, 1, length(s) - 1) / 100
	return s + 0
}

function max(a, b) { return a > b ? a : b }
function min(a, b) { return a < b ? a : b }

function round2(x) { return int(x * 100 + 0.5) / 100 }

function deduct(distance, x, y, w,    steps) {
	steps = int(max(0, distance) / y)
	return max(0, w - min(w, steps * x))
}

function proportional(a, t, w) {
	return a >= t ? w : max(0, a / t * w)
}

# The checklist score of cell s for indicator name; -1 when an item is
# unknown or given twice.
function checklist(name, s,    items, n, i, seen, total) {
	gsub(/、|，|；|;/, ",", s)
	n = split(s, items, ",")
	total = 0
	for (i = 1; i <= n; i++) {
		gsub(/^ +| +$/, "", items[i])
		if (items[i] == "")
			continue
		if (!((name SUBSEP items[i]) in PTS) || (items[i] in seen))
			return -1
		seen[items[i]] = 1
		total += PTS[name, items[i]]
	}
	return total
}

function show(x,    s) {
	s = sprintf("%.2f", x)
	sub(/0+$/, "", s)
	sub(/\.$/, "", s)
	return s
}

function grade(total) {
	return total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差"
}

# Scores the unit in v[] (cells by header) into s[], the rows pending in
# P[]; returns the errors (each row pending has one).
function score(v, s,    a, k, pick, i, err) {
	err = 0
	for (k in CHECK) {
		s[k] = checklist(k, v[k])
		if (s[k] < 0) {
			s[k] = 0
			P[k] = 1
			err++
		}
	}
	s["人员控制率"] = deduct(num(v["人员控制率"]) - 1, 0.5, 0.01, 3)
	a = num(v["资金到位率"])
	if (a >= 1)
		s["资金到位率"] = 4
	else if (a > 0.9 && a < 1)
		s["资金到位率"] = 3
	else if (a > 0.8 && a < 0.9)
		s["资金到位率"] = 2
	else if (a >= 0 && a < 0.8)
		s["资金到位率"] = 0
	else
		err += P["资金到位率"] = 1
	a = num(v["预算完成率"])
	s["预算完成率"] = a >= 1 ? 4 : a <= 0.9 ? 0 : (a - 0.9) / 0.1 * 4
	a = num(v["预算调整率"])
	if (a == 0)
		s["预算调整率"] = 4
	else if (a > 0 && a <= 0.1)
		s["预算调整率"] = 2
	else if (a > 0.1)
		s["预算调整率"] = 0
	else
		err += P["预算调整率"] = 1
	a = v["委托检验合同的完备性"]
	if (a == "完备")
		s["委托检验合同的完备性"] = 4
	else if (a == "基本完备")
		s["委托检验合同的完备性"] = 1
	else if (a == "不完备")
		s["委托检验合同的完备性"] = 0
	else
		err += P["委托检验合同的完备性"] = 1
	pick = num(v["项目管理制度.得分"])
	if (v["项目管理制度"] != "有制度" || pick < 2 || pick > 3)
		err += P["项目管理制度"] = 1
	else
		s["项目管理制度"] = pick
	s["公务接待费用控制性"] = deduct(num(v["公务接待问题数"]), 1, 1, 4)
	s["异议处理及时性"] = deduct(num(v["异议处理不及时数"]), 1, 1, 5)
	a = num(v["获奖数"])
	s["获奖情况"] = a < 1 ? 0 : min(7, 3 + int(a - 1))
	for (k in TARGET)
		s[k] = proportional(num(v[k]), TARGET[k], W[k])
	for (k in s)
		s[k] = P[k] ? 0 : round2(s[k])
	return err
}

BEGIN {
	FS = "\n" # whole lines: split_csv cuts them
	split("目标明确性 5 人员控制率 3 资金到位率 4 预算完成率 4 预算调整率 4 财务制度健全性 3 " \
	      "资金使用规范性 4 预决算信息公开性 4 委托检验合同的完备性 4 车辆、仪器管理制度健全性 4 " \
	      "项目管理制度 4 公务接待费用控制性 4 委托抽检批次 4 实际国家级监督抽查批次 4 " \
	      "省级监督抽查批次 4 市级监督抽查批次 4 承担各类检验工作的过程中涉及的成本消耗率 5 " \
	      "检验报告准确率 4 抽检结果通知率 4 抽检结果公示率 4 异议处理及时性 5 获奖情况 7 社会满意度 8", t, " ")
	for (i = 1; i < 46; i += 2)
		W[t[i]] = t[i + 1]
	split("目标明确性 指标明确细化 1 目标明确性 指标值可衡量 1 目标明确性 与年度任务相对应 1 " \
	      "目标明确性 与预算资金相匹配 1 财务制度健全性 财务会计制度 2 财务制度健全性 制度完整 1 " \
	      "资金使用规范性 合规 1 资金使用规范性 审批完整 1 资金使用规范性 用途相符 1 " \
	      "资金使用规范性 无违规使用 1 预决算信息公开性 内容合规 2 预决算信息公开性 时限合规 2 " \
	      "车辆、仪器管理制度健全性 管理制度 2 车辆、仪器管理制度健全性 维护保养制度 2", t, " ")
	for (i = 1; i < 42; i += 3) {
		PTS[t[i], t[i + 1]] = t[i + 2]
		CHECK[t[i]] = 1
	}
	split("委托抽检批次 10000 实际国家级监督抽查批次 500 省级监督抽查批次 1200 市级监督抽查批次 2000 " \
	      "承担各类检验工作的过程中涉及的成本消耗率 0.9 检验报告准确率 0.95 抽检结果通知率 1 " \
	      "抽检结果公示率 1 社会满意度 0.8", t, " ")
	for (i = 1; i < 18; i += 2)
		TARGET[t[i]] = t[i + 1] + 0
	# the table in order: a group, then its subgroups, each then its rows ("|" ends a subgroup)
	ntop = split("投入:目标设定=目标明确性|预算配置=人员控制率|资金落实=资金到位率 " \
		     "过程:资金管理=预算完成率,预算调整率,财务制度健全性,资金使用规范性,预决算信息公开性|" \
		     "项目管理=委托检验合同的完备性,车辆、仪器管理制度健全性,项目管理制度,公务接待费用控制性 " \
		     "产出:项目效益=委托抽检批次,实际国家级监督抽查批次,省级监督抽查批次,市级监督抽查批次," \
		     "承担各类检验工作的过程中涉及的成本消耗率,检验报告准确率,抽检结果通知率,抽检结果公示率,异议处理及时性 " \
		     "效果:社会效益=获奖情况,社会满意度", TOP, " ")
	header = "项目编号"
	for (i = 1; i <= ntop; i++) {
		split(TOP[i], ts, ":")
		header = header "," ts[1]
		nsub = split(ts[2], subs, "|")
		for (j = 1; j <= nsub; j++) {
			split(subs[j], sr, "=")
			header = header "," sr[1]
			nrows = split(sr[2], rows, ",")
			for (k = 1; k <= nrows; k++)
				header = header "," rows[k]
		}
	}
	ncols = split(header, COLS, ",") - 1
	printf "%s,total,grade,errors\r\n", header
}

{
	sub(/\r$/, "")
	n = split_csv($0, f)
	if (NR == 1) {
		for (i = 1; i <= n; i++)
			H[i] = f[i]
		next
	}
	delete v
	delete s
	delete P
	for (i = 1; i <= n; i++)
		v[H[i]] = f[i]
	err = score(v, s)
	line = v["项目编号"]
	total = 0
	for (i = 1; i <= ntop; i++) {
		split(TOP[i], ts, ":")
		nsub = split(ts[2], subs, "|")
		top = 0
		toppend = 0
		out = ""
		for (j = 1; j <= nsub; j++) {
			split(subs[j], sr, "=")
			nrows = split(sr[2], rows, ",")
			g = 0
			gpend = 0
			rowtext = ""
			for (k = 1; k <= nrows; k++) {
				g += s[rows[k]]
				gpend = gpend || P[rows[k]]
				rowtext = rowtext "," (P[rows[k]] ? "待核实" : show(s[rows[k]]))
			}
			top += g
			toppend = toppend || gpend
			out = out "," (gpend ? "待核实" : show(g)) rowtext
		}
		total += top
		line = line "," (toppend ? "待核实" : show(top)) out
	}
	if (err)
		printf "%s,,待核实,%d\r\n", line, err
	else
		printf "%s,%s,%s,0\r\n", line, show(total), grade(total)
}
