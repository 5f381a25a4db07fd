# data starting with a byte order mark: positions count from after it, as an
# editor shows them (the unknown key is at column 16 of line 1)
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file-bytes d.json
\0357\0273\0277{"抽查批次": 1962, "抽查": 1}
--- stderr
d.json:1:16: error[E304]: the template has no input or indicator called "抽查"
    {"抽查批次": 1962, "抽查": 1}
                       ^^^^^^
1 error
--- status
1
