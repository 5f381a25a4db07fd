# /dev/null as the template: an empty template
--- args
check /dev/null
--- stderr
/dev/null:1:1: error[E001]: unexpected end of file; expected end of line or 'rubric'
    
    ^
1 error
--- status
1
