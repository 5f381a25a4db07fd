# an empty template file
--- args
check t.rubric
--- file t.rubric
--- stderr
t.rubric:1:1: error[E001]: unexpected end of file; expected end of line or 'rubric'
    
    ^
1 error
--- status
1
