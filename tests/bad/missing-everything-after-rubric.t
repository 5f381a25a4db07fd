# a file holding only the word 'rubric'
--- args
check t.rubric
--- file t.rubric
rubric
--- stderr
t.rubric:1:7: error[E001]: unexpected end of file; expected a string
    rubric
          ^
1 error
--- status
1
