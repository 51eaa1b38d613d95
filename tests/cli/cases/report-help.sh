bosett-report --help
