# a weight of -0: three E215 errors about grades the template does not declare
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight -0 {
        target >= 2000
        score proportional
    }
}
--- stderr
t.rubric:1:1: error[E215]: grades must be listed from the highest lower bound down
    rubric "监督抽查" {
    ^
t.rubric:1:1: error[E215]: grades must be listed from the highest lower bound down
    rubric "监督抽查" {
    ^
t.rubric:1:1: error[E215]: grades must be listed from the highest lower bound down
    rubric "监督抽查" {
    ^
3 errors
--- status
1
