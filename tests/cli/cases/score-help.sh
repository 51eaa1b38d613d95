bosett-score --help
