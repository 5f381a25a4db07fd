# rubric diff: the units whose scores a template change moves, each with its
# total and grade before and after and every indicator whose score changed,
# was added or removed (matched by name); a count; exit 1 when a score
# moved.  A value only one version reads (宣传 the old, 培训 the new) is
# passed over by the other, not refused as unknown.
--- args
diff old.rubric new.rubric a.json b.json
--- file old.rubric
rubric "养老" {
    round 2
    group 产出 {
        indicator 服务人次 weight 40 { target >= 5000; score proportional }
        indicator 满意度 weight 40 { target >= 90%; score proportional }
        indicator 宣传 weight 20 { target >= 10; score proportional }
    }
}
--- file new.rubric
rubric "养老" {
    round 1 down
    group 产出 {
        indicator 服务人次 weight 40 { target >= 5000; score proportional }
        indicator 满意度 weight 40 {
            target >= 90%
            score bands { >= 90%: 40; [80%, 90%): 30; else: 0 }
        }
        indicator 培训 weight 20 { target >= 10; score proportional }
    }
}
--- file a.json
{"服务人次": 4321, "满意度": "85%", "宣传": 8, "培训": 8}
--- file b.json
{"服务人次": 6000, "满意度": "95%", "宣传": 10, "培训": 10}
--- stdout
a.json: total 88.35 → 80.5, grade 良 → 良
  服务人次: 34.57 → 34.5
  满意度: 37.78 → 30
  培训: added, 16
  宣传: removed, was 16
b.json: total 100 → 100, grade 优 → 优
  培训: added, 20
  宣传: removed, was 20
2 units: 2 changed (0 in grade), 0 unchanged
--- status
1
