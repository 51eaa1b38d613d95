# the first word only: the version numbers move
bosett-report --version | cut -d' ' -f1
