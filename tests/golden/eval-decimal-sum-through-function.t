# A sum of decimals written through a function of the template, nested
# nine deep: a sum of decimals is no longer than its longest term, and a
# function called with decimals is measured as such.  The checker took its
# parameters for fractions and refused the template (E006, "512 times").
--- args
eval t.rubric d.json
--- file t.rubric
rubric "add" {
    input a: number
    func add(x, y) = x + y
    indicator s weight 1 { actual add(add(add(add(add(add(add(add(add(a, a), a), a), a), a), a), a), a), a); target >= 10; score proportional }
}
--- file d.json
{"a": 1.25}
--- stdout
add

indicator  target  actual  weight  score
s          ≥10     12.5         1      1
----------------------------------------
total                           1      1
grade                                 优
--- status
0
