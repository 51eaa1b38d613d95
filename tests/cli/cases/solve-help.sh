bosett-solve --help
