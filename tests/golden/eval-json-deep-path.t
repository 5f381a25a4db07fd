# JSON paths name every group above a row, however deep: 65 groups here; the
# outermost were left out beyond 64
--- args
eval deep.rubric deep.json --format json
--- file deep.rubric
rubric "深" {
group g1 {
group g2 {
group g3 {
group g4 {
group g5 {
group g6 {
group g7 {
group g8 {
group g9 {
group g10 {
group g11 {
group g12 {
group g13 {
group g14 {
group g15 {
group g16 {
group g17 {
group g18 {
group g19 {
group g20 {
group g21 {
group g22 {
group g23 {
group g24 {
group g25 {
group g26 {
group g27 {
group g28 {
group g29 {
group g30 {
group g31 {
group g32 {
group g33 {
group g34 {
group g35 {
group g36 {
group g37 {
group g38 {
group g39 {
group g40 {
group g41 {
group g42 {
group g43 {
group g44 {
group g45 {
group g46 {
group g47 {
group g48 {
group g49 {
group g50 {
group g51 {
group g52 {
group g53 {
group g54 {
group g55 {
group g56 {
group g57 {
group g58 {
group g59 {
group g60 {
group g61 {
group g62 {
group g63 {
group g64 {
group g65 {
indicator 合规性 weight 10 { score judged }
}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
}
--- file deep.json
{"合规性": 9}
--- stdout
{
  "title": "深",
  "total": 9,
  "max": 10,
  "grade": "优",
  "sum": 9,
  "applicable": 10,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "合规性", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60", "g61", "g62", "g63", "g64", "g65"], "weight": 10, "unit": null, "note": null, "target": null, "actual": null, "applicable": true, "mark": null, "pending": false, "raw": 9, "rule_score": 9, "score": 9, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "g1", "path": ["g1"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g2", "path": ["g1", "g2"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g3", "path": ["g1", "g2", "g3"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g4", "path": ["g1", "g2", "g3", "g4"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g5", "path": ["g1", "g2", "g3", "g4", "g5"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g6", "path": ["g1", "g2", "g3", "g4", "g5", "g6"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g7", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g8", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g9", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g10", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g11", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g12", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g13", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g14", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g15", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g16", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g17", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g18", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g19", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g20", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g21", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g22", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g23", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g24", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g25", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g26", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g27", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g28", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g29", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g30", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g31", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g32", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g33", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g34", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g35", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g36", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g37", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g38", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g39", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g40", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g41", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g42", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g43", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g44", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g45", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g46", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g47", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g48", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g49", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g50", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g51", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g52", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g53", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g54", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g55", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g56", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g57", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g58", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g59", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g60", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g61", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60", "g61"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g62", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60", "g61", "g62"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g63", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60", "g61", "g62", "g63"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g64", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60", "g61", "g62", "g63", "g64"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "g65", "path": ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25", "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38", "g39", "g40", "g41", "g42", "g43", "g44", "g45", "g46", "g47", "g48", "g49", "g50", "g51", "g52", "g53", "g54", "g55", "g56", "g57", "g58", "g59", "g60", "g61", "g62", "g63", "g64", "g65"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
