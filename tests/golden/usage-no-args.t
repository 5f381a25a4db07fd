# no command: usage on stderr, exit 2
--- args

--- stderr
usage: rubric check FILE...
       rubric eval FILE DATA.json [--format text|json] [--verify] [-o OUT]
       rubric --help | --version
--- status
2
